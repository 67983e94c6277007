package arena.run;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

import arena.data.DataSources;
import arena.data.StreamedCsv;
import arena.data.StreamedSplit;
import arena.data.TrialData;
import arena.model.NetworkFactory;
import arena.model.OutputEncoding;
import arena.spec.DataSource;
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

    private static final java.util.concurrent.atomic.AtomicBoolean WARMED = new java.util.concurrent.atomic.AtomicBoolean();
    private static final long WARM_UP_NANOS = 1_500_000_000L;

    /**
     * Once per JVM, before the first trial: trains a throw-away copy of this trial's network for
     * about 1.5 s, so the JIT compiles the training and measuring paths before any clock runs.
     * Without it the first trial of a run measured about 2 s slower (time.trainSeconds), a false
     * "trains faster" for every other group. Nothing is written; any error is left to the trial.
     */
    public void warmUp(Trial trial) {
        TrialConfig c = trial.config();
        if (c.data().source() instanceof DataSource.Csv csv && csv.streams() || !WARMED.compareAndSet(false, true)) {
            return;   // a streamed file's passes are I/O, not JIT
        }
        long deadline = System.nanoTime() + WARM_UP_NANOS;
        try (TrialInputs in = inputs(c, trial.seed())) {
            OutputEncoding encoding = OutputEncoding.of(c.model().output(), in.task(), in.classNames().size());
            MultiLayerNetwork net = NetworkFactory.build(c.model(), c.training(), in.networkInput(), encoding, trial.seed());
            try {
                int batchSize = c.training().batchSize().resolve((int) Math.min(Integer.MAX_VALUE, in.trainRows()));
                Trainer.Batches batches = in.batches(new Trainer(batchSize, 1, trial.seed()));
                for (int epoch = 1; System.nanoTime() < deadline; epoch++) {
                    java.util.Iterator<org.nd4j.linalg.dataset.DataSet> it = batches.epoch(epoch);
                    while (it.hasNext() && System.nanoTime() < deadline) {
                        org.nd4j.linalg.dataset.DataSet ds = it.next();
                        net.fit(ds);
                        if (batches.owned()) {
                            arena.data.NativeArrays.close(ds.getFeatures(), ds.getLabels());
                        }
                    }
                    if (System.nanoTime() < deadline) {
                        in.epochMetrics(net);
                    }
                }
            } finally {
                net.close();
            }
        } catch (RuntimeException e) {
            // the trial itself will meet and report the same problem
        }
    }

    /** The result, or null when the run was cancelled before the trial finished (it stays pending). */
    public TrialResult run(Trial trial) {
        long start = System.nanoTime();
        Instant started = Instant.now();
        AtomicFiles.removeLeftovers(dir.trial(trial.id()));
        AtomicFiles.write(dir.config(trial.id()), TrialFiles.configYaml(trial));
        TrialConfig c = trial.config();
        TrialInputs in = inputs(c, trial.seed());
        try {
            OutputEncoding encoding = OutputEncoding.of(c.model().output(), in.task(), in.classNames().size());
            MultiLayerNetwork net = NetworkFactory.build(c.model(), c.training(), in.networkInput(), encoding, trial.seed());
            Diagnostics diag = new Diagnostics(diagnostics, c.model().networkLayers().stream().map(LayerSpec::outputActivation).toList(),
                    c.training().epochs(), net, in.probeSource(), trial.seed());
            try {
                return train(trial, in, net, diag, start, started);
            } finally {
                diag.close();
                net.close();
            }
        } finally {
            in.close();
        }
    }

    /** The trial's rows: split and scaled in memory, or, for a CSV too large to load, read from the file as they are used. */
    private TrialInputs inputs(TrialConfig c, long seed) {
        if (c.data().source() instanceof DataSource.Csv csv && csv.streams()) {
            StreamedCsv file = data.stream(csv, c.data().task());
            OutputEncoding encoding = OutputEncoding.of(c.model().output(), file.task(), file.classNames().size());
            return new StreamedInputs(StreamedSplit.prepare(file, c.data(), seed), encoding, diagnostics.probe());
        }
        TrialData td = TrialData.prepare(data.load(c.data().source(), c.data().task()), c.data(), seed);
        return new LoadedInputs(td, OutputEncoding.of(c.model().output(), td.task(), td.numClasses()));
    }

    private TrialResult train(Trial trial, TrialInputs in, MultiLayerNetwork net, Diagnostics diag, long start, Instant started) {
        TrialConfig c = trial.config();
        int batchSize = c.training().batchSize().resolve((int) Math.min(Integer.MAX_VALUE, in.trainRows()));
        Trainer trainer = new Trainer(batchSize, c.training().epochs(), trial.seed(), c.training().earlyStopping());
        TrainingRun run = trainer.train(net, in.batches(trainer), (epoch, n) -> {
            Map<String, Double> m = in.epochMetrics(n);
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
            TrialInputs.Final f = in.finalMetrics(net);
            metrics.putAll(f.metrics());
            confusion = f.confusion();
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
            time.put("samplesPerSecond", (double) in.trainRows() * run.epochs().size() / run.trainSeconds());
        }
        time.put("evalSeconds", run.evalSeconds() - diag.probeNanos() / 1e9);
        if (diagnostics.any()) {
            time.put("diagSeconds", diag.seconds());
        }
        time.put("totalSeconds", total);

        TrialResult result = new TrialResult(trial.id(), run.diverged() ? TrialResult.DIVERGED : TrialResult.DONE,
                trial.seed(), trial.group(), trial.block(), trial.factors(), in.name(), in.sha256(), in.testIsTrain(),
                run.epochsRun(), run.divergedEpoch(), run.iterations(), metrics,
                in.task() == arena.spec.Task.CLASSIFICATION ? in.classNames() : null, confusion, time,
                Fingerprint.current(in.sha256()).toMap());
        AtomicFiles.write(dir.epochs(trial.id()), TrialFiles.epochsCsv(run.epochs()));
        AtomicFiles.write(dir.log(trial.id()), log(trial, started, run, result));
        AtomicFiles.write(dir.metrics(trial.id()), Json.write(result));
        return result;
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
