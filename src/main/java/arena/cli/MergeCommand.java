package arena.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import arena.report.Reports;
import arena.run.ResultsDir;
import arena.run.ShardMerge;
import arena.stats.Analysis;

@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Merge the results folders of shards (run --shard I/N) into one result set and write its reports.")
final class MergeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "1..*", description = "Shard results folders, e.g. shard-1/activations-digits shard-2/activations-digits.")
    List<Path> shards = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "results",
            description = "Results root of the merged folder, written to DIR/<name>/ (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() {
        var stdout = spec.commandLine().getOut();
        ResultsDir merged;
        Analysis analysis;
        try {
            merged = ShardMerge.merge(shards, out);
            analysis = Reports.writeAll(merged);
        } catch (IOException e) {
            spec.commandLine().getErr().println("arena: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (RuntimeException e) {
            return Failures.report(spec.commandLine().getErr(), e);
        }
        stdout.println("Merged " + shards.size() + " folder" + (shards.size() == 1 ? "" : "s") + " into " + merged.root() + "/");
        int code = CheckOutcome.print(stdout, analysis);
        long missing = analysis.tables().stream().flatMap(t -> t.rows().stream()).mapToLong(r -> r.failed() + r.pending()).sum();
        if (missing > 0) {
            stdout.println(missing + " trial(s) failed or were not run; see summary.md");
            code = ExitCodes.worst(code, ExitCodes.TRIALS_FAILED);
        }
        return code;
    }
}
