package arena.spec;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An assertion evaluated after the run; any failure makes the exit code 1 and shows in summary.md
 * and junit.xml. A threshold bounds a group's mean ({@code group} null: every group); a
 * significance check asks that {@code better} beats {@code than} by the paired t-test (Holm-corrected
 * as in the summary tables) at level {@code alpha}.
 */
public sealed interface CheckSpec {

    String metric();

    /** The one block the check applies to (its label, e.g. "data.dataset=iris"), or null: every block. */
    String block();

    /** How the check reads, e.g. "test.accuracy of relu ≥ 0.9". */
    String describe();

    Map<String, Object> toMap();

    record Threshold(String metric, String group, Double atLeast, Double atMost, String block) implements CheckSpec {
        @Override
        public String describe() {
            String who = group == null ? "every group" : group;
            StringBuilder sb = new StringBuilder(metric + " of " + who);
            if (atLeast != null) {
                sb.append(" ≥ ").append(Names.number(atLeast));
            }
            if (atMost != null) {
                sb.append(atLeast != null ? " and" : "").append(" ≤ ").append(Names.number(atMost));
            }
            return sb.toString();
        }

        @Override
        public Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("metric", metric);
            m.put("group", group);
            m.put("atLeast", atLeast);
            m.put("atMost", atMost);
            m.put("block", block);
            return m;
        }
    }

    record Significance(String metric, String better, String than, double alpha, String block) implements CheckSpec {
        @Override
        public String describe() {
            return String.format(Locale.ROOT, "%s better than %s on %s (paired t, Holm, α = %s)", better, than, metric,
                    Names.number(alpha));
        }

        @Override
        public Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("metric", metric);
            m.put("better", better);
            m.put("than", than);
            m.put("alpha", alpha);
            m.put("block", block);
            return m;
        }
    }

    /** Reads a check back from manifest.json's map form. */
    static CheckSpec fromMap(Map<String, Object> m) {
        String metric = (String) m.get("metric");
        if (m.get("better") != null) {
            return new Significance(metric, (String) m.get("better"), (String) m.get("than"), ((Number) m.get("alpha")).doubleValue(),
                    (String) m.get("block"));
        }
        return new Threshold(metric, (String) m.get("group"), number(m.get("atLeast")), number(m.get("atMost")), (String) m.get("block"));
    }

    private static Double number(Object o) {
        return o == null ? null : ((Number) o).doubleValue();
    }
}
