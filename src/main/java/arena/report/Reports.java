package arena.report;

import java.io.IOException;
import java.util.List;

import arena.run.AtomicFiles;
import arena.run.ResultsDir;
import arena.stats.ComparisonTable;
import arena.stats.Comparisons;

/** Writes every report of a results folder from what is stored in it. */
public final class Reports {
    private Reports() { }

    public static ResultSet writeAll(ResultsDir dir) throws IOException {
        ResultSet rs = ResultSet.load(dir);
        List<ComparisonTable> tables = Comparisons.build(rs.plan(), rs.results(), rs.metrics());
        AtomicFiles.write(dir.root().resolve("trials.csv"), TrialsCsv.render(rs));
        AtomicFiles.write(dir.root().resolve("summary.md"), MarkdownSummary.render(rs, tables));
        return rs;
    }
}
