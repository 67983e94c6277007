package arena.stats;

import java.util.Arrays;

/** The tie term that rank tests subtract from their variance. */
final class Ties {
    private Ties() { }

    /** Σ (t³ − t) over the groups of equal values, t being a group's size; 0 when all values differ. */
    static double correction(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double sum = 0;
        int start = 0;
        while (start < sorted.length) {
            int end = start + 1;
            while (end < sorted.length && sorted[end] == sorted[start]) {
                end++;
            }
            double t = end - start;
            sum += t * t * t - t;
            start = end;
        }
        return sum;
    }
}
