package arena.run;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

import arena.data.DataPart;
import arena.data.DataSources;
import arena.data.NativeArrays;
import arena.data.TrialData;
import arena.eval.Evaluator;
import arena.eval.SplitEvaluation;
import arena.model.NetworkFactory;
import arena.model.NetworkInput;
import arena.model.OutputEncoding;
import arena.spec.TrialConfig;
import arena.spec.Trial;
import arena.spec.DiagnosticsSpec;
import arena.spec.LayerSpec;
import arena.train.Convergence;
import arena.train.Diagnostics;
import arena.train.EpochRecord;
import arena.train.Trainer;
import arena.train.TrainingRun;

/**
 * Runs one trial end to end: prepare its data, build and train the network, measure it, and write
 * config.yaml, epochs.csv, log.txt and finally metrics.json, whose presence marks the trial complete.
 */
public final class TrialRunner {
    static {
        // DL4J writes memory crash dumps into the working directory on OutOfMemoryError; error.txt has the trace
        org.deeplearning4j.util.CrashReportingUtil.crashDumpsEnabled(false);
    }

    private final DataSources data;
    private final ResultsDir dir;
    private final BooleanSupplier cancelled;
    private final RunListener listener;
    private final DiagnosticsSpec diagnostics;

    public TrialRunner(DataSources data, ResultsDir dir, BooleanSupplier cancelled, RunListener listener, DiagnosticsSpec diagnostics) {
        this.data = data;
        this.dir = dir;
        this.cancelled = cancelled;
        this.listener = listener;
        this.diagnostics = diagnostics;
    }

    /** The result, or null when the run was cancelled before the trial finished (it stays pending). */
    public TrialResult run(Trial trial) {
        long start = System.nanoTime();
        Instant started = Instant.now();
        AtomicFiles.removeLeftovers(dir.trial(trial.id()));
        AtomicFiles.write(dir.config(trial.id()), TrialFiles.configYaml(trial));
        TrialConfig c = trial.config();
        TrialData td = TrialData.prepare(data.load(c.data().source(), c.data().task()), c.data(), trial.seed());
        OutputEncoding encoding = OutputEncoding.of(c.model().output(), td.task(), td.numClasses());
        MultiLayerNetwork net = NetworkFactory.build(c.model(), c.training(), NetworkInput.of(td), encoding, trial.seed());
        Evaluator evaluator = new Evaluator(encoding);
        INDArray trainTargets = evaluator.targets(td.train());
        INDArray validationTargets = td.validation() == null ? null : evaluator.targets(td.validation());
        Diagnostics diag = new Diagnostics(diagnostics, c.model().networkLayers().stream().map(LayerSpec::outputActivation).toList(),
                c.training().epochs(), net, td.train().features(), trial.seed());
        try {
            return train(trial, td, encoding, net, evaluator, trainTargets, validationTargets, diag, start, started);
        } finally {
            // native memory is freed by hand: see NativeArrays
            NativeArrays.close(trainTargets, validationTargets);
            diag.close();
            td.close();
            net.close();
        }
    }

