package arena.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Reference values from SciPy 1.17.1. scipy.stats.friedmanchisquare takes one argument per group,
 * each listing that group's score in every block: friedmanchisquare(*numpy.array(S).T).
 */
class FriedmanTest {
    /** 6 data sets × 4 activations, accuracy (higher is better), no ties within a row. */
    private static final double[][] NO_TIES = {
        {0.81, 0.84, 0.79, 0.86},
        {0.72, 0.75, 0.70, 0.74},
        {0.91, 0.93, 0.88, 0.94},
        {0.65, 0.69, 0.66, 0.71},
        {0.77, 0.80, 0.74, 0.79},
        {0.88, 0.87, 0.85, 0.90},
    };

    /** 7 data sets × 4 activations, loss (lower is better), ties in most rows. */
    private static final double[][] TIES = {
        {0.80, 0.80, 0.75, 0.85},
        {0.70, 0.72, 0.72, 0.72},
        {0.90, 0.85, 0.85, 0.95},
        {0.60, 0.65, 0.60, 0.60},
        {0.78, 0.80, 0.74, 0.80},
        {0.88, 0.88, 0.88, 0.90},
        {0.55, 0.61, 0.58, 0.61},
    };

    @Test
    void withoutTies() {
        Friedman.Result r = Friedman.test(NO_TIES, true);
        assertEquals(6, r.blocks());
        assertEquals(4, r.groups());
        // numpy.mean([scipy.stats.rankdata(-row) for row in S], axis=0) = [3, 1.8333, 3.8333, 1.3333]
        assertArrayEquals(new double[] {3.0, 11.0 / 6, 23.0 / 6, 8.0 / 6}, r.averageRanks(), 1e-12);
        // scipy.stats.friedmanchisquare(*numpy.array(NO_TIES).T)
        //   = (statistic=13.800000000000011, pvalue=0.003190421907797298)
        assertEquals(13.800000000000011, r.chiSquare(), 1e-12);
        assertEquals(0.003190421907797298, r.p(), 1e-13);
        // by hand: F = (N-1) chi2 / (N(k-1) - chi2) = 5 * 13.8 / (18 - 13.8) = 16.428571428571487;
        // scipy.stats.f.sf(16.428571428571487, 3, 15) = 5.254115644803303e-05
        assertEquals(5 * 13.8 / (18 - 13.8), r.imanDavenportF(), 1e-10);
        assertEquals(5.254115644803303e-05, r.imanDavenportP(), 1e-14);
    }

    @Test
    void theDirectionChangesTheRanksNotTheStatistic() {
        Friedman.Result up = Friedman.test(NO_TIES, true);
        Friedman.Result down = Friedman.test(NO_TIES, false);
        assertEquals(up.chiSquare(), down.chiSquare(), 1e-12);
        assertEquals(5 - up.averageRanks()[0], down.averageRanks()[0], 1e-12);
    }

    @Test
    void withTiesUsesScipysTieCorrection() {
        Friedman.Result r = Friedman.test(TIES, false);
        // numpy.mean([scipy.stats.rankdata(row) for row in TIES], axis=0)
        //   = [1.9285714285714286, 2.857142857142857, 1.7857142857142858, 3.4285714285714284]
        assertArrayEquals(new double[] {1.9285714285714286, 2.857142857142857, 1.7857142857142858, 3.4285714285714284},
                r.averageRanks(), 1e-12);
        // scipy.stats.friedmanchisquare(*numpy.array(TIES).T)
        //   = (statistic=9.944444444444452, pvalue=0.01904432934429473)
        assertEquals(9.944444444444452, r.chiSquare(), 1e-12);
        assertEquals(0.01904432934429473, r.p(), 1e-13);
        // by hand: F = 6 * chi2 / (21 - chi2) = 5.396984924623124;
        // scipy.stats.f.sf(5.396984924623124, 3, 18) = 0.00793288582680378
        assertEquals(6 * 9.944444444444452 / (21 - 9.944444444444452), r.imanDavenportF(), 1e-10);
        assertEquals(0.00793288582680378, r.imanDavenportP(), 1e-13);
    }

    @Test
    void twoGroupsReduceToASignTest() {
        // SciPy needs k >= 3. By hand for k = 2 without ties: chi2 = (2w - N)^2 / N; A wins w = 8 of
        // N = 10 blocks: chi2 = 3.6, scipy.stats.chi2.sf(3.6, 1) = 0.05777957112359715;
        // F = 9 * 3.6 / (10 - 3.6) = 5.0625, scipy.stats.f.sf(5.0625, 1, 9) = 0.05100326070695086
        double[][] scores = new double[10][];
        for (int b = 0; b < 10; b++) {
            scores[b] = b < 8 ? new double[] {1, 0} : new double[] {0, 1};
        }
        Friedman.Result r = Friedman.test(scores, true);
        assertEquals(3.6, r.chiSquare(), 1e-12);
        assertEquals(0.05777957112359715, r.p(), 1e-13);
        assertEquals(5.0625, r.imanDavenportF(), 1e-10);
        assertEquals(0.05100326070695086, r.imanDavenportP(), 1e-13);
        assertArrayEquals(new double[] {1.2, 1.8}, r.averageRanks(), 1e-12);
    }

    @Test
    void perfectAgreementMakesImanDavenportInfinite() {
        // scipy.stats.friedmanchisquare([1]*5, [2]*5, [3]*5) = (10.0, 0.006737946999085468);
        // chi2 = N(k-1) = 10, so the Iman-Davenport denominator is 0
        double[][] scores = new double[5][];
        for (int b = 0; b < 5; b++) {
            scores[b] = new double[] {1, 2, 3};
        }
        Friedman.Result r = Friedman.test(scores, true);
        assertEquals(10.0, r.chiSquare(), 1e-12);
        assertEquals(0.006737946999085468, r.p(), 1e-13);
        assertEquals(Double.POSITIVE_INFINITY, r.imanDavenportF());
        assertEquals(0.0, r.imanDavenportP());
        assertArrayEquals(new double[] {3, 2, 1}, r.averageRanks(), 0);
    }

    @Test
    void allTiedIsNoEvidence() {
        // SciPy returns nan (0/0); identical groups are reported as no difference
        Friedman.Result r = Friedman.test(new double[][] {{1, 1, 1}, {2, 2, 2}}, true);
        assertEquals(0.0, r.chiSquare());
        assertEquals(1.0, r.p());
        assertEquals(0.0, r.imanDavenportF());
        assertEquals(1.0, r.imanDavenportP());
        assertArrayEquals(new double[] {2, 2, 2}, r.averageRanks(), 0);
    }

    @Test
    void averageRanksCannotBeChangedFromOutside() {
        Friedman.Result r = Friedman.test(NO_TIES, true);
        r.averageRanks()[0] = 99;
        assertEquals(3.0, r.averageRanks()[0], 1e-12);
    }

    @Test
    void rejectsTablesThatCannotBeTested() {
        assertThrows(IllegalArgumentException.class, () -> Friedman.test(new double[][] {{1, 2, 3}}, true));
        assertThrows(IllegalArgumentException.class, () -> Friedman.test(new double[][] {{1}, {2}}, true));
        assertThrows(IllegalArgumentException.class, () -> Friedman.test(new double[][] {{1, 2}, {1, 2, 3}}, true));
        assertThrows(IllegalArgumentException.class, () -> Friedman.test(new double[][] {{1, 2}, {1, Double.NaN}}, true));
    }
}
