package arena.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import arena.run.Manifest;
import arena.run.ReproducibilityCheck;
import arena.run.ResultsDir;
import arena.spec.ExperimentSpec;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Rerun some completed trials and check that they reproduce bit for bit (exit 1 if not).")
final class VerifyCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "A results folder, e.g. results/activations-digits.")
    Path dir;

    @Option(names = "--trials", paramLabel = "K", defaultValue = "3",
            description = "How many completed trials to rerun, spread evenly over the ids (default: ${DEFAULT-VALUE}).")
    int k;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (k < 1) {
            err.println("arena: --trials must be at least 1");
            return ExitCodes.BAD_INPUT;
        }
        ResultsDir results = new ResultsDir(dir);
        List<ReproducibilityCheck.Outcome> outcomes;
        JsonNode manifest;
        Path scratch = null;
        try {
            manifest = Manifest.read(results);
            ExperimentSpec experiment = ReproducibilityCheck.experiment(results);
            List<String> ids = ReproducibilityCheck.choose(results, k);
            if (ids.isEmpty()) {
                err.println("arena: " + dir + " has no completed trials to verify");
                return ExitCodes.BAD_INPUT;
            }
            scratch = Files.createTempDirectory("arena-verify");
            outcomes = ReproducibilityCheck.rerun(results, experiment, ids, scratch);
        } catch (IOException e) {
            err.println("arena: " + dir + " is not a readable results folder: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (RuntimeException e) {
            return Failures.report(err, e);
        } finally {
            deleteQuietly(scratch);
        }
        String stored = manifest.path("threads").path("OMP_NUM_THREADS").asText("unset");
        String now = System.getenv("OMP_NUM_THREADS") == null ? "unset" : System.getenv("OMP_NUM_THREADS");
        out.printf("Reran %d of the completed trials (stored with OMP_NUM_THREADS=%s, now %s):%n", outcomes.size(), stored, now);
        for (ReproducibilityCheck.Outcome o : outcomes) {
            out.printf("  %s  %-24s seed %-4d %s%n", o.id(), o.group(), o.seed(), o.identical() ? "identical" : "DIFFERENT: " + o.difference());
        }
        long different = outcomes.stream().filter(o -> !o.identical()).count();
        if (different == 0) {
            out.println("All reproduce bit for bit: this machine, backend and thread settings are deterministic for this experiment.");
            return ExitCodes.OK;
        }
        out.println(different + " trial(s) did not reproduce" + (stored.equals(now) ? "." : "; the ND4J thread count differs from the stored run's."));
        return ExitCodes.CHECK_FAILED;
    }

    private static void deleteQuietly(Path p) {
        if (p == null) {
            return;
        }
        try (var walk = Files.walk(p)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
        } catch (IOException e) {
            // a scratch folder in the temp directory; the OS cleans it eventually
        }
    }
}
