package arena.stats;

import java.util.List;

import arena.spec.CompareSpec;
import arena.spec.MetricInfo;
import arena.spec.Metrics;
import arena.spec.Suggestions;

/**
 * What one run of the regression gate compares and how strictly.
 *
 * @param metrics    compared metrics, in order
 * @param alpha      significance level for Holm-adjusted paired-t p-values
 * @param tolerances allowed worsening per metric, if any
 */
public record GateSettings(List<String> metrics, double alpha, Tolerances tolerances) {

    public GateSettings {
        metrics = List.copyOf(metrics);
    }

    /**
     * Fills in defaults from the NEW folder's comparison settings: its metrics without {@code time.*}
     * (wall-clock time varies from run to run and machine to machine, so it would fail the gate by
     * chance; naming a time metric in {@code metrics} compares it anyway) and its alpha.
     *
     * @param metrics null for the default
     * @param alpha   null for the default
     * @throws IllegalArgumentException for an unknown metric, an alpha outside (0, 1), or a tolerance
     *                                  for a metric that is not compared
     */
    private static boolean hasDirection(String metric) {
        return Metrics.direction(metric) != MetricInfo.Direction.NONE;
    }

    public static GateSettings resolve(CompareSpec newCompare, List<String> metrics, Double alpha, Tolerances tolerances) {
        List<String> chosen = metrics != null ? metrics.stream().map(String::strip).filter(m -> !m.isEmpty()).distinct().toList()
                : newCompare.metrics().stream().filter(m -> !m.startsWith("time.") && hasDirection(m)).toList();
        List<String> known = Metrics.all().stream().map(MetricInfo::name).toList();
        for (String m : chosen) {
            if (Metrics.find(m).isEmpty()) {
                throw new IllegalArgumentException("unknown metric '" + m + "'" + Suggestions.hint(m, known));
            }
            if (!hasDirection(m)) {
                throw new IllegalArgumentException(m + " has no better direction, so it cannot regress; compare it with a tolerance-free "
                        + "look at summary.md instead");
            }
        }
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException(metrics != null ? "--metrics names no metric"
                    : "the NEW results compare no metric besides time.*; name metrics with --metrics");
        }
        double a = alpha != null ? alpha : newCompare.alpha();
        if (!(a > 0 && a < 1)) {
            throw new IllegalArgumentException("alpha must lie between 0 and 1, not " + a);
        }
        for (String m : tolerances.perMetric().keySet()) {
            if (!chosen.contains(m)) {
                throw new IllegalArgumentException("--tolerance names " + m + ", which is not compared" + Suggestions.hint(m, chosen)
                        + "; compared metrics: " + String.join(", ", chosen));
            }
        }
        return new GateSettings(chosen, a, tolerances);
    }
}
