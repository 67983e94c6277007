package arena.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import arena.data.DataSources;
import arena.spec.ExperimentParser;
import arena.spec.ExperimentSpec;
import arena.spec.KeyOverride;
import arena.spec.Trial;

/**
 * Reruns some completed trials of a results folder in a scratch folder and compares them with the
 * stored ones bit for bit: metrics.json without its {@code time} section, and epochs.csv. It tells
 * whether this machine, backend and thread settings reproduce the stored results.
 */
public final class ReproducibilityCheck {

    /** One rerun trial: identical or not, and the first difference found. */
    public record Outcome(String id, String group, long seed, boolean identical, String difference) { }

    private ReproducibilityCheck() { }

    /** The experiment as stored in the manifest, parsed again (CSV paths relative to its original file). */
    public static ExperimentSpec experiment(ResultsDir dir) throws IOException {
        JsonNode m = Manifest.read(dir);
        JsonNode exp = m.path("experiment");
        List<KeyOverride> overrides = new ArrayList<>();
        exp.path("overrides").forEach(o -> overrides.add(KeyOverride.parse(o.asText().replaceFirst("^--set ", ""))));
        Path file = Path.of(exp.path("file").asText("experiment.yaml"));
        Path base = file.toAbsolutePath().getParent();
        return ExperimentParser.parse(exp.path("text").asText(), file.toString(), base, file, overrides);
    }

    /** K completed trials, spread evenly over the ids in sorted order, so the choice is stable. */
    public static List<String> choose(ResultsDir dir, int k) throws IOException {
        List<String> complete = PlanFile.read(dir).stream().map(PlanFile.Row::id).filter(dir::isComplete)
                .sorted(Comparator.naturalOrder()).toList();
        List<String> out = new ArrayList<>();
        int m = complete.size();
        for (int i = 0; i < Math.min(k, m); i++) {
            out.add(complete.get((int) ((long) i * m / Math.min(k, m))));
        }
        return out;
    }

    public static List<Outcome> rerun(ResultsDir dir, ExperimentSpec spec, List<String> ids, Path scratch) throws IOException {
        ResultsDir temp = new ResultsDir(scratch);
        TrialRunner runner = new TrialRunner(new DataSources(), temp, () -> false, RunListener.NONE, spec.diagnostics());
        List<Outcome> out = new ArrayList<>();
        for (String id : ids) {
            Optional<Trial> trial = spec.trials().stream().filter(t -> t.id().equals(id)).findFirst();
            if (trial.isEmpty()) {
                throw new IllegalArgumentException("trial " + id + " is not in the experiment as parsed now; was it run with another "
                        + "version of arena or other overrides?");
            }
            runner.run(trial.get());
            String diff = difference(dir, temp, id);
            out.add(new Outcome(id, trial.get().group(), trial.get().seed(), diff == null, diff));
        }
        return out;
    }

    /** The first difference between the stored and the rerun trial, or null when bit-identical. */
    static String difference(ResultsDir stored, ResultsDir rerun, String id) throws IOException {
        ObjectNode a = withoutTime(stored.metrics(id));
        ObjectNode b = withoutTime(rerun.metrics(id));
        if (!a.equals(b)) {
            for (var it = a.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getValue().equals(b.get(e.getKey()))) {
                    return "metrics.json " + e.getKey() + " differs" + firstKey(e.getValue(), b.get(e.getKey()));
                }
            }
            return "metrics.json differs";
        }
        if (!Files.readString(stored.epochs(id)).equals(Files.readString(rerun.epochs(id)))) {
            return "epochs.csv differs";
        }
        return null;
    }

    private static String firstKey(JsonNode a, JsonNode b) {
        if (a.isObject() && b != null && b.isObject()) {
            for (var it = a.fields(); it.hasNext(); ) {
                var e = it.next();
                if (!e.getValue().equals(b.get(e.getKey()))) {
                    return " (" + e.getKey() + ": " + e.getValue() + " vs " + b.get(e.getKey()) + ")";
                }
            }
        }
        return "";
    }

    private static ObjectNode withoutTime(Path metrics) throws IOException {
        ObjectNode n = (ObjectNode) Json.MAPPER.readTree(metrics.toFile());
        n.remove("time");
        return n;
    }
}
