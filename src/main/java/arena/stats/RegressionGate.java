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
 * The regression gate: compares a NEW results folder with an OLD one (the baseline) of the same
 * experiment, block by block, group by group, metric by metric.
 *
 * <p>Trials are paired by block, group and seed, not by id: an id hashes the resolved configuration,
 * so a new default or version changes every id while the same seed still fixes the same split,
 * shuffling and initial weights. All paired t p-values of one gate run form one Holm family, since
 * the gate fails when any of them is significant.
 */
public final class RegressionGate {
    private RegressionGate() { }

    /**
     * One results folder as the gate sees it.
     *
     * @param folder     the folder as the user named it
     * @param experiment the experiment's name from its manifest
     * @param status     per trial id: done, diverged, failed or pending (what the files on disk show)
     */
    public record Side(String folder, String experiment, List<PlanFile.Row> plan, Map<String, TrialResult> results,
                       Map<String, String> status) { }

    private record Key(String block, String group, long seed) { }

    /**
     * @throws IllegalArgumentException when the experiments differ in name, the folders share no block and group, or a compared
     *                                  metric has no value in either folder
     */
    public static RegressionResult compare(Side newer, Side older, GateSettings settings) {
        if (!newer.experiment().equals(older.experiment())) {
            throw new IllegalArgumentException("the folders hold different experiments: NEW " + newer.folder() + " is '" + newer.experiment()
                    + "', OLD " + older.folder() + " is '" + older.experiment() + "'; the gate compares two runs of the same experiment");
        }
        Map<Key, PlanFile.Row> oldByKey = new LinkedHashMap<>();
        older.plan().forEach(r -> oldByKey.putIfAbsent(new Key(r.block(), r.group(), r.seed()), r));
        Set<RegressionResult.GroupKey> newGroups = groups(newer.plan());
        Set<RegressionResult.GroupKey> oldGroups = groups(older.plan());
        List<RegressionResult.GroupKey> common = newGroups.stream().filter(oldGroups::contains).toList();
        if (common.isEmpty()) {
            throw new IllegalArgumentException("NEW and OLD have no block and group in common; nothing to compare");
        }
        for (String m : settings.metrics()) {
            if (!hasValue(newer, m) && !hasValue(older, m)) {
                throw new IllegalArgumentException("metric " + m + " has no value in NEW or OLD (is it measured for this task?)");
            }
        }

        List<Draft> drafts = new ArrayList<>();
        List<RegressionResult.UnpairedSeed> unpaired = new ArrayList<>();
        for (RegressionResult.GroupKey g : common) {
            List<PlanFile.Row> rows = newer.plan().stream().filter(r -> r.block().equals(g.block()) && r.group().equals(g.group())).toList();
            unpaired.addAll(unpaired(g, newer, older));
            List<RegressionComparison.LostTrial> lost = lost(rows, newer, older, oldByKey);
            for (String metric : settings.metrics()) {
                drafts.add(draft(g, metric, rows, newer, older, oldByKey, lost));
            }
        }
        double[] p = drafts.stream().mapToDouble(d -> d.test.pT()).toArray();
        double[] holm = Holm.adjust(p);
        List<RegressionComparison> out = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            out.add(decide(drafts.get(i), holm[i], settings));
        }
        return new RegressionResult(newer.experiment(), newer.folder(), older.folder(), settings, out,
                newGroups.stream().filter(g -> !oldGroups.contains(g)).toList(),
                oldGroups.stream().filter(g -> !newGroups.contains(g)).toList(), unpaired);
    }

    /** A comparison before the Holm adjustment, which needs every p-value of the run. */
    private record Draft(RegressionResult.GroupKey group, String metric, List<RegressionComparison.SeedPair> pairs,
                         PairedTest test, List<RegressionComparison.LostTrial> lost) { }

    private static Draft draft(RegressionResult.GroupKey g, String metric, List<PlanFile.Row> rows, Side newer, Side older,
                               Map<Key, PlanFile.Row> oldByKey, List<RegressionComparison.LostTrial> lost) {
        List<RegressionComparison.SeedPair> pairs = new ArrayList<>();
        for (PlanFile.Row r : rows) {
            PlanFile.Row o = oldByKey.get(new Key(r.block(), r.group(), r.seed()));
            Double nv = value(newer, r, metric);
            Double ov = o == null ? null : value(older, o, metric);
            if (nv != null && ov != null) {
                pairs.add(new RegressionComparison.SeedPair(r.seed(), o.id(), r.id(), ov, nv));
            }
        }
        double[] x = pairs.stream().mapToDouble(RegressionComparison.SeedPair::newValue).toArray();
        double[] y = pairs.stream().mapToDouble(RegressionComparison.SeedPair::oldValue).toArray();
        return new Draft(g, metric, pairs, PairedTests.compare(x, y), lost);
    }

    private static RegressionComparison decide(Draft d, double pHolm, GateSettings settings) {
        boolean higherIsBetter = Metrics.higherIsBetter(d.metric);
        double oldMean = d.pairs.stream().mapToDouble(RegressionComparison.SeedPair::oldValue).average().orElse(Double.NaN);
        double newMean = d.pairs.stream().mapToDouble(RegressionComparison.SeedPair::newValue).average().orElse(Double.NaN);
        // the mean of the paired differences, so that change, CI and t agree to the last digit
        double change = d.test.meanDiff();
        double relative = oldMean == 0 || Double.isNaN(oldMean) ? Double.NaN : change / Math.abs(oldMean);
        boolean worse = RegressionComparison.worse(change, higherIsBetter);
        boolean significant = !Double.isNaN(pHolm) && pHolm < settings.alpha() && change != 0;
        Tolerance tolerance = settings.tolerances().forMetric(d.metric);
        double limit = tolerance == null || d.pairs.isEmpty() ? Double.NaN : tolerance.limit(oldMean);
        boolean beyond = worse && tolerance != null && tolerance.exceededBy(Math.abs(change), oldMean);
        RegressionVerdict verdict;
        if (!d.lost.isEmpty() || (worse && (significant || beyond))) {
            verdict = RegressionVerdict.REGRESSION;
        } else if (d.pairs.size() < 2) {
            verdict = RegressionVerdict.NOT_TESTED;
        } else if (significant && !worse) {
            verdict = RegressionVerdict.IMPROVEMENT;
        } else {
            verdict = RegressionVerdict.NO_CHANGE;
        }
        return new RegressionComparison(d.group.block(), d.group.group(), d.metric, higherIsBetter, d.pairs, oldMean, newMean,
                change, relative, d.test, pHolm, significant, tolerance, limit, beyond, d.lost, verdict);
    }

    /** NEW trials of one group that have no result where OLD's trial of the same seed finished. */
    private static List<RegressionComparison.LostTrial> lost(List<PlanFile.Row> rows, Side newer, Side older, Map<Key, PlanFile.Row> oldByKey) {
        List<RegressionComparison.LostTrial> out = new ArrayList<>();
        for (PlanFile.Row r : rows) {
            PlanFile.Row o = oldByKey.get(new Key(r.block(), r.group(), r.seed()));
            String newStatus = newer.status().getOrDefault(r.id(), "pending");
            if (o != null && TrialResult.DONE.equals(older.status().get(o.id())) && !TrialResult.DONE.equals(newStatus)) {
                out.add(new RegressionComparison.LostTrial(r.seed(), r.id(), newStatus));
            }
        }
        return out;
    }

    /** Seeds of one group that are not done in both folders, by seed. */
    private static List<RegressionResult.UnpairedSeed> unpaired(RegressionResult.GroupKey g, Side newer, Side older) {
        Map<Long, String> oldStatus = statusBySeed(g, older);
        Map<Long, String> newStatus = statusBySeed(g, newer);
        java.util.SortedSet<Long> seeds = new java.util.TreeSet<>(oldStatus.keySet());
        seeds.addAll(newStatus.keySet());
        List<RegressionResult.UnpairedSeed> out = new ArrayList<>();
        for (long seed : seeds) {
            String o = oldStatus.getOrDefault(seed, "absent");
            String n = newStatus.getOrDefault(seed, "absent");
            if (!o.equals(TrialResult.DONE) || !n.equals(TrialResult.DONE)) {
                out.add(new RegressionResult.UnpairedSeed(g.block(), g.group(), seed, o, n));
            }
        }
        return out;
    }

    private static Map<Long, String> statusBySeed(RegressionResult.GroupKey g, Side s) {
        Map<Long, String> out = new LinkedHashMap<>();
        s.plan().stream().filter(r -> r.block().equals(g.block()) && r.group().equals(g.group()))
                .forEach(r -> out.putIfAbsent(r.seed(), s.status().getOrDefault(r.id(), "pending")));
        return out;
    }

    private static Double value(Side s, PlanFile.Row r, String metric) {
        TrialResult t = s.results().get(r.id());
        if (t == null || t.diverged()) {
            return null;
        }
        Double v = t.metric(metric);
        return v == null || v.isNaN() || v.isInfinite() ? null : v;
    }

    private static boolean hasValue(Side s, String metric) {
        return s.plan().stream().anyMatch(r -> value(s, r, metric) != null);
    }

    private static Set<RegressionResult.GroupKey> groups(List<PlanFile.Row> plan) {
        Set<RegressionResult.GroupKey> out = new LinkedHashSet<>();
        plan.forEach(r -> out.add(new RegressionResult.GroupKey(r.block(), r.group())));
        return out;
    }
}
