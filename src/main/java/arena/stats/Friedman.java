package arena.stats;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.FDistribution;

/**
 * Friedman test of k groups over N blocks (Demšar 2006): are the groups' average ranks more
 * different than chance allows? Reports both the chi-square form and the Iman–Davenport F, which
 * Demšar recommends because the chi-square is conservative for few blocks.
 */
public final class Friedman {
    private Friedman() { }

    /**
     * @param blocks N, the number of blocks (rows)
     * @param groups k, the number of groups (columns)
     * @param averageRanks per group, its rank averaged over blocks (1 = best)
     * @param chiSquare the tie-corrected statistic of scipy.stats.friedmanchisquare
     * @param p upper tail of chi-square with k − 1 degrees of freedom
     * @param imanDavenportF (N − 1) χ² / (N (k − 1) − χ²)
     * @param imanDavenportP upper tail of F with k − 1 and (k − 1)(N − 1) degrees of freedom
     */
    public record Result(int blocks, int groups, double[] averageRanks, double chiSquare, double p,
                         double imanDavenportF, double imanDavenportP) {
        public Result {
            averageRanks = averageRanks.clone();
        }

        @Override
        public double[] averageRanks() {
            return averageRanks.clone();
        }
    }

    /**
     * @param scores complete table, scores[block][group]; every row the same length
     * @param higherIsBetter direction of the metric; the statistic does not depend on it, the
     *        average ranks do
     * @return the test; when every block ties all groups the statistic is 0/0 (SciPy returns NaN)
     *         and this reports χ² = 0, p = 1, F = 0, p = 1: identical groups are no evidence of a
     *         difference. When the groups are perfectly consistent (χ² = N (k − 1)) F is
     *         +Infinity and its p is 0.
     * @throws IllegalArgumentException if N &lt; 2, k &lt; 2, the table is ragged or holds NaN
     */
    public static Result test(double[][] scores, boolean higherIsBetter) {
        int n = scores.length;
        if (n < 2) {
            throw new IllegalArgumentException("Friedman needs at least 2 blocks, got " + n);
        }
        int k = scores[0].length;
        if (k < 2) {
            throw new IllegalArgumentException("Friedman needs at least 2 groups, got " + k);
        }
        double[] rankSums = new double[k];
        double ties = 0;
        for (int b = 0; b < n; b++) {
            if (scores[b].length != k) {
                throw new IllegalArgumentException("block " + b + " has " + scores[b].length + " groups, expected " + k);
            }
            double[] ranks = Ranks.rank(scores[b], higherIsBetter);
            for (int g = 0; g < k; g++) {
                rankSums[g] += ranks[g];
            }
            ties += Ties.correction(scores[b]);
        }
        double[] averageRanks = new double[k];
        double sumOfSquares = 0;
        for (int g = 0; g < k; g++) {
            averageRanks[g] = rankSums[g] / n;
            sumOfSquares += rankSums[g] * rankSums[g];
        }
        double tieFactor = 1 - ties / ((double) k * (k * k - 1) * n);
        if (tieFactor <= 0) {
            return new Result(n, k, averageRanks, 0, 1, 0, 1);
        }
        // same arithmetic as scipy.stats.friedmanchisquare, so the numbers agree to the last digits
        double chiSquare = (12.0 / (k * n * (k + 1.0)) * sumOfSquares - 3.0 * n * (k + 1)) / tieFactor;
        double p = 1 - new ChiSquaredDistribution(k - 1).cumulativeProbability(chiSquare);
        double denominator = (double) n * (k - 1) - chiSquare;
        double f;
        double fP;
        if (denominator <= 0) {
            f = Double.POSITIVE_INFINITY;
            fP = 0;
        } else {
            f = (n - 1) * chiSquare / denominator;
            fP = 1 - new FDistribution(k - 1, (double) (k - 1) * (n - 1)).cumulativeProbability(f);
        }
        return new Result(n, k, averageRanks, chiSquare, p, f, fP);
    }
}
