package arena.stats;

import java.util.List;
import java.util.Map;

import arena.run.PlanFile;
import arena.run.TrialResult;
import arena.spec.CheckSpec;
import arena.spec.CompareSpec;

/** Every statistic the reports show: the head-to-head tables, the cross-block ranks, the checks. */
public record Analysis(List<ComparisonTable> tables, List<RankAnalysis> ranks, List<CheckResult> checks) {

    public static Analysis of(List<PlanFile.Row> plan, Map<String, TrialResult> results, CompareSpec compare, List<CheckSpec> checks) {
        return new Analysis(HeadToHead.tables(plan, results, compare), CrossBlockRanks.analyse(plan, results, compare),
                CheckEvaluator.evaluate(checks, plan, results, compare));
    }

    public boolean checksPassed() {
        return checks.stream().allMatch(CheckResult::passed);
    }
}
