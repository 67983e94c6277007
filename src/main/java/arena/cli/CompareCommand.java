package arena.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import arena.report.RegressionReport;
import arena.report.Reports;
import arena.report.ResultSet;
import arena.run.AtomicFiles;
import arena.run.PlanFile;
import arena.run.ResultsDir;
import arena.stats.GateSettings;
import arena.stats.RegressionGate;
import arena.stats.RegressionResult;
import arena.stats.Tolerances;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Regression gate: compare a results folder with a baseline of the same experiment, block by block, "
                + "group by group and metric by metric, pairing trials by seed (exit 1 on a regression).",
                "Writes regression.md and regression.json into NEW and adds a regression suite to its junit.xml."})
final class CompareCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "NEW", description = "The results folder under test, e.g. results/activations-digits.")
    Path newDir;

    @Option(names = "--baseline", required = true, paramLabel = "OLD", description = "The results folder to compare against (the last good run).")
    Path baseline;

    @Option(names = "--tolerance", paramLabel = "[METRIC=]AMOUNT[%]",
            description = {"Worsening allowed before the gate fails even when it is not significant: 0.01 for every metric, "
                    + "test.accuracy=0.005 for one (in the metric's units), test.loss=10%% relative to OLD's mean. Repeatable.",
                    "Without it only significance counts."})
    List<String> tolerances = List.of();

    @Option(names = "--metrics", split = ",", paramLabel = "METRIC",
            description = "Metrics to compare (default: NEW's compare.metrics without time.*; time metrics count when named here).")
    List<String> metrics;

    @Option(names = "--alpha", paramLabel = "A", description = "Significance level for Holm-adjusted paired-t p-values (default: NEW's compare.alpha).")
    Double alpha;

    @Override
    public Integer call() {
        return gate(newDir, baseline, tolerances, metrics, alpha, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** Runs the gate of NEW against OLD, writes its files and junit.xml, prints the table; the exit code. */
    static int gate(Path newDir, Path baseline, List<String> tolerances, List<String> metrics, Double alpha,
                    PrintWriter out, PrintWriter err) {
        RegressionResult result;
        ResultsDir target = new ResultsDir(newDir);
        try {
            ResultSet newer = load(newDir);
            ResultSet older = load(baseline);
            GateSettings settings = GateSettings.resolve(newer.compare(), metrics, alpha, Tolerances.parse(tolerances));
            result = RegressionGate.compare(side(newDir, newer), side(baseline, older), settings);
        } catch (IOException | IllegalArgumentException e) {
            err.println("arena compare: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        try {
            AtomicFiles.write(target.root().resolve(RegressionReport.MARKDOWN_FILE), RegressionReport.markdown(result));
            AtomicFiles.write(target.root().resolve(RegressionReport.JSON_FILE), RegressionReport.json(result));
            // the gate's verdicts reach build servers through junit.xml, which writeAll rebuilds from regression.json
            Reports.writeAll(target);
        } catch (IOException | UncheckedIOException e) {
            err.println("arena compare: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        out.print(RegressionReport.text(result));
        out.println("Written: " + newDir + "/" + RegressionReport.MARKDOWN_FILE + ", " + RegressionReport.JSON_FILE + ", junit.xml");
        return result.passed() ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
    }

    private static ResultSet load(Path dir) throws IOException {
        try {
            return ResultSet.load(new ResultsDir(dir));
        } catch (RuntimeException e) {
            // a plan.csv or manifest.json that does not parse is bad input, not a crash
            throw new IOException("cannot read results folder " + dir + ": " + e.getMessage(), e);
        }
    }

    private static RegressionGate.Side side(Path dir, ResultSet rs) {
        Map<String, String> status = new LinkedHashMap<>();
        for (PlanFile.Row r : rs.plan()) {
            status.put(r.id(), rs.status(r));
        }
        return new RegressionGate.Side(dir.toString(), rs.name(), rs.plan(), rs.results(), status);
    }
}
