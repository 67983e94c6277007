package arena.stats;

import java.util.Arrays;
import java.util.Comparator;

/** Ranks values so that rank 1 is the best; tied values share the average of the ranks they span. */
public final class Ranks {
    private Ranks() { }

    /**
     * @param values the values to rank (not modified)
     * @param higherIsBetter true when the largest value should get rank 1 (accuracy), false when the
     *        smallest should (loss)
     * @return ranks in the order of {@code values}, each in [1, n]
     * @throws IllegalArgumentException if a value is NaN: it has no place in an order, and silently
     *         ranking it first or last would decide a comparison
     */
    public static double[] rank(double[] values, boolean higherIsBetter) {
        int n = values.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            if (Double.isNaN(values[i])) {
                throw new IllegalArgumentException("cannot rank NaN (at index " + i + ")");
            }
            order[i] = i;
        }
        Comparator<Integer> ascending = (a, b) -> Double.compare(values[a], values[b]);
        Arrays.sort(order, higherIsBetter ? ascending.reversed() : ascending);
        double[] ranks = new double[n];
        int start = 0;
        while (start < n) {
            int end = start + 1;
            // == rather than compare(): -0.0 and 0.0 are the same score
            while (end < n && values[order[end]] == values[order[start]]) {
                end++;
            }
            double shared = (start + 1 + end) / 2.0;
            for (int i = start; i < end; i++) {
                ranks[order[i]] = shared;
            }
            start = end;
        }
        return ranks;
    }
}
