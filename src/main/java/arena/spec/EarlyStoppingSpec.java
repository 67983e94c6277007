package arena.spec;

import java.util.Map;

/**
 * {@code training.earlyStopping}: stop when a per-epoch metric has not improved by more than
 * {@code minDelta} for {@code patience} epochs, and (with {@code restoreBest}) keep the weights of
 * the best epoch, as Keras' EarlyStopping and DL4J's EarlyStoppingTrainer do.
 */
public record EarlyStoppingSpec(String metric, int patience, double minDelta, boolean restoreBest) {

    public static final String DEFAULT_METRIC = "validation.loss";

    static EarlyStoppingSpec read(YNode node, String key) {
        Section s = Section.of(node, key, node.pos());
        YNode m = s.get("metric");
        String metric = m == null ? DEFAULT_METRIC : Values.string(m, s.key("metric"));
        if (!TargetSpec.PER_EPOCH.contains(metric)) {
            throw Values.error(m, s.key("metric"), "'" + metric + "' is not recorded every epoch; one of "
                    + String.join(", ", TargetSpec.PER_EPOCH) + Suggestions.hint(metric, TargetSpec.PER_EPOCH));
        }
        EarlyStoppingSpec out = new EarlyStoppingSpec(metric, s.integer("patience", 10, 1, TrainingSpec.MAX_EPOCHS),
                s.number("minDelta", 0.0, 0.0, false, Double.MAX_VALUE), s.bool("restoreBest", true));
        s.finish();
        return out;
    }

    /** Whether {@code value} beats {@code best} by more than minDelta in the metric's direction. */
    public boolean improves(double value, double best) {
        return Metrics.higherIsBetter(metric) ? value > best + minDelta : value < best - minDelta;
    }

    Map<String, Object> toMap(boolean canonical) {
        Canon c = new Canon(canonical);
        c.put("metric", metric, DEFAULT_METRIC);
        c.put("patience", patience, 10);
        c.put("minDelta", minDelta, 0.0);
        c.put("restoreBest", restoreBest, true);
        return c.map();
    }
}
