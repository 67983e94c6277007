package arena.eval;

import java.util.Arrays;

/**
 * ROC AUC accumulated score by score: the chance that a positive outscores a negative, ties
 * counting half (the Mann-Whitney statistic {@link ClassificationMetrics#auc} computes by ranks).
 * Exact up to {@link #EXACT_LIMIT} scores (or a limit of the caller's), by merging the sorted
 * positive and negative scores (8 bytes per row). Beyond that, so that memory stays bounded on
 * streamed files of any length,
 * scores are counted in 2^20 bins by the top 20 bits of their float value (about 3 significant
 * digits), and scores sharing a bin count as ties; the bins take 8 MB.
 */
final class RocAuc {
    static final int EXACT_LIMIT = 1 << 20;
    private static final int BIN_SHIFT = 12;

    private final int exactLimit;
    private double[] pos = new double[1024];
    private double[] neg = new double[1024];
    private int np;   // positives and negatives seen, in either mode
    private int nn;
    private int[] posBins;
    private int[] negBins;

    RocAuc() {
        this(EXACT_LIMIT);
    }

    /** @param exactLimit scores kept exactly before binning ({@code Integer.MAX_VALUE}: always exact) */
    RocAuc(int exactLimit) {
        this.exactLimit = exactLimit;
    }

    void add(double score, boolean positive) {
        if (posBins != null) {
            (positive ? posBins : negBins)[bin(score)]++;
            if (positive) {
                np++;
            } else {
                nn++;
            }
            return;
        }
        if (positive) {
            pos = grow(pos, np);
            pos[np++] = score;
        } else {
            neg = grow(neg, nn);
            neg[nn++] = score;
        }
        if (np + nn > exactLimit) {
            toBins();
        }
    }

    boolean defined() {
        return np > 0 && nn > 0;
    }

    double value() {
        return posBins != null ? binned() : exact(sorted(pos, np), sorted(neg, nn));
    }

    boolean binnedMode() {
        return posBins != null;
    }

    /** Both lists sorted ascending: for each positive, the negatives below it, and half of those equal. */
    static double exact(double[] p, double[] n) {
        double wins = 0;
        int below = 0;
        int upTo = 0;
        for (double s : p) {
            while (below < n.length && n[below] < s) {
                below++;
            }
            upTo = Math.max(upTo, below);
            while (upTo < n.length && n[upTo] == s) {
                upTo++;
            }
            wins += below + 0.5 * (upTo - below);
        }
        return wins / ((double) p.length * n.length);
    }

    private double binned() {
        double wins = 0;
        long negBelow = 0;
        long positives = 0;
        for (int b = 0; b < posBins.length; b++) {
            wins += posBins[b] * (negBelow + 0.5 * negBins[b]);
            negBelow += negBins[b];
            positives += posBins[b];
        }
        return wins / ((double) positives * negBelow);
    }

    private void toBins() {
        posBins = new int[1 << (32 - BIN_SHIFT)];
        negBins = new int[1 << (32 - BIN_SHIFT)];
        for (int i = 0; i < np; i++) {
            posBins[bin(pos[i])]++;
        }
        for (int i = 0; i < nn; i++) {
            negBins[bin(neg[i])]++;
        }
        pos = null;
        neg = null;
    }

    /** The float's bits made to sort as the numbers do (unsigned), keeping the top 20. */
    static int bin(double score) {
        int bits = Float.floatToIntBits((float) score);
        int ordered = bits < 0 ? ~bits : bits | Integer.MIN_VALUE;
        return ordered >>> BIN_SHIFT;
    }

    private static double[] grow(double[] a, int size) {
        return size < a.length ? a : Arrays.copyOf(a, 2 * a.length);
    }

    private static double[] sorted(double[] a, int size) {
        double[] out = Arrays.copyOf(a, size);
        Arrays.sort(out);
        return out;
    }
}
