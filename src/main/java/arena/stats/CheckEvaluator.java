package arena.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import arena.run.PlanFile;
import arena.run.TrialResult;
import arena.spec.CheckSpec;
import arena.spec.CompareSpec;
import arena.spec.Metrics;

/**
 * Evaluates the checks of an experiment in every block. A threshold bounds the group's mean over
 * seeds; a group without results fails it. A significance check uses the paired t-test of the
 * summary table's family (Holm over the rows of one column): against the baseline when {@code than}
 * is the baseline, otherwise over all pairs of the block.
 */
public final class CheckEvaluator {
    private CheckEvaluator() { }

    public static List<CheckResult> evaluate(List<CheckSpec> checks, List<PlanFile.Row> plan, Map<String, TrialResult> results,
                                             CompareSpec compare) {
        List<CheckResult> out = new ArrayList<>();
        List<BlockData> blocks = BlockData.split(plan, results);
        for (CheckSpec c : checks) {
            for (BlockData b : blocks) {
                if (c.block() != null && !c.block().equals(b.block)) {
                    continue;
                }
                out.add(c instanceof CheckSpec.Threshold t ? threshold(t, b) : significance((CheckSpec.Significance) c, b, compare));
            }
        }
        return out;
    }

    private static CheckResult threshold(CheckSpec.Threshold t, BlockData b) {
        List<String> groups = t.group() == null ? b.groups() : List.of(t.group());
        List<String> failures = new ArrayList<>();
        List<String> figures = new ArrayList<>();
        for (String g : groups) {
            var values = b.values(g, t.metric());
            if (values.isEmpty()) {
                failures.add(g + ": no results");
                continue;
            }
            double mean = values.values().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            String fig = String.format(Locale.ROOT, "%s mean %.4g (n=%d)", g, mean, values.size());
            figures.add(fig);
            if (t.atLeast() != null && mean < t.atLeast() || t.atMost() != null && mean > t.atMost()) {
                failures.add(fig);
            }
        }
        boolean passed = failures.isEmpty();
        return new CheckResult(t, b.block, passed, passed ? String.join("; ", figures) : "failed: " + String.join("; ", failures));
    }

    private static CheckResult significance(CheckSpec.Significance s, BlockData b, CompareSpec compare) {
        if (!b.groups().contains(s.better()) || !b.groups().contains(s.than())) {
            return new CheckResult(s, b.block, false, "failed: the block has no trials of " + s.better() + " or " + s.than());
        }
        boolean againstBaseline = s.than().equals(compare.baseline());
        List<String[]> pairs = HeadToHead.pairs(b.groups(), againstBaseline ? compare.baseline() : null);
        List<Comparison> family = HeadToHead.family(b, s.metric(), pairs, s.alpha());
        Comparison c = family.stream().filter(x -> x.group().equals(s.better()) && x.against().equals(s.than())
                || x.group().equals(s.than()) && x.against().equals(s.better())).findFirst().orElseThrow();
        boolean flipped = c.group().equals(s.than());
        double diff = flipped ? -c.test().meanDiff() : c.test().meanDiff();
        boolean higher = Metrics.higherIsBetter(s.metric());
        boolean passed = c.test().n() >= 2 && c.pHolm() < s.alpha() && (higher ? diff > 0 : diff < 0);
        String detail = String.format(Locale.ROOT, "mean difference %+.4g over %d paired seeds, %s (paired t, Holm over %d comparisons)",
                diff, c.test().n(), PValues.phrase(c.pHolm()), family.size());
        return new CheckResult(s, b.block, passed, passed ? detail : "failed: " + detail);
    }
}
