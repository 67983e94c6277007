package arena.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.slf4j.LoggerFactory;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import arena.report.Reports;
import arena.run.ExperimentRunner;
import arena.run.RunListener;
import arena.run.RunOptions;
import arena.run.RunOutcome;
import arena.run.RunPlan;
import arena.run.Workload;
import arena.spec.ExperimentSpec;
import arena.stats.Analysis;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Expand the experiment files into trials, train and evaluate them, write results and reports.")
final class RunCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Experiment files (YAML).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "results",
            description = "Results root; each experiment writes to DIR/<name>/ (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--workers", paramLabel = "N", description = "Trials trained at once, one per thread (default: the number of cores).")
    Integer workers;

    @Option(names = "--threads", paramLabel = "T",
            description = "ND4J (OpenMP) threads per trial (default: OMP_NUM_THREADS, else 1). ND4J reads it once at start, so a "
                    + "different value restarts the JVM with OMP_NUM_THREADS=T.")
    Integer threads;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Override a key of the experiment file, e.g. --set training.epochs=5 --set seeds=1 (repeatable).")
    List<String> sets = new ArrayList<>();

    @Option(names = "--force", description = "Rerun trials that are already complete.")
    boolean force;

    @Option(names = "--only", paramLabel = "KEY=VALUE",
            description = "Run only trials whose compared value (group=...) or swept key has this value, e.g. --only group=relu (repeatable).")
    List<String> only = new ArrayList<>();

    @Option(names = "--trials", paramLabel = "ID", split = ",", description = "Run only these trial ids (see 'arena validate --trials').")
    List<String> trialIds = new ArrayList<>();

    @Option(names = "--shard", paramLabel = "I/N",
            description = "Run shard I of N: a deterministic share of the plan, balanced by estimated cost; join shards with 'arena merge'.")
    String shard;

    @Option(names = "--dry-run", description = "Validate and print the plan (after --only, --trials, --shard); train nothing.")
    boolean dryRun;

    @Option(names = {"-q", "--quiet"}, description = "No progress output; results and errors only.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Also log every epoch of every trial.")
    boolean verbose;

    @Option(names = "--baseline", paramLabel = "OLD",
            description = "After the run, gate the results against this results folder as 'arena compare' does (exit 1 on a regression).")
    Path baseline;

    @Option(names = "--tolerance", paramLabel = "[METRIC=]AMOUNT[%]",
            description = "With --baseline: worsening allowed before the gate fails, as for 'arena compare' (repeatable).")
    List<String> tolerances = new ArrayList<>();

    @Option(names = "--heartbeat", paramLabel = "SECONDS", defaultValue = "60",
            description = "Off a terminal: log the running trials every SECONDS (0: never; default: ${DEFAULT-VALUE}).")
    long heartbeat;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int n = workers == null ? RunOptions.defaultWorkers() : workers;
        if (n < 1 || threads != null && threads < 1) {
            err.println("arena: --workers and --threads must be at least 1");
            return ExitCodes.BAD_INPUT;
        }
        if (threads != null && !String.valueOf(threads).equals(System.getenv("OMP_NUM_THREADS"))) {
            err.flush();
            return Relaunch.withThreads(spec.root().commandLine().getParseResult().originalArgs().toArray(new String[0]),
                    String.valueOf(threads));
        }
        warnIfOversubscribed(n);
        List<ExperimentSpec> specs;
        List<RunPlan> plans = new ArrayList<>();
        List<List<Workload>> work = new ArrayList<>();
        ExperimentRunner runner = new ExperimentRunner();
        try {
            specs = Experiments.parse(files, sets);
            for (ExperimentSpec s : specs) {
                List<Workload> w = runner.preflight(s);
                work.add(w);
                plans.add(plan(s, w));
            }
        } catch (RuntimeException e) {
            return Failures.report(err, e);
        }
        if (dryRun) {
            for (int i = 0; i < specs.size(); i++) {
                PlanPrinter.print(stdout, specs.get(i), plans.get(i), work.get(i), n, true);
            }
            return ExitCodes.OK;
        }
        int code = ExitCodes.OK;
        for (int i = 0; i < specs.size(); i++) {
            ExperimentSpec s = specs.get(i);
            RunOptions options = new RunOptions(out, n, force, StopSignal::requested);
            RunOutcome outcome;
            Analysis analysis;
            try {
                forgetGate(out.resolve(s.name()));
                outcome = runner.run(s, plans.get(i), options, progress(s));
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
            if (baseline != null) {
                stdout.println();
                code = ExitCodes.worst(code, CompareCommand.gate(outcome.dir().root(), baseline.resolve(s.name()).toFile().isDirectory()
                        ? baseline.resolve(s.name()) : baseline, tolerances, null, null, stdout, err));
            }
        }
        return code;
    }

    /** A previous gate's verdict describes results this run is about to change. */
    private static void forgetGate(Path results) throws IOException {
        Files.deleteIfExists(results.resolve(arena.report.RegressionReport.JSON_FILE));
        Files.deleteIfExists(results.resolve(arena.report.RegressionReport.MARKDOWN_FILE));
    }

    private RunPlan plan(ExperimentSpec s, List<Workload> work) {
        RunPlan plan = RunPlan.all(s).select(only, trialIds);
        if (shard == null) {
            return plan;
        }
        String[] parts = shard.split("/");
        if (parts.length != 2 || !parts[0].matches("[0-9]+") || !parts[1].matches("[0-9]+")) {
            throw new IllegalArgumentException("--shard expects I/N, e.g. --shard 2/4, got '" + shard + "'");
        }
        return plan.shard(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), ExperimentRunner.costs(work));
    }

    /** A progress bar on an interactive terminal; plain log lines on build servers (CI=true) and pipes. */
    private RunListener progress(ExperimentSpec s) {
        if (quiet) {
            return RunListener.NONE;
        }
        boolean terminal = System.console() != null && !"true".equals(System.getenv("CI")) && !"dumb".equals(System.getenv("TERM"))
                && !verbose;
        return terminal ? new TerminalProgress(s.name()) : new PlainProgress(s.name(), s.compare().metrics().get(0), verbose, heartbeat);
    }

    private static void warnIfOversubscribed(int workers) {
        int ndThreads = parse(System.getenv("OMP_NUM_THREADS"));
        int cores = Runtime.getRuntime().availableProcessors();
        if ((long) workers * ndThreads > cores) {
            LoggerFactory.getLogger("arena").warn("{} workers × {} ND4J threads each exceeds the {} cores: trials will slow each other down",
                    workers, ndThreads, cores);
        }
    }

    private static int parse(String s) {
        try {
            return s == null ? 1 : Math.max(1, Integer.parseInt(s.trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static int summarize(PrintWriter out, RunOutcome outcome) {
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
