package arena.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import arena.report.Reports;
import arena.run.ResultsDir;
import arena.stats.Analysis;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Rebuild every report of a results folder from its stored trial results and evaluate its checks (exit 1 if one fails).")
final class ReportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "A results folder, e.g. results/activations-digits.")
    Path dir;

    @Override
    public Integer call() {
        Analysis analysis;
        try {
            analysis = Reports.writeAll(new ResultsDir(dir));
        } catch (IOException e) {
            spec.commandLine().getErr().println("arena: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        spec.commandLine().getOut().println("Reports rebuilt in " + dir + "/ (report.html, summary.md, summary.csv, summary.json, trials.csv, junit.xml)");
        return CheckOutcome.print(spec.commandLine().getOut(), analysis);
    }
}
