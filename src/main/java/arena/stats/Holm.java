package arena.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Holm–Bonferroni step-down adjustment: controls the family-wise error rate like Bonferroni but
 * rejects at least as much, so it is the default when one report tests many pairs.
 */
public final class Holm {
    private Holm() { }

    /**
     * Adjusted p-values: with p sorted ascending, adj_(i) = max over j ≤ i of min(1, (m − j + 1) p_(j)).
     * NaN entries (tests that could not run) stay NaN and do not count toward m, so an untestable
     * pair does not make the others harder to reject.
     *
     * @return adjusted p-values in the order of {@code p}
     * @throws IllegalArgumentException if a non-NaN entry lies outside [0, 1]
     */
    public static double[] adjust(double[] p) {
        double[] adjusted = new double[p.length];
        Arrays.fill(adjusted, Double.NaN);
        Integer[] order = IntStream.range(0, p.length)
                .filter(i -> !Double.isNaN(p[i]))
                .boxed()
                .toArray(Integer[]::new);
        for (int i : order) {
            if (p[i] < 0 || p[i] > 1) {
                throw new IllegalArgumentException("p-value out of [0, 1] at index " + i + ": " + p[i]);
            }
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        int m = order.length;
        double runningMax = 0;
        for (int j = 0; j < m; j++) {
            runningMax = Math.max(runningMax, Math.min(1, (m - j) * p[order[j]]));
            adjusted[order[j]] = runningMax;
        }
        return adjusted;
    }
}
