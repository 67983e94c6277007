package arena.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Reference values from SciPy 1.17.1, default arguments unless a method is named. */
class WilcoxonTest {
    private static final double TOL = 1e-12;

    /** (i * 37 mod 101) − 40.25 for i = 1..n: distinct magnitudes, so no ties, mixed signs. */
    private static double[] sequence(int n) {
        double[] d = new double[n];
        for (int i = 1; i <= n; i++) {
            d[i - 1] = (i * 37 % 101) - 40.25;
        }
        return d;
    }

    @Test
    void fiveAllPositiveIsTheSmallestExactP() {
        // scipy.stats.wilcoxon([1,2,3,4,5]) = (statistic=0.0, pvalue=0.0625)
        Wilcoxon.Result r = Wilcoxon.test(new double[] {1, 2, 3, 4, 5});
        assertEquals(5, r.n());
        assertEquals(0.0, r.statistic());
        assertEquals(0.0625, r.p(), TOL);
        assertEquals(Wilcoxon.smallestPossibleP(5), r.p(), TOL);
        assertTrue(r.exact());
    }

    @Test
    void exactWithMixedSigns() {
        // scipy.stats.wilcoxon([1.5,-0.3,2.1,0.8,-1.2,3.3,0.4,-0.7,2.6,1.9]) = (9.0, 0.064453125),
        // identical with method='exact'
        Wilcoxon.Result r = Wilcoxon.test(new double[] {1.5, -0.3, 2.1, 0.8, -1.2, 3.3, 0.4, -0.7, 2.6, 1.9});
        assertEquals(10, r.n());
        assertEquals(9.0, r.statistic());
        assertEquals(0.064453125, r.p(), TOL);
        assertTrue(r.exact());
    }

    @Test
    void exactUpToFifty() {
        // scipy.stats.wilcoxon([(i*37%101)-40.25 for i in range(1,31)]) = (144.0, 0.06989291124045849),
        // identical with method='exact'
        Wilcoxon.Result r30 = Wilcoxon.test(sequence(30));
        assertEquals(144.0, r30.statistic());
        assertEquals(0.06989291124045849, r30.p(), TOL);
        assertTrue(r30.exact());
        // scipy.stats.wilcoxon([(i*37%101)-40.25 for i in range(1,51)]) = (408.0, 0.02616696817119646),
        // identical with method='exact'
        Wilcoxon.Result r50 = Wilcoxon.test(sequence(50));
        assertEquals(408.0, r50.statistic());
        assertEquals(0.02616696817119646, r50.p(), TOL);
        assertTrue(r50.exact());
    }

    @Test
    void aboveFiftyUsesTheNormalApproximation() {
        // scipy.stats.wilcoxon([(i*37%101)-40.25 for i in range(1,61)]) = (564.0, 0.009768369815048953),
        // identical with method='asymptotic'
        Wilcoxon.Result r = Wilcoxon.test(sequence(60));
        assertEquals(60, r.n());
        assertEquals(564.0, r.statistic());
        assertEquals(0.009768369815048953, r.p(), TOL);
        assertFalse(r.exact());
    }

    @Test
    void zerosAreDroppedAndForceTheNormalApproximation() {
        // 16 differences, 2 zeros: SciPy's 'auto' picks 'asymptotic' (n > 13).
        // scipy.stats.wilcoxon([0,1.5,-0.3,2.1,0,0.8,-1.2,3.3,0.4,-0.7,2.6,1.9,0.05,-2.2,1.1,0.6])
        //   = (27.0, 0.1094211588192293), identical with method='asymptotic'
        Wilcoxon.Result r = Wilcoxon.test(new double[] {0, 1.5, -0.3, 2.1, 0, 0.8, -1.2, 3.3, 0.4, -0.7, 2.6, 1.9, 0.05, -2.2, 1.1, 0.6});
        assertEquals(14, r.n());
        assertEquals(27.0, r.statistic());
        assertEquals(0.1094211588192293, r.p(), TOL);
        assertFalse(r.exact());
    }

