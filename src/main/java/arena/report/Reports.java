package arena.report;

import java.io.IOException;

import arena.run.AtomicFiles;
import arena.run.ResultsDir;
import arena.stats.Analysis;
import arena.stats.RankAnalysis;

/** Writes every report of a results folder from what is stored in it; nothing is retrained. */
public final class Reports {
    private Reports() { }

    /** The analysis behind the reports; its checks decide exit code 1. */
    public static Analysis writeAll(ResultsDir dir) throws IOException {
        ResultSet rs = ResultSet.load(dir);
        Analysis a = Analysis.of(rs.plan(), rs.results(), rs.compare(), rs.checks());
        AtomicFiles.write(dir.root().resolve("trials.csv"), TrialsCsv.render(rs));
        AtomicFiles.write(dir.root().resolve("summary.md"), MarkdownSummary.render(rs, a));
        AtomicFiles.write(dir.root().resolve("summary.csv"), SummaryCsv.render(a));
        AtomicFiles.write(dir.root().resolve("summary.json"), SummaryJson.render(rs, a));
        // a regression.json left by `arena compare` stays part of the build server's view until it is removed
        AtomicFiles.write(dir.root().resolve("junit.xml"), JunitXml.render(rs, a, RegressionReport.readCases(dir)));
        for (RankAnalysis r : a.ranks()) {
            if (r.friedman() != null && r.metric().equals(rs.metrics().get(0))) {
                AtomicFiles.write(dir.root().resolve(cdFileName(r)), Svg.standalone(CdDiagram.of(r), CdDiagram.width(r), CdDiagram.height(r)));
            }
        }
        AtomicFiles.write(dir.root().resolve("report.html"), HtmlReport.render(rs, a, EpochHistory.load(rs)));
        return a;
    }

    static String cdFileName(RankAnalysis r) {
        String scope = r.scope().isEmpty() ? "" : "-" + r.scope().replaceAll("[^A-Za-z0-9.]+", "_");
        return "cd-" + r.metric() + scope + ".svg";
    }
}
