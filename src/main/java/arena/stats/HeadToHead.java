package arena.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import arena.run.PlanFile;
import arena.spec.CompareSpec;
import arena.spec.Metrics;

/**
 * Builds one head-to-head table per block: descriptive statistics per group, and paired tests by
 * seed against the baseline (or between all pairs without one). The paired t-test drives the
 * markers; Wilcoxon's signed-rank test is reported beside it. Holm's correction runs over the
 * comparisons of one column (one metric) of one table.
 */
public final class HeadToHead {
    private HeadToHead() { }

    public static List<ComparisonTable> tables(List<PlanFile.Row> plan, Map<String, arena.run.TrialResult> results, CompareSpec compare) {
        List<ComparisonTable> out = new ArrayList<>();
        for (BlockData b : BlockData.split(plan, results)) {
            out.add(table(b, compare));
        }
        return out;
    }

    static ComparisonTable table(BlockData b, CompareSpec compare) {
        List<GroupRow> rows = new ArrayList<>();
        for (String g : b.groups()) {
            rows.add(row(b, g, compare.metrics()));
        }
        String baseline = compare.baseline() != null && b.groups().contains(compare.baseline()) ? compare.baseline() : null;
        List<Comparison> comparisons = new ArrayList<>();
        for (String m : compare.metrics()) {
            comparisons.addAll(family(b, m, pairs(b.groups(), baseline), compare.alpha()));
        }
        return new ComparisonTable(b.block, compare.metrics(), rows, best(rows, compare.metrics()), comparisons, baseline == null);
    }

    /** (group, against) pairs: every group against the baseline, or every unordered pair. */
    static List<String[]> pairs(List<String> groups, String baseline) {
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            if (baseline != null) {
                if (!groups.get(i).equals(baseline)) {
                    out.add(new String[] {groups.get(i), baseline});
                }
                continue;
            }
            for (int j = i + 1; j < groups.size(); j++) {
                out.add(new String[] {groups.get(i), groups.get(j)});
            }
        }
        return out;
    }

    /** The paired tests of one metric over the given pairs, Holm-adjusted as one family. */
    static List<Comparison> family(BlockData b, String metric, List<String[]> pairs, double alpha) {
        List<PairedTest> tests = new ArrayList<>();
        for (String[] p : pairs) {
            tests.add(paired(b.values(p[0], metric), b.values(p[1], metric)));
        }
        double[] pt = tests.stream().mapToDouble(t -> t.n() < 2 ? Double.NaN : t.pT()).toArray();
        double[] pw = tests.stream().mapToDouble(t -> t.n() < 2 ? Double.NaN : t.wilcoxon().p()).toArray();
        double[] holmT = Holm.adjust(pt);
        double[] holmW = Holm.adjust(pw);
        var direction = Metrics.direction(metric);
        List<Comparison> out = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            out.add(new Comparison(metric, pairs.get(i)[0], pairs.get(i)[1], tests.get(i), holmT[i], holmW[i],
                    Marker.of(tests.get(i), holmT[i], alpha, direction)));
        }
        return out;
    }

    /** Pairs the seeds both groups have a value for. */
    private static PairedTest paired(SortedMap<Long, Double> x, SortedMap<Long, Double> y) {
        List<Double> a = new ArrayList<>();
        List<Double> c = new ArrayList<>();
        x.forEach((seed, v) -> {
            if (y.containsKey(seed)) {
                a.add(v);
                c.add(y.get(seed));
            }
        });
        return PairedTests.compare(a.stream().mapToDouble(Double::doubleValue).toArray(),
                c.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static GroupRow row(BlockData b, String group, List<String> metrics) {
        int diverged = 0, failed = 0, pending = 0;
        for (PlanFile.Row r : b.byGroup.get(group)) {
            var t = b.result(r.id());
            if (t == null) {
                if ("failed".equals(r.status())) {
                    failed++;
                } else {
                    pending++;
                }
            } else if (t.diverged()) {
                diverged++;
            }
        }
        Map<String, Summary> summaries = new LinkedHashMap<>();
        for (String m : metrics) {
            double[] v = b.values(group, m).values().stream().mapToDouble(Double::doubleValue).toArray();
            if (v.length > 0) {
                summaries.put(m, Summary.of(v));
            }
        }
        return new GroupRow(group, b.byGroup.get(group).size(), diverged, failed, pending, summaries);
    }

    private static Map<String, String> best(List<GroupRow> rows, List<String> metrics) {
        Map<String, String> best = new LinkedHashMap<>();
        for (String m : metrics) {
            if (Metrics.direction(m) == arena.spec.MetricInfo.Direction.NONE) {
                continue;                       // no "best" for a gradient norm or an activation mean
            }
            boolean higher = Metrics.higherIsBetter(m);
            GroupRow winner = null;
            for (GroupRow r : rows) {
                Summary s = r.metrics().get(m);
                Summary w = winner == null ? null : winner.metrics().get(m);
                if (s != null && (w == null || (higher ? s.mean() > w.mean() : s.mean() < w.mean()))) {
                    winner = r;
                }
            }
            if (winner != null && rows.size() > 1) {
                best.put(m, winner.group());
            }
        }
        return best;
    }
}
