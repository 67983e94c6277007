package arena.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** AUC accumulated score by score agrees with the rank formula, exactly and then within the bins' resolution. */
class RocAucTest {

    @Test
    void exactModeEqualsTheRankFormulaWithTies() {
        Random r = new Random(1);
        int n = 5000;
        int[] truth = new int[n];
        double[] score = new double[n];
        RocAuc auc = new RocAuc();
        for (int i = 0; i < n; i++) {
            truth[i] = r.nextDouble() < 0.3 ? 1 : 0;
            score[i] = Math.round((r.nextGaussian() + truth[i]) * 4) / 4.0;   // coarse: many ties
            auc.add(score[i], truth[i] == 1);
        }
        assertFalse(auc.binnedMode());
        assertEquals(byRanks(truth, score), auc.value(), 1e-12);
    }

    @Test
    void handComputedCase() {
        // positives 0.8, 0.4; negatives 0.4, 0.1: pairs (0.8>0.4) (0.8>0.1) (0.4=0.4 half) (0.4>0.1) = 3.5 / 4
        RocAuc auc = new RocAuc();
        auc.add(0.8, true);
        auc.add(0.4, true);
        auc.add(0.4, false);
        auc.add(0.1, false);
        assertEquals(0.875, auc.value(), 1e-15);
    }

    @Test
    void beyondTheExactLimitBinsKeepTheValueWithinTheirResolution() {
        Random r = new Random(2);
        int n = RocAuc.EXACT_LIMIT + 200_000;
        int[] truth = new int[n];
        double[] score = new double[n];
        RocAuc auc = new RocAuc();
        for (int i = 0; i < n; i++) {
            truth[i] = r.nextBoolean() ? 1 : 0;
            score[i] = r.nextGaussian() * 3 + truth[i];   // negative and positive scores both
            auc.add(score[i], truth[i] == 1);
        }
        assertTrue(auc.binnedMode());
        assertEquals(byRanks(truth, score), auc.value(), 2e-4);
    }

    @Test
    void binsSortAsTheScoresDo() {
        double[] ordered = {-1e9, -3.5, -1, -1e-6, 0, 1e-6, 0.5, 1, 2, 1e9};
        for (int i = 1; i < ordered.length; i++) {
            assertTrue(RocAuc.bin(ordered[i - 1]) <= RocAuc.bin(ordered[i]), ordered[i - 1] + " vs " + ordered[i]);
        }
        assertTrue(RocAuc.bin(-1) < RocAuc.bin(1));
    }

    /** The textbook rank-sum form, independent of RocAuc's merge: (R+ − n+(n+ + 1)/2) / (n+ · n−), average ranks for ties. */
    private static double byRanks(int[] truth, double[] score) {
        int n = truth.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(score[a], score[b]));
        double[] rank = new double[n];
        for (int i = 0; i < n; ) {
            int j = i;
            while (j + 1 < n && score[order[j + 1]] == score[order[i]]) {
                j++;
            }
            for (int k = i; k <= j; k++) {
                rank[order[k]] = (i + j) / 2.0 + 1;
            }
            i = j + 1;
        }
        long pos = 0;
        double rankSum = 0;
        for (int i = 0; i < n; i++) {
            if (truth[i] == 1) {
                pos++;
                rankSum += rank[i];
            }
        }
        return (rankSum - pos * (pos + 1) / 2.0) / ((double) pos * (n - pos));
    }
}
