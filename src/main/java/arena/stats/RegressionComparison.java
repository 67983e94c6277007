package arena.stats;

import java.util.List;

/**
 * NEW against OLD for one block, group and metric, over the seeds both have a value for.
 *
 * @param higherIsBetter   the metric's direction
 * @param pairs            per seed, OLD's and NEW's value
 * @param oldMean          mean of OLD over the paired seeds (NaN without pairs)
 * @param newMean          mean of NEW over the paired seeds
 * @param change           newMean − oldMean (= the mean paired difference)
 * @param relativeChange   change / |oldMean| (NaN when oldMean is 0 or undefined)
 * @param test             paired t-test (and Wilcoxon) of NEW against OLD
 * @param pHolm            the test's p, Holm-adjusted over every comparison of the gate run; NaN untested
 * @param significant      pHolm &lt; alpha with a non-zero change
 * @param tolerance        the tolerance that applies, or null
 * @param toleranceLimit   the tolerance in the metric's units (NaN without tolerance or pairs)
 * @param beyondTolerance  worse by more than the tolerance
 * @param lost             NEW trials that diverged, failed or did not run where OLD's trial of the same seed finished
 */
public record RegressionComparison(String block, String group, String metric, boolean higherIsBetter, List<SeedPair> pairs,
                                   double oldMean, double newMean, double change, double relativeChange, PairedTest test,
                                   double pHolm, boolean significant, Tolerance tolerance, double toleranceLimit,
                                   boolean beyondTolerance, List<LostTrial> lost, RegressionVerdict verdict) {

    public RegressionComparison {
        pairs = List.copyOf(pairs);
        lost = List.copyOf(lost);
    }

    /** One seed's values in both folders. */
    public record SeedPair(long seed, String oldId, String newId, double oldValue, double newValue) { }

    /** A NEW trial without a result where the OLD trial of the same seed has one. */
    public record LostTrial(long seed, String newId, String newStatus) { }

    public int n() {
        return pairs.size();
    }

    /** True when the change goes the metric's wrong way. */
    public boolean worse() {
        return worse(change, higherIsBetter);
    }

    static boolean worse(double change, boolean higherIsBetter) {
        return change != 0 && !Double.isNaN(change) && (change > 0) != higherIsBetter;
    }

    public boolean regression() {
        return verdict == RegressionVerdict.REGRESSION;
    }
}
