package arena.spec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything that decides what one trial trains and measures, apart from the seed. */
public record TrialConfig(DataSpec data, ModelSpec model, TrainingSpec training) {

    /** Canonical form: what trial ids hash. Defaults left out, names and numbers normalised. */
    public Map<String, Object> canonical() {
        return toMap(true);
    }

    /** Full form: every value resolved, as written to config.yaml. */
    public Map<String, Object> describe() {
        return toMap(false);
    }

    private Map<String, Object> toMap(boolean canonical) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("data", data.toMap(canonical));
        m.put("model", model.toMap(canonical, data.task()));
        m.put("training", training.toMap(canonical));
        return m;
    }

    /** The full-form value at a dotted key, rendered as a label: "relu", "0.1", "[64, 32]". */
    public String labelAt(String dottedKey) {
        Object value = describe();
        for (String part : dottedKey.split("\\.")) {
            if (value instanceof Map<?, ?> map) {
                value = map.get(part);
            } else if (value instanceof List<?> list && part.matches("[0-9]+") && Integer.parseInt(part) < list.size()) {
                value = list.get(Integer.parseInt(part));
            } else {
                value = null;
            }
        }
        return render(value);
    }

    static String render(Object value) {
        if (value == null) {
            return "-";
        }
        if (value instanceof Double d) {
            return Names.number(d);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(TrialConfig::render).collect(java.util.stream.Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Map<?, ?> map) {
            Object type = map.get("type");
            StringBuilder sb = new StringBuilder(type == null ? "" : type.toString()).append('(');
            String sep = "";
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!"type".equals(e.getKey())) {
                    sb.append(sep).append(e.getKey()).append('=').append(render(e.getValue()));
                    sep = ",";
                }
            }
            return sb.append(')').toString();
        }
        return value.toString();
    }
}
