package arena.run;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import arena.data.DataSources;
import arena.data.LoadedData;
import arena.data.TrialData;
import arena.model.NetworkFactory;
import arena.model.OutputEncoding;
import arena.spec.ExperimentSpec;
import arena.spec.Trial;
import arena.spec.Variant;

/**
 * Runs one experiment: checks every data set and network before anything trains, writes the
 * manifest and plan, skips trials already complete (unless forced), runs the rest, and records
 * each trial's status in plan.csv.
 */
public final class ExperimentRunner {
    private final DataSources data = new DataSources();

    /**
     * Loads every data set and builds every network configuration, so bad input fails here with
     * nothing trained; returns the size of each variant's job for estimates.
     */
    public List<Workload> preflight(ExperimentSpec spec) {
        List<Workload> out = new ArrayList<>();
        for (Variant v : spec.variants()) {
            LoadedData d = data.load(v.config().data().source(), v.config().data().task());
            TrialData td = TrialData.prepare(d, v.config().data(), spec.seeds().get(0));
            OutputEncoding enc = OutputEncoding.of(v.config().model().output(), td.task(), td.numClasses());
            long params;
            try {
                params = NetworkFactory.configuration(v.config().model(), v.config().training(), td.inputs(), enc, 0)
                        .getConfs().stream().mapToLong(c -> c.getLayer().initializer().numParams(c)).sum();
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("DL4J rejects the network for " + v.factors() + ": " + e.getMessage(), e);
            }
            int rows = td.train().rows();
            out.add(new Workload(v, rows, params, v.config().training().batchSize().resolve(rows), v.config().training().epochs()));
        }
        return out;
    }

    public RunOutcome run(ExperimentSpec spec, RunOptions options, RunListener listener) {
        preflight(spec);
        ResultsDir dir = ResultsDir.of(options.out(), spec.name());
        try {
            Files.createDirectories(dir.trials());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot create " + dir.root(), e);
        }
        Instant started = Instant.now();
        Map<String, String> status = new LinkedHashMap<>();
        List<Trial> todo = new ArrayList<>();
        for (Trial t : spec.trials()) {
            TrialResult done = options.force() ? null : ResultsReader.readQuietly(dir, t.id());
            if (done != null) {
                status.put(t.id(), done.status());
            } else {
                todo.add(t);
            }
        }
        int skipped = spec.trials().size() - todo.size();
        Manifest.write(dir, spec, options, started, null, status);
        PlanFile.write(dir, spec.trials(), status);
        listener.planned(spec.trials().size(), skipped);

        LocalEngine engine = new LocalEngine(options.workers());
        TrialRunner runner = new TrialRunner(data, dir, options.cancelled());
        RunListener recording = new RunListener() {
            @Override
            public void started(Trial trial) {
                listener.started(trial);
            }

            @Override
            public void finished(Trial trial, String s, TrialResult result, String error) {
                synchronized (status) {
                    status.put(trial.id(), s);
                    PlanFile.write(dir, spec.trials(), status);
                }
                listener.finished(trial, s, result, error);
            }
        };
        engine.run(todo, runner, dir, recording);
        Map<String, String> finalStatus = new LinkedHashMap<>();
        spec.trials().forEach(t -> finalStatus.put(t.id(), status.getOrDefault(t.id(), LocalEngine.PENDING)));
        PlanFile.write(dir, spec.trials(), finalStatus);
        Manifest.write(dir, spec, options, started, Instant.now(), finalStatus);
        boolean cancelled = finalStatus.containsValue(LocalEngine.PENDING);
        return new RunOutcome(dir, finalStatus, todo.size(), skipped, cancelled);
    }
}
