package arena.run;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a stored result was computed from, beyond its configuration: the content hash of the data it
 * read, and the arena, DL4J and ND4J versions and backend. A resumed run reruns any complete trial
 * whose fingerprint no longer matches (and says why) instead of trusting a stale result.
 */
public record Fingerprint(String data, String arena, String dl4j, String nd4j, String backend) {

    public static Fingerprint current(String dataSha256) {
        Map<String, Object> s = Provenance.software();
        return new Fingerprint(dataSha256, String.valueOf(s.get("arena")), String.valueOf(s.get("dl4j")),
                String.valueOf(s.get("nd4j")), String.valueOf(s.get("backend")));
    }

    public Map<String, String> toMap() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("data", data);
        m.put("arena", arena);
        m.put("dl4j", dl4j);
        m.put("nd4j", nd4j);
        m.put("backend", backend);
        return m;
    }

    /** Which parts differ from a stored fingerprint, e.g. "data, dl4j"; "no fingerprint" if none was stored. */
    public String differences(Map<String, String> stored) {
        if (stored == null || stored.isEmpty()) {
            return "no fingerprint stored";
        }
        StringBuilder sb = new StringBuilder();
        toMap().forEach((k, v) -> {
            if (!v.equals(stored.get(k))) {
                sb.append(sb.length() == 0 ? "" : ", ").append(k).append(' ').append(abbrev(stored.get(k))).append(" → ").append(abbrev(v));
            }
        });
        return sb.toString();
    }

    private static String abbrev(String s) {
        return s == null ? "none" : s.length() > 12 ? s.substring(0, 12) : s;
    }
}
