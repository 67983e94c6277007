package arena.stats;

/**
 * Nemenyi post-hoc test after a Friedman test (Demšar 2006): two groups differ when their average
 * ranks differ by at least the critical difference CD = q_α √(k (k + 1) / (6 N)).
 */
public final class Nemenyi {
    private Nemenyi() { }

    /**
     * q_α for k groups: the (1 − α) quantile of the studentized range with infinite degrees of
     * freedom, divided by √2 (Demšar 2006, Table 5). Computed, not tabulated, so any k ≥ 2 and any
     * α in (0, 1) works (relative accuracy about 1e-10); takes some 10–20 ms, so callers looping over
     * many comparisons should compute it once.
     *
     * @throws IllegalArgumentException if k &lt; 2 or α is outside (0, 1)
     */
    public static double q(int k, double alpha) {
        return new StudentizedRange(k).upperQuantile(alpha) / Math.sqrt(2);
    }

    /**
     * The critical difference of average ranks for k groups over N blocks at level α.
     *
     * @throws IllegalArgumentException if k &lt; 2, blocks &lt; 1 or α is outside (0, 1)
     */
    public static double criticalDifference(int k, int blocks, double alpha) {
        if (blocks < 1) {
            throw new IllegalArgumentException("blocks must be >= 1, got " + blocks);
        }
        return q(k, alpha) * Math.sqrt(k * (k + 1.0) / (6.0 * blocks));
    }
}
