package arena.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Reference values from SciPy 1.17.1 / NumPy. */
class PairedTestsTest {
    private static final double[] X = {0.912, 0.874, 0.931, 0.889, 0.953, 0.902, 0.881, 0.925, 0.897, 0.918};
    private static final double[] Y = {0.884, 0.861, 0.905, 0.893, 0.917, 0.871, 0.879, 0.903, 0.874, 0.902};

    @Test
    void pairedTMatchesScipy() {
        PairedTest r = PairedTests.compare(X, Y);
        assertEquals(10, r.n());
        // d = numpy.subtract(X, Y); d.mean() = 0.019300000000000005, d.std(ddof=1) = 0.012693392857003287
        assertEquals(0.019300000000000005, r.meanDiff(), 1e-15);
        assertEquals(0.012693392857003287, r.sdDiff(), 1e-15);
        // scipy.stats.ttest_rel(X, Y) = (statistic=4.80816748751117, pvalue=0.0009627024117170882)
        assertEquals(4.80816748751117, r.t(), 1e-12);
        assertEquals(0.0009627024117170882, r.pT(), 1e-14);
    }

    @Test
    void confidenceIntervalAndEffectSize() {
        PairedTest r = PairedTests.compare(X, Y);
        // scipy.stats.ttest_rel(X, Y).confidence_interval(0.95)
        //   = (0.010219693759543997, 0.02838030624045601)
        assertEquals(0.010219693759543997, r.ciLow(), 1e-12);
        assertEquals(0.02838030624045601, r.ciHigh(), 1e-12);
        // Cohen's d_z by hand: mean(d) / sd(d) = 0.0193 / 0.012693392857003287 = 1.52047606321045
        assertEquals(0.019300000000000005 / 0.012693392857003287, r.cohenDz(), 1e-12);
        assertEquals(1.52047606321045, r.cohenDz(), 1e-12);
        // and d_z = t / sqrt(n)
        assertEquals(r.t() / Math.sqrt(10), r.cohenDz(), 1e-12);
    }

    @Test
    void wilcoxonRunsOnTheSameDifferences() {
        // scipy.stats.wilcoxon(X, Y) = (statistic=2.0, pvalue=0.005859375), exact (no ties, no zeros)
        Wilcoxon.Result w = PairedTests.compare(X, Y).wilcoxon();
        assertEquals(10, w.n());
        assertEquals(2.0, w.statistic());
        assertEquals(0.005859375, w.p(), 1e-15);
        assertTrue(w.exact());
    }

    @Test
    void negativeDifference() {
        // scipy.stats.ttest_rel([1,2,3,4,5,6],[1.6,2.5,3.9,4.4,5.8,6.7])
        //   = (statistic=-8.51049771920371, pvalue=0.00036841616912384995),
        //   confidence_interval() = (-0.8463314306980323, -0.4536685693019678)
        PairedTest r = PairedTests.compare(new double[] {1, 2, 3, 4, 5, 6}, new double[] {1.6, 2.5, 3.9, 4.4, 5.8, 6.7});
        assertEquals(-8.51049771920371, r.t(), 1e-11);
        assertEquals(0.00036841616912384995, r.pT(), 1e-15);
        assertEquals(-0.8463314306980323, r.ciLow(), 1e-12);
        assertEquals(-0.4536685693019678, r.ciHigh(), 1e-12);
        assertTrue(r.cohenDz() < 0);
    }

    @Test
    void identicalSamplesAreNoEvidence() {
        // SciPy gives t = nan, p = nan here; a report needs p = 1 (nothing to detect)
        PairedTest r = PairedTests.compare(new double[] {1, 2, 3}, new double[] {1, 2, 3});
        assertEquals(3, r.n());
        assertEquals(0.0, r.meanDiff());
        assertEquals(0.0, r.sdDiff());
        assertEquals(Double.NaN, r.t());
        assertEquals(1.0, r.pT());
        assertEquals(Double.NaN, r.cohenDz());
        assertEquals(0.0, r.ciLow());
        assertEquals(0.0, r.ciHigh());
        assertEquals(new Wilcoxon.Result(0, 0, 1, false), r.wilcoxon());
    }

    @Test
    void constantShiftIsInfinitelySignificant() {
        // scipy.stats.ttest_rel([1.5,2.5,3.5],[1,2,3]) = (inf, 0.0); reversed = (-inf, 0.0)
        PairedTest up = PairedTests.compare(new double[] {1.5, 2.5, 3.5}, new double[] {1, 2, 3});
        assertEquals(0.5, up.meanDiff());
        assertEquals(0.0, up.sdDiff());
        assertEquals(Double.POSITIVE_INFINITY, up.t());
        assertEquals(0.0, up.pT());
        assertEquals(Double.POSITIVE_INFINITY, up.cohenDz());
        assertEquals(0.5, up.ciLow());
        assertEquals(0.5, up.ciHigh());
        PairedTest down = PairedTests.compare(new double[] {1, 2, 3}, new double[] {1.5, 2.5, 3.5});
        assertEquals(Double.NEGATIVE_INFINITY, down.t());
        assertEquals(0.0, down.pT());
        assertEquals(Double.NEGATIVE_INFINITY, down.cohenDz());
        assertEquals(-0.5, down.ciLow());
    }

    @Test
    void constantShiftWithRoundingInTheMeanIsStillExactlyConstant() {
        // ten differences of exactly 0.1: the naive mean is not exactly 0.1, which would give sd ~1e-17
        double[] x = new double[10];
        double[] y = new double[10];
        java.util.Arrays.fill(x, 0.1);
        PairedTest r = PairedTests.compare(x, y);
        assertEquals(0.0, r.sdDiff());
        assertEquals(Double.POSITIVE_INFINITY, r.t());
        assertEquals(0.0, r.pT());
    }

    @Test
    void onePairHasNoTest() {
        PairedTest r = PairedTests.compare(new double[] {0.9}, new double[] {0.8});
        assertEquals(1, r.n());
        assertEquals(0.9 - 0.8, r.meanDiff());
        assertEquals(Double.NaN, r.sdDiff());
        assertEquals(Double.NaN, r.t());
        assertEquals(Double.NaN, r.pT());
        assertEquals(Double.NaN, r.ciLow());
        assertEquals(Double.NaN, r.ciHigh());
        assertEquals(Double.NaN, r.cohenDz());
        assertEquals(1.0, r.wilcoxon().p());
    }

    @Test
    void noPairs() {
        PairedTest r = PairedTests.compare(new double[0], new double[0]);
        assertEquals(0, r.n());
        assertEquals(Double.NaN, r.meanDiff());
        assertEquals(Double.NaN, r.pT());
        assertEquals(1.0, r.wilcoxon().p());
    }

    @Test
    void rejectsMismatchedOrNaN() {
        assertThrows(IllegalArgumentException.class, () -> PairedTests.compare(new double[] {1, 2}, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> PairedTests.compare(new double[] {1, Double.NaN}, new double[] {1, 2}));
    }
}
