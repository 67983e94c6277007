package arena.report;

import java.util.ArrayList;
import java.util.List;

import arena.run.Csv;
import arena.stats.Analysis;
import arena.stats.Comparison;
import arena.stats.ComparisonTable;
import arena.stats.GroupRow;
import arena.stats.Summary;

/**
 * summary.csv: the numbers of summary.md, one row per block, group and metric (descriptive
 * statistics over seeds), plus one row per paired comparison with the group's statistics repeated
 * and the test results filled in.
 */
public final class SummaryCsv {
    static final List<String> HEADER = List.of("block", "group", "metric", "n", "mean", "sd", "median", "min", "max",
            "ciLow", "ciHigh", "against", "pairs", "diff", "diffCiLow", "diffCiHigh", "dz", "t", "pT", "pTHolm",
            "wilcoxonW", "pWilcoxon", "pWilcoxonHolm", "marker");

    private SummaryCsv() { }

    public static String render(Analysis a) {
        StringBuilder sb = new StringBuilder(Csv.row(HEADER));
        for (ComparisonTable t : a.tables()) {
            for (GroupRow r : t.rows()) {
                for (String m : t.metrics()) {
                    List<String> base = descriptive(t.block(), r.group(), m, r.metrics().get(m));
                    sb.append(Csv.row(pad(base)));
                    for (Comparison c : t.comparisons()) {
                        if (c.metric().equals(m) && c.group().equals(r.group())) {
                            sb.append(Csv.row(withTest(base, c)));
                        }
                    }
                }
            }
        }
        return sb.toString();
    }

    private static List<String> descriptive(String block, String group, String metric, Summary s) {
        List<String> out = new ArrayList<>(List.of(block, group, metric));
        if (s == null) {
            out.add("0");
            for (int i = 0; i < 7; i++) {
                out.add("");
            }
            return out;
        }
        out.add(Integer.toString(s.n()));
        for (double v : new double[] {s.mean(), s.sd(), s.median(), s.min(), s.max(), s.ciLow(), s.ciHigh()}) {
            out.add(num(v));
        }
        return out;
    }

    private static List<String> withTest(List<String> base, Comparison c) {
        var t = c.test();
        List<String> out = new ArrayList<>(base);
        out.add(c.against());
        out.add(Integer.toString(t.n()));
        for (double v : new double[] {t.meanDiff(), t.ciLow(), t.ciHigh(), t.cohenDz(), t.t(), t.pT(), c.pHolm(),
                t.wilcoxon().statistic(), t.wilcoxon().p(), c.wilcoxonPHolm()}) {
            out.add(num(v));
        }
        out.add(c.marker().name().toLowerCase(java.util.Locale.ROOT));
        return out;
    }

    private static List<String> pad(List<String> base) {
        List<String> out = new ArrayList<>(base);
        while (out.size() < HEADER.size()) {
            out.add("");
        }
        return out;
    }

    static String num(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }
}
