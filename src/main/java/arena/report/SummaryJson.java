package arena.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import arena.run.Json;
import arena.stats.Analysis;
import arena.stats.CheckResult;
import arena.stats.Comparison;
import arena.stats.ComparisonTable;
import arena.stats.GroupRow;
import arena.stats.RankAnalysis;
import arena.stats.Summary;

/** summary.json: every number of summary.md, structured; undefined values are null. */
public final class SummaryJson {
    private SummaryJson() { }

    public static String render(ResultSet rs, Analysis a) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("name", rs.name());
        Map<String, Object> compare = new LinkedHashMap<>();
        compare.put("by", rs.compareBy());
        compare.put("baseline", rs.baseline());
        compare.put("metrics", rs.metrics());
        compare.put("alpha", rs.compare().alpha());
        compare.put("across", rs.compare().across());
        root.put("compare", compare);
        Map<String, Object> trials = new LinkedHashMap<>();
        trials.put("planned", rs.plan().size());
        for (String s : new String[] {"done", "diverged", "failed"}) {
            trials.put(s, Overview.count(rs, s));
        }
        root.put("trials", trials);
        List<Object> tables = new ArrayList<>();
        for (ComparisonTable t : a.tables()) {
            Map<String, Object> tm = new LinkedHashMap<>();
            tm.put("block", t.block());
            tm.put("pairwise", t.pairwise());
            List<Object> rows = new ArrayList<>();
            for (GroupRow r : t.rows()) {
                Map<String, Object> rm = new LinkedHashMap<>();
                rm.put("group", r.group());
                rm.put("planned", r.planned());
                rm.put("diverged", r.diverged());
                rm.put("failed", r.failed());
                rm.put("pending", r.pending());
                Map<String, Object> metrics = new LinkedHashMap<>();
                r.metrics().forEach((m, s) -> metrics.put(m, summary(s)));
                rm.put("metrics", metrics);
                rows.add(rm);
            }
            tm.put("rows", rows);
            tm.put("best", t.best());
            tm.put("comparisons", t.comparisons().stream().map(SummaryJson::comparison).toList());
            tables.add(tm);
        }
        root.put("tables", tables);
        root.put("ranks", a.ranks().stream().map(SummaryJson::ranks).toList());
        root.put("checks", a.checks().stream().map(SummaryJson::check).toList());
        return Json.write(root);
    }

    private static Map<String, Object> summary(Summary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n", s.n());
        m.put("mean", num(s.mean()));
        m.put("sd", num(s.sd()));
        m.put("median", num(s.median()));
        m.put("min", num(s.min()));
        m.put("max", num(s.max()));
        m.put("ci95", Double.isNaN(s.ciLow()) ? null : List.of(s.ciLow(), s.ciHigh()));
        return m;
    }

    private static Map<String, Object> comparison(Comparison c) {
        var t = c.test();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("metric", c.metric());
        m.put("group", c.group());
        m.put("against", c.against());
        m.put("pairs", t.n());
        m.put("meanDiff", num(t.meanDiff()));
        m.put("diffCi95", Double.isNaN(t.ciLow()) ? null : List.of(t.ciLow(), t.ciHigh()));
        m.put("cohenDz", num(t.cohenDz()));
        m.put("t", num(t.t()));
        m.put("pT", num(t.pT()));
        m.put("pTHolm", num(c.pHolm()));
        m.put("wilcoxonW", num(t.wilcoxon().statistic()));
        m.put("pWilcoxon", num(t.wilcoxon().p()));
        m.put("pWilcoxonHolm", num(c.wilcoxonPHolm()));
        m.put("wilcoxonExact", t.wilcoxon().exact());
        m.put("marker", c.marker().name().toLowerCase(java.util.Locale.ROOT));
        return m;
    }

    private static Map<String, Object> ranks(RankAnalysis r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scope", r.scope());
        m.put("metric", r.metric());
        m.put("blocks", r.blocks());
        m.put("excluded", r.excluded());
        if (r.friedman() != null) {
            Map<String, Object> ranks = new LinkedHashMap<>();
            r.groups().forEach(g -> ranks.put(g, r.averageRank(g)));
            m.put("averageRanks", ranks);
            m.put("friedmanChiSquare", num(r.friedman().chiSquare()));
            m.put("friedmanP", num(r.friedman().p()));
            m.put("imanDavenportF", num(r.friedman().imanDavenportF()));
            m.put("imanDavenportP", num(r.friedman().imanDavenportP()));
            m.put("criticalDifference", num(r.criticalDifference()));
            m.put("alpha", r.alpha());
        }
        return m;
    }

    private static Map<String, Object> check(CheckResult c) {
        Map<String, Object> m = new LinkedHashMap<>(c.check().toMap());
        m.put("block", c.block());
        m.put("passed", c.passed());
        m.put("detail", c.detail());
        return m;
    }

    /** JSON has no NaN or infinity: undefined is null, infinite is a string. */
    private static Object num(double v) {
        if (Double.isNaN(v)) {
            return null;
        }
        return Double.isInfinite(v) ? (v > 0 ? "Infinity" : "-Infinity") : v;
    }
}
