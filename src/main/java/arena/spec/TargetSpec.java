package arena.spec;

import java.util.List;

/**
 * {@code compare.target}: the value of a per-epoch metric that counts as "trained" (e.g.
 * validation.accuracy 0.9); epochs.toTarget is the first epoch that reaches it.
 */
public record TargetSpec(String metric, double value) {

    /** The metrics recorded every epoch (epochs.csv), the only ones a target can follow. */
    static final List<String> PER_EPOCH = List.of("train.loss", "train.accuracy", "train.rmse", "train.r2",
            "validation.loss", "validation.accuracy", "validation.rmse", "validation.r2");

    /** Whether a per-epoch metric is measured for the task (accuracy for classification; rmse, r2 for regression). */
    static boolean taskMetric(String metric, Task task) {
        String name = metric.substring(metric.indexOf('.') + 1);
        return name.equals("loss") || (task == Task.CLASSIFICATION) == name.equals("accuracy");
    }

    public boolean reached(double v) {
        return Metrics.higherIsBetter(metric) ? v >= value : v <= value;
    }

    static TargetSpec read(YNode node, String key) {
        Section s = Section.of(node, key, node.pos());
        YNode m = s.get("metric");
        if (m == null || !s.has("value")) {
            throw new SpecException(node.pos(), key, "a target needs 'metric' and 'value', e.g. {metric: validation.accuracy, value: 0.9}");
        }
        String metric = Values.string(m, s.key("metric"));
        if (!PER_EPOCH.contains(metric)) {
            throw Values.error(m, s.key("metric"), "'" + metric + "' is not recorded every epoch; one of " + String.join(", ", PER_EPOCH)
                    + Suggestions.hint(metric, PER_EPOCH));
        }
        TargetSpec t = new TargetSpec(metric, s.number("value", 0, -Double.MAX_VALUE, false, Double.MAX_VALUE));
        s.finish();
        return t;
    }
}
