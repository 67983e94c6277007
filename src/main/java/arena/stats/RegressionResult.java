package arena.stats;

import java.util.List;

/**
 * Everything one run of the regression gate found.
 *
 * @param experiment  the experiment's name (the same in both folders)
 * @param newFolder   the folder under test, as the user named it
 * @param oldFolder   the baseline folder, as the user named it
 * @param comparisons one per block, group (present in both) and metric, in NEW's plan order
 * @param newOnly     blocks and groups of NEW that OLD lacks: reported, not compared
 * @param oldOnly     blocks and groups of OLD that NEW lacks: reported, not compared
 * @param unpaired    seeds of compared groups left out of every pair, with why: so that nothing is dropped silently
 */
public record RegressionResult(String experiment, String newFolder, String oldFolder, GateSettings settings,
                               List<RegressionComparison> comparisons, List<GroupKey> newOnly, List<GroupKey> oldOnly,
                               List<UnpairedSeed> unpaired) {

    public RegressionResult {
        comparisons = List.copyOf(comparisons);
        newOnly = List.copyOf(newOnly);
        oldOnly = List.copyOf(oldOnly);
        unpaired = List.copyOf(unpaired);
    }

    /** A group within a block; the block is "" when nothing but the compared factor is swept. */
    public record GroupKey(String block, String group) { }

    /**
     * A seed of a compared group without a result in one folder or both.
     *
     * @param oldStatus done, diverged, failed or pending; "absent" when the folder did not plan that seed
     */
    public record UnpairedSeed(String block, String group, long seed, String oldStatus, String newStatus) { }

    public List<RegressionComparison> regressions() {
        return comparisons.stream().filter(RegressionComparison::regression).toList();
    }

    public boolean passed() {
        return regressions().isEmpty();
    }

    /** Comparisons with at least 2 pairs: the family Holm adjusts over. */
    public long tested() {
        return comparisons.stream().filter(c -> !Double.isNaN(c.pHolm())).count();
    }
}