    @Test
    void tiesUseTieCorrectedNormalApproximation() {
        // 18 differences with ties: SciPy's 'auto' picks 'asymptotic'.
        // scipy.stats.wilcoxon([1,2,2,-1,3,3,3,4,-2,5,1,2,6,-3,4,2,1,5]) = (21.0, 0.004756346891256541),
        // identical with method='asymptotic'
        Wilcoxon.Result r = Wilcoxon.test(new double[] {1, 2, 2, -1, 3, 3, 3, 4, -2, 5, 1, 2, 6, -3, 4, 2, 1, 5});
        assertEquals(18, r.n());
        assertEquals(21.0, r.statistic());
        assertEquals(0.004756346891256541, r.p(), TOL);
        assertFalse(r.exact());
    }

    @Test
    void smallSamplesWithTiesUseTheExactSignFlipDistributionLikeScipy() {
        // At most 13 differences with ties or zeros, SciPy's 'auto' runs an exhaustive permutation test:
        // scipy.stats.wilcoxon([1,2,2,-1,3,3]) = (1.5, 0.09375)
        // (method='asymptotic' would give 0.05708503927106851, too optimistic)
        Wilcoxon.Result ties = Wilcoxon.test(new double[] {1, 2, 2, -1, 3, 3});
        assertEquals(1.5, ties.statistic());
        assertEquals(0.09375, ties.p(), TOL);
        assertTrue(ties.exact());
        // scipy.stats.wilcoxon([0,0,1.5,-0.5,2.5,1.5,3.0,-2.5,4.0]) = (5.5, 0.171875)
        Wilcoxon.Result zerosAndTies = Wilcoxon.test(new double[] {0, 0, 1.5, -0.5, 2.5, 1.5, 3.0, -2.5, 4.0});
        assertEquals(7, zerosAndTies.n());
        assertEquals(5.5, zerosAndTies.statistic());
        assertEquals(0.171875, zerosAndTies.p(), TOL);
        // scipy.stats.wilcoxon([0,1,2,3,4,5]) = (0.0, 0.0625): the zero changes nothing
        assertEquals(0.0625, Wilcoxon.test(new double[] {0, 1, 2, 3, 4, 5}).p(), TOL);
        // scipy.stats.wilcoxon([2,2,2,2]) = (0.0, 0.125)
        assertEquals(0.125, Wilcoxon.test(new double[] {2, 2, 2, 2}).p(), TOL);
        // scipy.stats.wilcoxon([-1,-1,1,1,2]) = (5.0, 0.75)
        Wilcoxon.Result balanced = Wilcoxon.test(new double[] {-1, -1, 1, 1, 2});
        assertEquals(5.0, balanced.statistic());
        assertEquals(0.75, balanced.p(), TOL);
    }

    @Test
    void onePairCannotShowAnything() {
        // scipy.stats.wilcoxon([2.0]) = (0.0, 1.0)
        Wilcoxon.Result r = Wilcoxon.test(new double[] {2.0});
        assertEquals(1, r.n());
        assertEquals(1.0, r.p(), TOL);
    }

    @Test
    void allZerosIsNoEvidence() {
        Wilcoxon.Result r = Wilcoxon.test(new double[] {0, 0, 0});
        assertEquals(new Wilcoxon.Result(0, 0, 1, false), r);
        assertEquals(new Wilcoxon.Result(0, 0, 1, false), Wilcoxon.test(new double[0]));
    }

    @Test
    void smallestPossiblePHalvesWithEachPair() {
        assertEquals(0.0625, Wilcoxon.smallestPossibleP(5), 0);
        assertEquals(0.03125, Wilcoxon.smallestPossibleP(6), 0);
        assertEquals(1.0, Wilcoxon.smallestPossibleP(1), 0);
        assertEquals(1.0, Wilcoxon.smallestPossibleP(0), 0);
        assertThrows(IllegalArgumentException.class, () -> Wilcoxon.smallestPossibleP(-1));
    }

    @Test
    void nanIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Wilcoxon.test(new double[] {1, Double.NaN}));
    }
}
