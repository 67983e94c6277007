package arena.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Names of the metrics a trial records: {@code <split>.<metric>} and the {@code time.*} costs. */
public final class Metrics {
    public static final List<String> SPLITS = List.of("train", "validation", "test");

    private static final MetricInfo.Direction HIGHER = MetricInfo.Direction.HIGHER;
    private static final MetricInfo.Direction LOWER = MetricInfo.Direction.LOWER;
    private static final MetricInfo.Direction NONE = MetricInfo.Direction.NONE;

    private static final List<MetricInfo> PER_SPLIT = List.of(
            new MetricInfo("accuracy", HIGHER, Task.CLASSIFICATION, "fraction of rows whose arg-max class is right"),
            new MetricInfo("f1", HIGHER, Task.CLASSIFICATION, "macro-averaged F1 (scikit-learn's f1_score average='macro')"),
            new MetricInfo("precision", HIGHER, Task.CLASSIFICATION, "macro-averaged precision"),
            new MetricInfo("recall", HIGHER, Task.CLASSIFICATION, "macro-averaged recall"),
            new MetricInfo("logLoss", LOWER, Task.CLASSIFICATION, "mean negative log-probability of the true class (probability outputs only)"),
            new MetricInfo("auc", HIGHER, Task.CLASSIFICATION, "area under the ROC curve (binary data only)"),
            new MetricInfo("mse", LOWER, Task.REGRESSION, "mean squared error"),
            new MetricInfo("rmse", LOWER, Task.REGRESSION, "root mean squared error"),
            new MetricInfo("mae", LOWER, Task.REGRESSION, "mean absolute error"),
            new MetricInfo("r2", HIGHER, Task.REGRESSION, "coefficient of determination R²"),
            new MetricInfo("loss", LOWER, null, "the training loss (DL4J's loss function, without the l1/l2 penalty)"));

    private static final List<MetricInfo> COSTS = List.of(
            new MetricInfo("time.trainSeconds", LOWER, null, "wall seconds spent training (batching and fit calls, diagnostics excluded)"),
            new MetricInfo("time.secondsPerEpoch", LOWER, null, "train seconds divided by epochs run"),
            new MetricInfo("time.samplesPerSecond", HIGHER, null, "training rows processed per wall second"),
            new MetricInfo("time.totalSeconds", LOWER, null, "wall seconds for the whole trial, evaluation included"),
            new MetricInfo("time.diagSeconds", LOWER, null, "wall seconds spent on diagnostics (gradient statistics and the probe batch)"),
            new MetricInfo("epochs.run", NONE, null, "epochs actually trained (fewer if the loss diverged or training stopped early)"),
            new MetricInfo("epochs.stoppedEarly", NONE, null, "with training.earlyStopping: 1 if it ended training, else 0"),
            new MetricInfo("epochs.restored", NONE, null, "with earlyStopping.restoreBest: the epoch whose weights were put back (0: none)"),
            new MetricInfo("epochs.toTarget", LOWER, null, "first epoch whose per-epoch compare.target metric reached its value (absent if never)"),
            new MetricInfo("epochs.targetReached", HIGHER, null, "1 if compare.target was reached, else 0"),
            new MetricInfo("epochs.best", NONE, null, "epoch with the lowest validation loss (training loss without a validation split)"),
            new MetricInfo("epochs.lossArea", LOWER, null, "area under the training-loss curve: the sum of train.loss over the epochs"));

    /** Per-layer diagnostics, named diag.<name>.layer<i> (i counted from 0 as DL4J counts layers). */
    private static final List<MetricInfo> PER_LAYER = List.of(
            new MetricInfo("gradNorm", NONE, null, "L2 norm of the layer's weight gradient per example, mean over the epoch's iterations"),
            new MetricInfo("gradMeanAbs", NONE, null, "mean |gradient| of the layer's weights per example, mean over the epoch's iterations"),
            new MetricInfo("updateRatio", NONE, null, "||weight update|| / ||weights|| per step, mean over the epoch's iterations"),
            new MetricInfo("actMean", NONE, null, "mean of the layer's outputs on the probe batch"),
            new MetricInfo("actSd", NONE, null, "standard deviation of the layer's outputs on the probe batch"),
            new MetricInfo("saturatedFraction", LOWER, null, "fraction of (unit, probe row) outputs near the asymptotes (bounded activations)"),
            new MetricInfo("saturatedUnits", LOWER, null, "fraction of units whose mean output over the probe is near an asymptote"),
            new MetricInfo("deadFraction", LOWER, null, "fraction of units never positive on any probe row (ReLU family)"));

