package arena.stats;

/**
 * The exact null distribution of the Wilcoxon W+ statistic given the ranks of the non-zero
 * differences: under H0 each rank joins W+ with probability 1/2 independently, so P(W+ = s) is the
 * number of subsets of the ranks summing to s, divided by 2^n. With untied ranks 1..n this is the
 * classical table; with tied (average) ranks it is the exhaustive sign-flip permutation
 * distribution SciPy uses for small samples.
 *
 * <p>Average ranks are multiples of 1/2, so the counts are indexed by twice the sum.
 */
final class SignedRankDistribution {
    /** Beyond this, subset counts (up to 2^n) would overflow a long. */
    static final int MAX_N = 62;

    private final long[] counts;
    private final double total;

    SignedRankDistribution(double[] ranks) {
        if (ranks.length > MAX_N) {
            throw new IllegalArgumentException("at most " + MAX_N + " ranks, got " + ranks.length);
        }
        int[] doubled = new int[ranks.length];
        int maxSum = 0;
        for (int i = 0; i < ranks.length; i++) {
            doubled[i] = halves(ranks[i]);
            maxSum += doubled[i];
        }
        counts = new long[maxSum + 1];
        counts[0] = 1;
        int reached = 0;
        for (int r : doubled) {
            reached += r;
            // descending so each rank is used at most once (0/1 knapsack)
            for (int s = reached; s >= r; s--) {
                counts[s] += counts[s - r];
            }
        }
        total = Math.pow(2, ranks.length);
    }

    /** P(W+ ≤ w). */
    double cdf(double w) {
        int limit = Math.min((int) Math.floor(2 * w), counts.length - 1);
        long sum = 0;
        for (int s = 0; s <= limit; s++) {
            sum += counts[s];
        }
        return sum / total;
    }

    /** P(W+ ≥ w). */
    double survival(double w) {
        long sum = 0;
        for (int s = Math.max((int) Math.ceil(2 * w), 0); s < counts.length; s++) {
            sum += counts[s];
        }
        return sum / total;
    }

    private static int halves(double rank) {
        double twice = 2 * rank;
        if (twice != Math.rint(twice) || twice < 2) {
            throw new IllegalArgumentException("not a rank: " + rank);
        }
        return (int) twice;
    }
}
