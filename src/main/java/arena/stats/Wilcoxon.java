package arena.stats;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Two-sided Wilcoxon signed-rank test on paired differences, reproducing
 * {@code scipy.stats.wilcoxon(d)} with its defaults (zero_method='wilcox', correction=False,
 * method='auto'). Zero differences are dropped. The p-value then comes from:
 * <ul>
 *   <li>the exact null distribution of W+ when no ties and no zeros occur and there are at most 50
 *       differences;</li>
 *   <li>otherwise, with at most 13 differences (zeros included), the exact sign-flip distribution
 *       over the tied ranks — SciPy's 'auto' runs an exhaustive permutation test here, and the
 *       normal approximation would be too optimistic with this few pairs;</li>
 *   <li>otherwise the normal approximation with tie-corrected variance and no continuity
 *       correction.</li>
 * </ul>
 */
public final class Wilcoxon {
    /** SciPy's 'auto' uses the normal approximation above this many differences. */
    static final int EXACT_LIMIT = 50;
    /** SciPy's 'auto' enumerates all 2^n sign flips when ties or zeros occur up to this many. */
    static final int PERMUTATION_LIMIT = 13;

    private Wilcoxon() { }

    /**
     * @param n number of non-zero differences, i.e. the pairs that carry evidence
     * @param statistic min(W+, W−), the SciPy two-sided statistic
     * @param p two-sided p-value; 1 when n = 0
     * @param exact whether p comes from an exact null distribution rather than the normal
     *        approximation
     */
    public record Result(int n, double statistic, double p, boolean exact) { }

    /**
     * @param differences paired differences x − y; zeros are dropped
     * @return the test; with no non-zero difference: n = 0, statistic 0, p = 1 (no evidence; SciPy
     *         gives NaN for more than 13 zeros)
     * @throws IllegalArgumentException if a difference is NaN
     */
    public static Result test(double[] differences) {
        int nonZero = 0;
        for (double d : differences) {
            if (Double.isNaN(d)) {
                throw new IllegalArgumentException("NaN difference");
            }
            if (d != 0) {
                nonZero++;
            }
        }
        if (nonZero == 0) {
            return new Result(0, 0, 1, false);
        }
        double[] d = new double[nonZero];
        double[] magnitude = new double[nonZero];
        int i = 0;
        for (double v : differences) {
            if (v != 0) {
                d[i] = v;
                magnitude[i] = Math.abs(v);
                i++;
            }
        }
        double[] ranks = Ranks.rank(magnitude, false);
        double wPlus = 0;
        double wMinus = 0;
        for (int j = 0; j < nonZero; j++) {
            if (d[j] > 0) {
                wPlus += ranks[j];
            } else {
                wMinus += ranks[j];
            }
        }
        double statistic = Math.min(wPlus, wMinus);
        double tieTerm = Ties.correction(magnitude);
        boolean clean = tieTerm == 0 && nonZero == differences.length;
        int size = differences.length;
        if ((clean && size <= EXACT_LIMIT) || size <= PERMUTATION_LIMIT) {
            SignedRankDistribution dist = new SignedRankDistribution(ranks);
            double p = Math.min(1, 2 * Math.min(dist.cdf(wPlus), dist.survival(wPlus)));
            return new Result(nonZero, statistic, p, true);
        }
        double n = nonZero;
        double mean = n * (n + 1) / 4;
        double sd = Math.sqrt((n * (n + 1) * (2 * n + 1) - tieTerm / 2) / 24);
        double z = (wPlus - mean) / sd;
        double p = Math.min(1, 2 * new NormalDistribution(null, 0, 1).cumulativeProbability(-Math.abs(z)));
        return new Result(nonZero, statistic, p, false);
    }

    /**
     * The smallest two-sided exact p-value n non-zero pairs can produce, 2 / 2^n (all differences of
     * one sign), capped at 1; e.g. 0.0625 for n = 5, so five seeds can never reach α = 0.05.
     */
    public static double smallestPossibleP(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, got " + n);
        }
        return Math.min(1, 2 / Math.pow(2, n));
    }
}
