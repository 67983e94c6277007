package arena.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import arena.report.Reports;
import arena.run.ResultsDir;

@Command(name = "report", mixinStandardHelpOptions = true, description = "Rebuild every report of a results folder from its stored trial results.")
final class ReportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "A results folder, e.g. results/activations-digits.")
    Path dir;

    @Override
    public Integer call() {
        try {
            Reports.writeAll(new ResultsDir(dir));
        } catch (IOException e) {
            spec.commandLine().getErr().println("arena: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        spec.commandLine().getOut().println("Reports rebuilt in " + dir + "/ (summary.md, trials.csv)");
        return ExitCodes.OK;
    }
}
