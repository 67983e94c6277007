package arena.stats;

import java.util.Arrays;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Descriptive statistics of one metric over the seeds of a group: n, mean, sample standard
 * deviation (n - 1), median, min, max, and the 95% confidence interval of the mean (Student t,
 * n - 1 degrees of freedom; undefined for n = 1).
 */
public record Summary(int n, double mean, double sd, double median, double min, double max, double ciLow, double ciHigh) {

    public static Summary of(double[] values) {
        int n = values.length;
        if (n == 0) {
            return new Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(values).sum() / n;
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        double sd = n > 1 ? Math.sqrt(ss / (n - 1)) : Double.NaN;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        double lo = Double.NaN;
        double hi = Double.NaN;
        if (n > 1) {
            double half = new TDistribution(null, n - 1, 1e-14).inverseCumulativeProbability(0.975) * sd / Math.sqrt(n);
            lo = mean - half;
            hi = mean + half;
        }
        return new Summary(n, mean, sd, median, sorted[0], sorted[n - 1], lo, hi);
    }
}
