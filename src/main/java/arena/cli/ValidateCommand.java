package arena.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import arena.run.ExperimentRunner;
import arena.run.RunOptions;
import arena.run.RunPlan;
import arena.spec.ExperimentSpec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Parse, validate and expand experiment files, load their data, and print the plan. Trains nothing.")
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
                PlanPrinter.print(out, s, RunPlan.all(s), runner.preflight(s),
                        workers == null ? RunOptions.defaultWorkers() : Math.max(1, workers), listTrials);
            }
        } catch (RuntimeException e) {
            return Failures.report(spec.commandLine().getErr(), e);
        }
        return ExitCodes.OK;
    }
}
