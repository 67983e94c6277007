package arena.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import arena.report.Reports;
import arena.run.ExperimentRunner;
import arena.run.RunOptions;
import arena.run.RunOutcome;
import arena.spec.ExperimentSpec;
import arena.stats.Analysis;

@Command(name = "run", mixinStandardHelpOptions = true, description = "Expand the experiment files into trials, train and evaluate them, write results and reports.")
final class RunCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Experiment files (YAML).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "results",
            description = "Results root; each experiment writes to DIR/<name>/ (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--workers", paramLabel = "N", description = "Trials run at once (default: the number of cores).")
    Integer workers;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Override a key of the experiment file, e.g. --set training.epochs=5 --set seeds=1 (repeatable).")
    List<String> sets = new ArrayList<>();

    @Option(names = "--force", description = "Rerun trials that are already complete.")
    boolean force;

    @Override
    public Integer call() {
        var stdout = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        int n = workers == null ? RunOptions.defaultWorkers() : workers;
        if (n < 1) {
            err.println("arena: --workers must be at least 1");
            return ExitCodes.BAD_INPUT;
        }
        List<ExperimentSpec> specs;
        ExperimentRunner runner = new ExperimentRunner();
        try {
            specs = Experiments.parse(files, sets);
            for (ExperimentSpec s : specs) {
                runner.preflight(s);
            }
        } catch (RuntimeException e) {
            return Failures.report(err, e);
        }
        int code = ExitCodes.OK;
        for (ExperimentSpec s : specs) {
            RunOptions options = new RunOptions(out, n, force, StopSignal::requested);
            RunOutcome outcome;
            Analysis analysis;
            try {
                outcome = runner.run(s, options, new ProgressLog(s.name(), s.compare().metrics().get(0)));
                analysis = Reports.writeAll(outcome.dir());
            } catch (IOException e) {
                err.println("arena: " + e.getMessage());
                return ExitCodes.BAD_INPUT;
            } catch (RuntimeException e) {
                return Failures.report(err, e);
            }
            code = ExitCodes.worst(code, summarize(stdout, outcome));
            code = ExitCodes.worst(code, CheckOutcome.print(stdout, analysis));
            if (outcome.cancelled()) {
                break;
            }
        }
        return code;
    }

    private static int summarize(java.io.PrintWriter out, RunOutcome outcome) {
        Path summary = outcome.dir().root().resolve("summary.md");
        try {
            String md = Files.readString(summary);
            out.println();
            boolean[] details = {false};
            md.lines().forEach(l -> {
                details[0] = l.startsWith("<details>") || details[0] && !l.startsWith("</details>");
                if (!details[0] && (l.startsWith("|") || l.startsWith("#") || l.startsWith("- **"))) {
                    out.println(l);
                }
            });
        } catch (IOException e) {
            // the summary is optional on screen; its path is printed below either way
        }
        out.println();
        out.println("Results: " + outcome.dir().root() + "/ (report.html, summary.md, trials.csv, junit.xml, trials/)");
        if (outcome.cancelled()) {
            out.println("Interrupted: run the same command again to finish the remaining trials.");
            return ExitCodes.INTERRUPTED;
        }
        if (outcome.anyFailed()) {
            out.println(outcome.count("failed") + " trial(s) failed; see summary.md and trials/<id>/error.txt");
            return ExitCodes.TRIALS_FAILED;
        }
        return ExitCodes.OK;
    }
}