    private TrialResult train(Trial trial, TrialData td, OutputEncoding encoding, MultiLayerNetwork net, Evaluator evaluator,
                              INDArray trainTargets, INDArray validationTargets, Diagnostics diag, long start, Instant started) {
        TrialConfig c = trial.config();

        Trainer trainer = new Trainer(c.training().batchSize().resolve(td.train().rows()), c.training().epochs(), trial.seed(),
                c.training().earlyStopping());
        TrainingRun run = trainer.train(net, td.train().features(), trainTargets, (epoch, n) -> {
            Map<String, Double> m = new LinkedHashMap<>();
            prefixed(m, "train", evaluator.evaluate(n, td.train(), trainTargets, false));
            if (td.validation() != null) {
                prefixed(m, "validation", evaluator.evaluate(n, td.validation(), validationTargets, false));
            }
            m.putAll(diag.afterEpoch(epoch, n));
            listener.epoch(trial, epoch, c.training().epochs());
            return m;
        }, cancelled, diag::listenerNanos);
        if (run.cancelled()) {
            return null;
        }

        Map<String, Double> metrics = new LinkedHashMap<>();
        int[][] confusion = null;
        if (!run.diverged()) {
            prefixed(metrics, "train", evaluator.evaluate(net, td.train(), trainTargets, true));
            if (td.validation() != null) {
                prefixed(metrics, "validation", evaluator.evaluate(net, td.validation(), validationTargets, true));
            }
            DataPart test = td.test();
            INDArray testTargets = td.testIsTrain() ? trainTargets : evaluator.targets(test);
            SplitEvaluation t = evaluator.evaluate(net, test, testTargets, true);
            if (testTargets != trainTargets) {
                NativeArrays.close(testTargets);
            }
            prefixed(metrics, "test", t);
            confusion = t.confusion();
            metrics.putAll(Convergence.of(run.epochs()));
            if (c.training().earlyStopping() != null) {
                metrics.put("epochs.stoppedEarly", run.stoppedEarly() ? 1.0 : 0.0);
                metrics.put("epochs.restored", (double) run.restoredEpoch());
            }
        }
        double total = (System.nanoTime() - start) / 1e9;
        Map<String, Double> time = new LinkedHashMap<>();
        time.put("trainSeconds", run.trainSeconds());
        time.put("secondsPerEpoch", run.trainSeconds() / Math.max(1, run.epochs().size()));
        if (run.trainSeconds() > 0) {
            time.put("samplesPerSecond", (double) td.train().rows() * run.epochs().size() / run.trainSeconds());
        }
        time.put("evalSeconds", run.evalSeconds() - diag.probeNanos() / 1e9);
        if (diagnostics.any()) {
            time.put("diagSeconds", diag.seconds());
        }
        time.put("totalSeconds", total);

        TrialResult result = new TrialResult(trial.id(), run.diverged() ? TrialResult.DIVERGED : TrialResult.DONE,
                trial.seed(), trial.group(), trial.block(), trial.factors(), td.name(), td.sha256(), td.testIsTrain(),
                run.epochsRun(), run.divergedEpoch(), run.iterations(), metrics,
                td.task() == arena.spec.Task.CLASSIFICATION ? td.classNames() : null, confusion, time,
                Fingerprint.current(td.sha256()).toMap());
        AtomicFiles.write(dir.epochs(trial.id()), TrialFiles.epochsCsv(run.epochs()));
        AtomicFiles.write(dir.log(trial.id()), log(trial, started, run, result));
        AtomicFiles.write(dir.metrics(trial.id()), Json.write(result));
        return result;
    }

    private static void prefixed(Map<String, Double> into, String split, SplitEvaluation e) {
        e.metrics().forEach((k, v) -> {
            if (v != null && Double.isFinite(v)) {
                into.put(split + "." + k, v);
            }
        });
    }

    private static String log(Trial t, Instant started, TrainingRun run, TrialResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append("trial ").append(t.id()).append(" seed ").append(t.seed()).append(" group ").append(t.group())
                .append(t.block().isEmpty() ? "" : " block " + t.block()).append('\n');
        sb.append("started ").append(started).append('\n');
        for (EpochRecord e : run.epochs()) {
            sb.append("epoch ").append(e.epoch());
            e.values().forEach((k, v) -> sb.append(' ').append(k).append('=').append(String.format("%.6g", v)));
            sb.append('\n');
        }
        if (run.stoppedEarly()) {
            sb.append("stopped early: ").append(t.config().training().earlyStopping().metric()).append(" stopped improving\n");
        }
        if (run.restoredEpoch() > 0) {
            sb.append("restored the weights of epoch ").append(run.restoredEpoch()).append(" (the best)\n");
        }
        if (run.diverged()) {
            sb.append("diverged: the loss became NaN or infinite in epoch ").append(run.divergedEpoch()).append('\n');
        }
        List<String> keys = List.of("test.accuracy", "test.loss", "test.rmse", "test.r2");
        keys.stream().filter(k -> r.metrics().containsKey(k))
                .forEach(k -> sb.append(k).append(' ').append(String.format("%.6g", r.metrics().get(k))).append('\n'));
        sb.append(String.format("finished %s: %d epochs, %d iterations, %.2f s training, %.2f s total%n",
                Instant.now(), run.epochsRun(), run.iterations(), run.trainSeconds(), r.time().get("totalSeconds")));
        return sb.toString();
    }
}
