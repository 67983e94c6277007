package arena.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Names of the metrics a trial records: {@code <split>.<metric>} and the {@code time.*} costs. */
public final class Metrics {
    public static final List<String> SPLITS = List.of("train", "validation", "test");

    private static final List<MetricInfo> PER_SPLIT = List.of(
            new MetricInfo("accuracy", true, Task.CLASSIFICATION, "fraction of rows whose arg-max class is right"),
            new MetricInfo("f1", true, Task.CLASSIFICATION, "macro-averaged F1 (scikit-learn's f1_score average='macro')"),
            new MetricInfo("precision", true, Task.CLASSIFICATION, "macro-averaged precision"),
            new MetricInfo("recall", true, Task.CLASSIFICATION, "macro-averaged recall"),
            new MetricInfo("logLoss", false, Task.CLASSIFICATION, "mean negative log-probability of the true class (probability outputs only)"),
            new MetricInfo("auc", true, Task.CLASSIFICATION, "area under the ROC curve (binary data only)"),
            new MetricInfo("mse", false, Task.REGRESSION, "mean squared error"),
            new MetricInfo("rmse", false, Task.REGRESSION, "root mean squared error"),
            new MetricInfo("mae", false, Task.REGRESSION, "mean absolute error"),
            new MetricInfo("r2", true, Task.REGRESSION, "coefficient of determination R²"),
            new MetricInfo("loss", false, null, "the training loss (DL4J's loss function, without the l1/l2 penalty)"));

    private static final List<MetricInfo> COSTS = List.of(
            new MetricInfo("time.trainSeconds", false, null, "wall seconds spent training (fit calls)"),
            new MetricInfo("time.secondsPerEpoch", false, null, "train seconds divided by epochs run"),
            new MetricInfo("time.samplesPerSecond", true, null, "training rows processed per wall second"),
            new MetricInfo("time.totalSeconds", false, null, "wall seconds for the whole trial, evaluation included"),
            new MetricInfo("epochs.run", false, null, "epochs actually trained (fewer if the loss diverged)"));

    private static final Set<String> LATER = Set.of("epochs.toTarget");

    private Metrics() { }

    public static List<MetricInfo> all() {
        List<MetricInfo> out = new ArrayList<>();
        for (String split : SPLITS) {
            PER_SPLIT.forEach(m -> out.add(new MetricInfo(split + "." + m.name(), m.higherIsBetter(), m.task(), m.meaning())));
        }
        out.addAll(COSTS);
        return out;
    }

    public static Optional<MetricInfo> find(String name) {
        return all().stream().filter(m -> m.name().equals(name)).findFirst();
    }

    public static boolean higherIsBetter(String name) {
        return find(name).map(MetricInfo::higherIsBetter).orElse(true);
    }

    public static List<String> defaults(Task task) {
        return task == Task.CLASSIFICATION
                ? List.of("test.accuracy", "test.f1", "test.loss", "time.trainSeconds")
                : List.of("test.rmse", "test.mae", "test.r2", "time.trainSeconds");
    }

    /** Reads a metric name and checks it exists for at least one of the tasks in the plan. */
    static String read(YNode node, String key, Set<Task> tasks) {
        String name = Values.string(node, key);
        if (LATER.contains(name) || name.startsWith("diag.")) {
            throw Values.error(node, key, "metric " + name + " is documented but not supported yet in this version");
        }
        Optional<MetricInfo> info = find(name);
        if (info.isEmpty()) {
            List<String> names = all().stream().map(MetricInfo::name).toList();
            throw Values.error(node, key, "unknown metric '" + name + "'" + Suggestions.hint(name, names)
                    + "; metrics are <train|validation|test>.<accuracy|f1|precision|recall|loss|logLoss|auc|mse|rmse|mae|r2> or time.*");
        }
        if (tasks.stream().noneMatch(t -> info.get().appliesTo(t))) {
            throw Values.error(node, key, "metric " + name + " is not measured for " + tasks.iterator().next().label() + " tasks");
        }
        return name;
    }
}
