package arena.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import arena.run.ExperimentRunner;
import arena.run.RunOptions;
import arena.run.Workload;
import arena.spec.ExperimentSpec;
import arena.spec.Trial;

@Command(name = "validate", mixinStandardHelpOptions = true, description = "Parse, validate and expand experiment files, load their data, and print the plan. Trains nothing.")
final class ValidateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Experiment files (YAML).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a key, as for 'run' (repeatable).")
    List<String> sets = new ArrayList<>();

    @Option(names = "--workers", paramLabel = "N", description = "Workers assumed by the time estimate (default: cores).")
    Integer workers;

    @Option(names = "--trials", description = "List every trial with its id.")
    boolean listTrials;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ExperimentRunner runner = new ExperimentRunner();
        try {
            for (ExperimentSpec s : Experiments.parse(files, sets)) {
                print(out, s, runner.preflight(s));
            }
        } catch (RuntimeException e) {
            return Failures.report(spec.commandLine().getErr(), e);
        }
        return ExitCodes.OK;
    }

    private void print(PrintWriter out, ExperimentSpec s, List<Workload> work) {
        int groups = s.groups().size();
        int blocks = s.blocks().size();
        out.printf(Locale.ROOT, "%s: %d trials = %d group%s × %d block%s × %d seed%s%n", s.name(), s.trials().size(),
                groups, groups == 1 ? "" : "s", blocks, blocks == 1 ? "" : "s", s.seeds().size(), s.seeds().size() == 1 ? "" : "s");
        if (s.compare().by() != null) {
            out.printf("  compared by %s: %s%n", s.compare().by(), String.join(", ",
                    s.groups().stream().map(g -> g.equals(s.compare().baseline()) ? g + " (baseline)" : g).toList()));
        }
        if (blocks > 1) {
            out.printf("  blocks: %s%n", String.join(" | ", s.blocks()));
        }
        out.printf("  seeds: %s%n", String.join(", ", s.seeds().stream().map(String::valueOf).toList()));
        out.printf("  metrics: %s%n", String.join(", ", s.compare().metrics()));
        long steps = 0;
        double seconds = 0;
        for (Workload w : work) {
            steps += w.stepsPerSeed() * s.seeds().size();
            seconds += w.seconds() * s.seeds().size();
        }
        int n = workers == null ? RunOptions.defaultWorkers() : Math.max(1, workers);
        out.printf(Locale.ROOT, "  work: %,d gradient steps; rough estimate %s with %d worker%s%n", steps,
                duration(seconds / Math.min(n, Math.max(1, s.trials().size()))), n, n == 1 ? "" : "s");
        if (listTrials) {
            out.printf("  %-12s  %-6s  %s%n", "id", "seed", "group [block]");
            for (Trial t : s.trials()) {
                out.printf("  %-12s  %-6d  %s%s%n", t.id(), t.seed(), t.group(), t.block().isEmpty() ? "" : " [" + t.block() + "]");
            }
        }
    }

    static String duration(double seconds) {
        if (seconds < 90) {
            return String.format(Locale.ROOT, "%.0f s", Math.max(1, seconds));
        }
        if (seconds < 5400) {
            return String.format(Locale.ROOT, "%.0f min", seconds / 60);
        }
        return String.format(Locale.ROOT, "%.1f h", seconds / 3600);
    }
}