    private static final MetricInfo GRAD_RATIO = new MetricInfo("diag.gradRatio", NONE, null,
            "gradNorm of the first hidden layer / gradNorm of the last hidden layer: far below 1 = vanishing, far above = exploding");

    private static final java.util.regex.Pattern LAYER = java.util.regex.Pattern.compile("diag\\.([A-Za-z]+)\\.layer([0-9]+)");

    private Metrics() { }

    public static List<MetricInfo> all() {
        List<MetricInfo> out = new ArrayList<>();
        for (String split : SPLITS) {
            PER_SPLIT.forEach(m -> out.add(new MetricInfo(split + "." + m.name(), m.direction(), m.task(), m.meaning())));
        }
        out.addAll(COSTS);
        PER_LAYER.forEach(m -> out.add(new MetricInfo("diag." + m.name() + ".layer<i>", m.direction(), null, m.meaning())));
        out.add(GRAD_RATIO);
        return out;
    }

    public static Optional<MetricInfo> find(String name) {
        java.util.regex.Matcher m = LAYER.matcher(name);
        if (m.matches()) {
            return PER_LAYER.stream().filter(d -> d.name().equals(m.group(1)))
                    .map(d -> new MetricInfo(name, d.direction(), null, d.meaning())).findFirst();
        }
        if (name.equals(GRAD_RATIO.name())) {
            return Optional.of(GRAD_RATIO);
        }
        return all().stream().filter(x -> x.name().equals(name)).findFirst();
    }

    public static boolean higherIsBetter(String name) {
        return direction(name) == HIGHER;
    }

    public static MetricInfo.Direction direction(String name) {
        return find(name).map(MetricInfo::direction).orElse(HIGHER);
    }

    /** The layer index of a per-layer diagnostic, or -1. */
    public static int layerOf(String name) {
        java.util.regex.Matcher m = LAYER.matcher(name);
        return m.matches() ? Integer.parseInt(m.group(2)) : -1;
    }

    public static List<String> defaults(Task task) {
        return task == Task.CLASSIFICATION
                ? List.of("test.accuracy", "test.f1", "test.loss", "time.trainSeconds")
                : List.of("test.rmse", "test.mae", "test.r2", "time.trainSeconds");
    }

    /**
     * Reads a metric name and checks it exists for at least one of the tasks in the plan and, for a
     * per-layer diagnostic, that the deepest network has that layer ({@code layers} counts hidden
     * layers and the output layer).
     */
    static String read(YNode node, String key, Set<Task> tasks, int layers) {
        String name = read(node, key, tasks);
        int layer = layerOf(name);
        if (layer >= layers) {
            throw Values.error(node, key, name + ": the networks have layers 0.." + (layers - 1) + " (hidden layers, then the output layer)");
        }
        return name;
    }

    static String read(YNode node, String key, Set<Task> tasks) {
        String name = Values.string(node, key);
        Optional<MetricInfo> info = find(name);
        if (info.isEmpty()) {
            List<String> names = all().stream().map(MetricInfo::name).toList();
            throw Values.error(node, key, "unknown metric '" + name + "'" + Suggestions.hint(name, names)
                    + "; metrics are <train|validation|test>.<accuracy|f1|precision|recall|loss|logLoss|auc|mse|rmse|mae|r2>, "
                    + "time.*, epochs.*, diag.<name>.layer<i> or diag.gradRatio");
        }
        if (tasks.stream().noneMatch(t -> info.get().appliesTo(t))) {
            throw Values.error(node, key, "metric " + name + " is not measured for " + tasks.iterator().next().label() + " tasks");
        }
        return name;
    }
}
