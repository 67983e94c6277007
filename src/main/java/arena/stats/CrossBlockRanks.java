package arena.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import arena.run.PlanFile;
import arena.run.TrialResult;
import arena.spec.CompareSpec;
import arena.spec.Metrics;

/**
 * Average ranks, Friedman test and Nemenyi critical difference across blocks. The blocks of one
 * analysis are the combinations of the {@code compare.across} keys; swept keys outside it (and
 * other than compare.by) split the trials into separate analyses.
 */
public final class CrossBlockRanks {
    private CrossBlockRanks() { }

    public static List<RankAnalysis> analyse(List<PlanFile.Row> plan, Map<String, TrialResult> results, CompareSpec compare) {
        List<RankAnalysis> out = new ArrayList<>();
        if (compare.by() == null || compare.across().isEmpty()) {
            return out;
        }
        Map<String, List<PlanFile.Row>> scopes = new LinkedHashMap<>();
        for (PlanFile.Row r : plan) {
            scopes.computeIfAbsent(label(r.factors(), k -> !k.equals(compare.by()) && !compare.across().contains(k)),
                    s -> new ArrayList<>()).add(r);
        }
        for (Map.Entry<String, List<PlanFile.Row>> scope : scopes.entrySet()) {
            List<BlockData> blocks = new ArrayList<>();
            Map<String, List<PlanFile.Row>> byBlock = new LinkedHashMap<>();
            for (PlanFile.Row r : scope.getValue()) {
                byBlock.computeIfAbsent(label(r.factors(), compare.across()::contains), b -> new ArrayList<>()).add(r);
            }
            byBlock.forEach((b, rows) -> blocks.add(new BlockData(b, rows, results)));
            if (blocks.size() < 2) {
                continue;
            }
            List<String> groups = blocks.get(0).groups();
            if (groups.size() < 2) {
                continue;
            }
            for (String metric : compare.metrics()) {
                if (Metrics.direction(metric) != arena.spec.MetricInfo.Direction.NONE) {
                    out.add(one(scope.getKey(), metric, groups, blocks, compare.alpha()));
                }
            }
        }
        return out;
    }

    private static RankAnalysis one(String scope, String metric, List<String> groups, List<BlockData> blocks, double alpha) {
        List<double[]> table = new ArrayList<>();
        List<String> used = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        for (BlockData b : blocks) {
            double[] means = new double[groups.size()];
            boolean complete = true;
            for (int g = 0; g < groups.size(); g++) {
                var v = b.values(groups.get(g), metric);
                complete &= !v.isEmpty();
                means[g] = v.values().stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
            }
            if (complete) {
                table.add(means);
                used.add(b.block);
            } else {
                excluded.add(b.block);
            }
        }
        if (used.size() < 2) {
            return new RankAnalysis(scope, metric, groups, used, excluded, null, Double.NaN, alpha);
        }
        Friedman.Result f = Friedman.test(table.toArray(new double[0][]), Metrics.higherIsBetter(metric));
        return new RankAnalysis(scope, metric, groups, used, excluded, f,
                Nemenyi.criticalDifference(groups.size(), used.size(), alpha), alpha);
    }

    private static String label(Map<String, String> factors, java.util.function.Predicate<String> keep) {
        StringBuilder sb = new StringBuilder();
        factors.forEach((k, v) -> {
            if (keep.test(k)) {
                sb.append(sb.length() == 0 ? "" : ", ").append(k).append('=').append(v);
            }
        });
        return sb.toString();
    }
}
