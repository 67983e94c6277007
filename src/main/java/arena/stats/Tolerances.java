package arena.stats;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tolerances of one gate run: one for every metric and/or one per metric (which wins).
 * No tolerance at all means only significance can flag a regression.
 *
 * @param everyMetric the tolerance of metrics without their own; null when none was given
 * @param perMetric   tolerances by metric name
 */
public record Tolerances(Tolerance everyMetric, Map<String, Tolerance> perMetric) {
    public static final Tolerances NONE = new Tolerances(null, Map.of());

    public Tolerances {
        perMetric = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(perMetric));
    }

    /**
     * Reads {@code --tolerance} arguments: {@code 0.01} or {@code 5%} for every metric,
     * {@code test.accuracy=0.005} or {@code test.loss=10%} for one.
     */
    public static Tolerances parse(List<String> arguments) {
        Tolerance every = null;
        Map<String, Tolerance> per = new LinkedHashMap<>();
        for (String arg : arguments) {
            int eq = arg.indexOf('=');
            if (eq < 0) {
                if (every != null) {
                    throw new IllegalArgumentException("--tolerance for every metric given twice (" + every + " and " + arg + ")");
                }
                every = Tolerance.parse(arg);
                continue;
            }
            String metric = arg.substring(0, eq).strip();
            if (metric.isEmpty()) {
                throw new IllegalArgumentException("--tolerance '" + arg + "': no metric before '='");
            }
            if (per.put(metric, Tolerance.parse(arg.substring(eq + 1))) != null) {
                throw new IllegalArgumentException("--tolerance for " + metric + " given twice");
            }
        }
        return new Tolerances(every, per);
    }

    /** The tolerance that applies to a metric, or null. */
    public Tolerance forMetric(String metric) {
        return perMetric.getOrDefault(metric, everyMetric);
    }

    public boolean isEmpty() {
        return everyMetric == null && perMetric.isEmpty();
    }

    @Override
    public String toString() {
        if (isEmpty()) {
            return "none";
        }
        StringBuilder sb = new StringBuilder();
        perMetric.forEach((m, t) -> sb.append(sb.isEmpty() ? "" : ", ").append(m).append(' ').append(t));
        if (everyMetric != null) {
            sb.append(sb.isEmpty() ? "" : ", ").append(perMetric.isEmpty() ? "every metric " : "other metrics ").append(everyMetric);
        }
        return sb.toString();
    }
}
