package arena.run;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import arena.data.DataSources;
import arena.data.StreamedCsv;
import arena.data.LoadedData;
import arena.data.TrialData;
import arena.model.NetworkFactory;
import arena.model.NetworkInput;
import arena.spec.DataSource;
import arena.model.OutputEncoding;
import arena.spec.ExperimentSpec;
import arena.spec.Trial;
import arena.spec.TrialConfig;
import arena.spec.Variant;

/**
 * Runs one experiment: checks every data set and network before anything trains, locks the results
 * folder, writes the manifest and plan, skips trials already complete with an unchanged fingerprint
 * (unless forced), runs the rest, and records each trial's status in plan.csv as it finishes.
 */
public final class ExperimentRunner {
    private static final Logger LOG = LoggerFactory.getLogger("arena");
    private final DataSources data = new DataSources();

    /**
     * Loads every data set and builds every network configuration, so bad input fails here with
     * nothing trained; returns the size of each variant's job for estimates and sharding.
     */
    public List<Workload> preflight(ExperimentSpec spec) {
        List<Workload> out = new ArrayList<>();
        for (Variant v : spec.variants()) {
            if (v.config().data().source() instanceof DataSource.Csv csv && csv.streams()) {
                out.add(streamedWorkload(v, data.stream(csv, v.config().data().task())));
                continue;
            }
            LoadedData d = data.load(v.config().data().source(), v.config().data().task());
            TrialData td = TrialData.prepare(d, v.config().data(), spec.seeds().get(0));
            OutputEncoding enc = OutputEncoding.of(v.config().model().output(), td.task(), td.numClasses());
            long params;
            int rows = td.train().rows();
            try {
                params = NetworkFactory.configuration(v.config().model(), v.config().training(), NetworkInput.of(td), enc, 0)
                        .getConfs().stream().mapToLong(c -> c.getLayer().initializer().numParams(c)).sum();
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("DL4J rejects the network for " + v.factors() + ": " + e.getMessage(), e);
            } finally {
                td.close();
            }
            out.add(new Workload(v, rows, params, v.config().training().batchSize().resolve(rows), v.config().training().epochs()));
        }
        return out;
    }

    /**
     * The order trials run in: seed by seed across all groups, not group by group, so that whatever
     * drifts over a run (JIT warm-up, a busy machine) falls on every group alike and does not turn
     * into a time.* difference between them. Results do not depend on the order.
     */
    static List<Trial> seedMajor(List<Trial> trials, List<Long> seeds) {
        List<Trial> out = new ArrayList<>(trials);
        out.sort(java.util.Comparator.comparingInt(t -> seeds.indexOf(t.seed())));
        return out;
    }

    /** A streamed CSV is validated in full here (one pass); the split is estimated from its fractions. */
    private static Workload streamedWorkload(Variant v, StreamedCsv file) {
        var c = v.config();
        OutputEncoding enc = OutputEncoding.of(c.model().output(), file.task(), file.classNames().size());
        int rows = (int) Math.min(Integer.MAX_VALUE, Math.round(file.rows() * (1 - c.data().split().test() - c.data().split().validation())));
        long params;
        try {
            params = NetworkFactory.configuration(c.model(), c.training(), NetworkInput.flat(file.columns()), enc, 0)
                    .getConfs().stream().mapToLong(l -> l.getLayer().initializer().numParams(l)).sum();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("DL4J rejects the network for " + v.factors() + ": " + e.getMessage(), e);
        }
        return new Workload(v, rows, params, c.training().batchSize().resolve(Math.max(1, rows)), c.training().epochs());
    }

    /** Estimated seconds per trial of each configuration, for balanced shards. */
    public static Map<TrialConfig, Double> costs(List<Workload> work) {
        Map<TrialConfig, Double> out = new LinkedHashMap<>();
        work.forEach(w -> out.put(w.variant().config(), w.seconds()));
        return out;
    }

    public RunOutcome run(ExperimentSpec spec, RunPlan plan, RunOptions options, RunListener listener) {
        preflight(spec);
        ResultsDir dir = ResultsDir.of(options.out(), spec.name());
        try (ResultsLock lock = ResultsLock.acquire(dir.root(), "arena run " + spec.name())) {
            return runLocked(spec, plan, options, listener, dir);
        }
    }

    private RunOutcome runLocked(ExperimentSpec spec, RunPlan plan, RunOptions options, RunListener listener, ResultsDir dir) {
        try {
            Files.createDirectories(dir.trials());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot create " + dir.root(), e);
        }
        Instant started = Instant.now();
        Map<String, String> status = new LinkedHashMap<>();
        List<Trial> todo = new ArrayList<>();
        for (Trial t : plan.trials()) {
            TrialResult done = options.force() ? null : ResultsReader.readQuietly(dir, t.id());
            String changed = done == null ? null : staleness(t, done);
            if (changed != null) {
                LOG.info("{}: trial {} ({} seed {}) is rerun: its inputs changed since it ran ({})", spec.name(), t.id(), t.group(),
                        t.seed(), changed);
            }
            if (done != null && changed == null) {
                status.put(t.id(), done.status());
            } else {
                todo.add(t);
            }
        }
        int skipped = plan.trials().size() - todo.size();
        Manifest.write(dir, spec, plan, options, started, null, status);
        PlanFile.write(dir, plan.trials(), status);
        listener.planned(plan.trials().size(), skipped);

        RunListener recording = new RunListener() {
            @Override
            public void started(Trial trial) {
                listener.started(trial);
            }

            @Override
            public void epoch(Trial trial, int epoch, int epochs) {
                listener.epoch(trial, epoch, epochs);
            }

            @Override
            public void finished(Trial trial, String s, TrialResult result, String error) {
                synchronized (status) {
                    status.put(trial.id(), s);
                    PlanFile.write(dir, plan.trials(), status);
                }
                listener.finished(trial, s, result, error);
            }
        };
        try {
            TrialRunner runner = new TrialRunner(data, dir, options.cancelled(), recording, spec.diagnostics());
            if (!todo.isEmpty()) {
                runner.warmUp(todo.get(0));
            }
            new LocalEngine(options.workers()).run(seedMajor(todo, spec.seeds()), runner, dir, recording);
        } finally {
            listener.ended();
        }
        Map<String, String> finalStatus = new LinkedHashMap<>();
        plan.trials().forEach(t -> finalStatus.put(t.id(), status.getOrDefault(t.id(), LocalEngine.PENDING)));
        PlanFile.write(dir, plan.trials(), finalStatus);
        Manifest.write(dir, spec, plan, options, started, Instant.now(), finalStatus);
        boolean cancelled = finalStatus.containsValue(LocalEngine.PENDING);
        return new RunOutcome(dir, finalStatus, todo.size(), skipped, cancelled);
    }

    /** Why a stored result can no longer be trusted, or null if its fingerprint still matches. */
    private String staleness(Trial t, TrialResult done) {
        var d = t.config().data();
        String sha = d.source() instanceof DataSource.Csv csv && csv.streams() ? data.stream(csv, d.task()).sha256()
                : data.load(d.source(), d.task()).sha256();
        String diff = Fingerprint.current(sha).differences(done.fingerprint());
        return diff.isEmpty() ? null : diff;
    }
}
