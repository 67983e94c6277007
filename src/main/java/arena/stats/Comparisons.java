package arena.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import arena.run.PlanFile;
import arena.run.TrialResult;
import arena.spec.Metrics;

/**
 * Builds one comparison table per block from the plan and the stored results. Diverged trials
 * have no final metrics: they count in their row's "diverged" column, not in the means.
 */
public final class Comparisons {
    private Comparisons() { }

    public static List<ComparisonTable> build(List<PlanFile.Row> plan, Map<String, TrialResult> results, List<String> metrics) {
        Set<String> blocks = new LinkedHashSet<>();
        plan.forEach(r -> blocks.add(r.block()));
        List<ComparisonTable> out = new ArrayList<>();
        for (String block : blocks) {
            out.add(table(block, plan.stream().filter(r -> r.block().equals(block)).toList(), results, metrics));
        }
        return out;
    }

    private static ComparisonTable table(String block, List<PlanFile.Row> plan, Map<String, TrialResult> results, List<String> metrics) {
        Map<String, List<PlanFile.Row>> byGroup = new LinkedHashMap<>();
        plan.forEach(r -> byGroup.computeIfAbsent(r.group(), g -> new ArrayList<>()).add(r));
        List<GroupRow> rows = new ArrayList<>();
        for (Map.Entry<String, List<PlanFile.Row>> e : byGroup.entrySet()) {
            int diverged = 0, failed = 0, pending = 0;
            Map<String, List<Double>> values = new LinkedHashMap<>();
            for (PlanFile.Row r : e.getValue()) {
                TrialResult t = results.get(r.id());
                if (t == null) {
                    if ("failed".equals(r.status())) {
                        failed++;
                    } else {
                        pending++;
                    }
                    continue;
                }
                if (t.diverged()) {
                    diverged++;
                    continue;
                }
                for (String m : metrics) {
                    Double v = t.metric(m);
                    if (v != null) {
                        values.computeIfAbsent(m, k -> new ArrayList<>()).add(v);
                    }
                }
            }
            Map<String, Summary> summaries = new LinkedHashMap<>();
            values.forEach((m, list) -> summaries.put(m, Summary.of(list.stream().mapToDouble(Double::doubleValue).toArray())));
            rows.add(new GroupRow(e.getKey(), e.getValue().size(), diverged, failed, pending, summaries));
        }
        Map<String, String> best = new LinkedHashMap<>();
        for (String m : metrics) {
            boolean higher = Metrics.higherIsBetter(m);
            GroupRow winner = null;
            for (GroupRow r : rows) {
                Summary s = r.metrics().get(m);
                if (s == null) {
                    continue;
                }
                Summary w = winner == null ? null : winner.metrics().get(m);
                if (w == null || (higher ? s.mean() > w.mean() : s.mean() < w.mean())) {
                    winner = r;
                }
            }
            if (winner != null && rows.size() > 1) {
                best.put(m, winner.group());
            }
        }
        return new ComparisonTable(block, metrics, rows, best);
    }
}
