package arena.stats;

import org.apache.commons.math3.distribution.TDistribution;

/** Paired comparisons: Student t, its confidence interval and effect size, and Wilcoxon. */
public final class PairedTests {
    private PairedTests() { }

    /**
     * Compares x with y pair by pair (x[i] with y[i]) on d = x − y.
     *
     * <p>Degenerate cases, chosen so that a report never shows a spurious "significant":
     * <ul>
     *   <li>n &lt; 2: t, pT, the CI and dz are NaN (no test is possible); meanDiff is d[0] for n = 1,
     *       NaN for n = 0. Wilcoxon still runs (n = 1 gives p = 1, n = 0 gives p = 1).</li>
     *   <li>all differences equal to 0: t NaN, pT = 1, dz NaN, CI [0, 0] — the samples are
     *       identical, there is nothing to detect.</li>
     *   <li>all differences equal to the same non-zero c: t = ±Infinity, pT = 0, dz = ±Infinity,
     *       CI [c, c], as SciPy gives p = 0 for an infinite t.</li>
     * </ul>
     * "All equal" is tested exactly on the differences, not on a computed sd, because rounding in
     * the mean can leave a sd of 1e-17 and turn a constant shift into a huge finite t.
     *
     * @throws IllegalArgumentException if the lengths differ or a value is NaN
     */
    public static PairedTest compare(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("paired samples differ in length: " + x.length + " vs " + y.length);
        }
        int n = x.length;
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(x[i]) || Double.isNaN(y[i])) {
                throw new IllegalArgumentException("NaN in pair " + i);
            }
            d[i] = x[i] - y[i];
        }
        Wilcoxon.Result wilcoxon = Wilcoxon.test(d);
        double nan = Double.NaN;
        if (n == 0) {
            return new PairedTest(0, nan, nan, nan, nan, nan, nan, nan, wilcoxon);
        }
        if (n == 1) {
            return new PairedTest(1, d[0], nan, nan, nan, nan, nan, nan, wilcoxon);
        }
        if (allEqual(d)) {
            double c = d[0];
            if (c == 0) {
                return new PairedTest(n, 0, 0, 0, 0, nan, 1, nan, wilcoxon);
            }
            double inf = Math.copySign(Double.POSITIVE_INFINITY, c);
            return new PairedTest(n, c, 0, c, c, inf, 0, inf, wilcoxon);
        }
        double mean = 0;
        for (double v : d) {
            mean += v;
        }
        mean /= n;
        double ss = 0;
        for (double v : d) {
            ss += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(ss / (n - 1));
        double se = sd / Math.sqrt(n);
        // Commons Math inverts the t cdf only to 1e-9 by default; ask for near machine precision
        TDistribution student = new TDistribution(null, n - 1, 1e-14);
        double t = mean / se;
        // the lower tail of a negative t is computed directly, so tiny p-values keep their digits
        double pT = Math.min(1, 2 * student.cumulativeProbability(-Math.abs(t)));
        double half = student.inverseCumulativeProbability(0.975) * se;
        return new PairedTest(n, mean, sd, mean - half, mean + half, t, pT, mean / sd, wilcoxon);
    }

    private static boolean allEqual(double[] d) {
        for (double v : d) {
            if (v != d[0]) {
                return false;
            }
        }
        return true;
    }
}
