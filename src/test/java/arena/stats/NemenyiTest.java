package arena.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NemenyiTest {
    // Demšar's printed digits are off by up to 0.0007 from the exact quantile (k = 3: 2.34370 is
    // printed 2.343, k = 7: 2.94832 is printed 2.949), hence agreement within one unit of the third
    // decimal; matchesScipyStudentizedRangeWithInfiniteDf checks the exact values.
    private static final double TABLE_TOL = 0.001;

    @Test
    void matchesDemsarTable5aAtAlpha005() {
        double[] table = {1.960, 2.343, 2.569, 2.728, 2.850, 2.949, 3.031, 3.102, 3.164};
        for (int k = 2; k <= 10; k++) {
            assertEquals(table[k - 2], Nemenyi.q(k, 0.05), TABLE_TOL, "k = " + k);
        }
    }

    @Test
    void matchesDemsarTable5bAtAlpha010() {
        double[] table = {1.645, 2.052, 2.291, 2.459, 2.589, 2.693, 2.780, 2.855, 2.920};
        for (int k = 2; k <= 10; k++) {
            assertEquals(table[k - 2], Nemenyi.q(k, 0.10), TABLE_TOL, "k = " + k);
        }
    }

    @Test
    void matchesScipyStudentizedRangeWithInfiniteDf() {
        // scipy.stats.studentized_range.ppf(1 - alpha, k, numpy.inf) / numpy.sqrt(2)
        // (numpy.inf and df = 1e6 agree to all printed digits)
        assertEquals(1.9599639845400534, Nemenyi.q(2, 0.05), 1e-9);   // = normal 97.5% quantile
        assertEquals(2.569031772546482, Nemenyi.q(4, 0.05), 1e-9);
        assertEquals(3.163683577053373, Nemenyi.q(10, 0.05), 1e-9);
        assertEquals(3.5437991315177815, Nemenyi.q(20, 0.05), 1e-9);
        assertEquals(3.9923432900094076, Nemenyi.q(50, 0.05), 1e-9);
        assertEquals(2.2913414968880566, Nemenyi.q(4, 0.10), 1e-9);
        assertEquals(3.7877496141945874, Nemenyi.q(50, 0.10), 1e-9);
        assertEquals(2.575829303548897, Nemenyi.q(2, 0.01), 1e-9);
        assertEquals(3.2546859715288625, Nemenyi.q(5, 0.01), 1e-9);
        assertEquals(4.404138649420647, Nemenyi.q(50, 0.01), 1e-9);
    }

    @Test
    void worksAcrossTheWholeAlphaRange() {
        // scipy.stats.studentized_range.isf(alpha, k, numpy.inf) / numpy.sqrt(2)
        assertEquals(4.412127483415, Nemenyi.q(5, 1e-4), 1e-9);
        assertEquals(1.398883830685, Nemenyi.q(4, 0.5), 1e-9);
        assertEquals(2.617521315504, Nemenyi.q(50, 0.9), 1e-9);
        assertEquals(0.141029663511, Nemenyi.q(4, 0.999), 1e-9);
        // k = 2: the range of two normals is sqrt(2)|Z|, so q is the normal (1 - alpha/2) quantile,
        // which SciPy computes accurately even where studentized_range cannot:
        // scipy.stats.norm.isf(0.5e-10) = 6.466951087241, norm.isf(0.5e-100) = 21.30594006935153
        assertEquals(6.466951087241, Nemenyi.q(2, 1e-10), 1e-9);
        assertEquals(21.30594006935153, Nemenyi.q(2, 1e-100), 1e-9);
        // near alpha = 1 q goes to 0 and must keep its relative precision:
        // -scipy.stats.norm.ppf((1 - 1e-9) / 2) = 1.2533141018693558e-09 (mpmath agrees)
        assertEquals(1.2533141018693558e-09, Nemenyi.q(2, 1 - 1e-9), 1e-9 * 1e-9);
    }

    @Test
    void qGrowsWithKAndShrinksWithAlpha() {
        double previous = 0;
        for (int k = 2; k <= 60; k++) {
            double q = Nemenyi.q(k, 0.05);
            assertTrue(q > previous, "k = " + k);
            previous = q;
        }
        assertTrue(Nemenyi.q(5, 0.01) > Nemenyi.q(5, 0.05));
    }

    @Test
    void criticalDifferenceOfDemsarsWorkedExample() {
        // Demšar 2006, section 3.2.4: k = 4 classifiers, N = 14 data sets, alpha = 0.05:
        // CD = 2.569 * sqrt(4 * 5 / (6 * 14)) = 1.25; with SciPy's q:
        // scipy.stats.studentized_range.ppf(0.95, 4, numpy.inf) / numpy.sqrt(2) * numpy.sqrt(20 / 84)
        //   = 1.2535591471176057
        assertEquals(1.25, Nemenyi.criticalDifference(4, 14, 0.05), 0.005);
        assertEquals(1.2535591471176057, Nemenyi.criticalDifference(4, 14, 0.05), 1e-9);
    }

    @Test
    void rejectsImpossibleArguments() {
        assertThrows(IllegalArgumentException.class, () -> Nemenyi.q(1, 0.05));
        assertThrows(IllegalArgumentException.class, () -> Nemenyi.q(4, 0));
        assertThrows(IllegalArgumentException.class, () -> Nemenyi.q(4, 1));
        assertThrows(IllegalArgumentException.class, () -> Nemenyi.q(4, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Nemenyi.criticalDifference(4, 0, 0.05));
    }
}
