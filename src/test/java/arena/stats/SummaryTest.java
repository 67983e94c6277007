package arena.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Reference values from NumPy / SciPy 1.17.1. */
class SummaryTest {
    // Summary takes the t quantile from TDistribution's default inverse, which Commons Math solves
    // only to 1e-9, so the CI ends agree with SciPy to about 1e-9, not to machine precision.
    private static final double CI_TOL = 1e-8;

    @Test
    void oddCountMatchesNumpyAndScipy() {
        // a = numpy.array([0.912,0.874,0.931,0.889,0.953,0.902,0.881]): mean 0.906,
        // a.std(ddof=1) = 0.02835489375751565, numpy.median(a) = 0.902;
        // scipy.stats.t.interval(0.95, 6, loc=a.mean(), scale=scipy.stats.sem(a))
        //   = (0.8797760970643518, 0.9322239029356483)
        Summary s = Summary.of(new double[] {0.912, 0.874, 0.931, 0.889, 0.953, 0.902, 0.881});
        assertEquals(7, s.n());
        assertEquals(0.906, s.mean(), 1e-15);
        assertEquals(0.02835489375751565, s.sd(), 1e-15);
        assertEquals(0.902, s.median(), 0);
        assertEquals(0.874, s.min(), 0);
        assertEquals(0.953, s.max(), 0);
        assertEquals(0.8797760970643518, s.ciLow(), CI_TOL);
        assertEquals(0.9322239029356483, s.ciHigh(), CI_TOL);
    }

    @Test
    void evenCountAveragesTheMiddlePair() {
        // a = numpy.array([3.5,1.0,2.25,8.0]): mean 3.6875, a.std(ddof=1) = 3.0507854179975795,
        // numpy.median(a) = 2.875; scipy.stats.t.interval(0.95, 3, loc=a.mean(), scale=scipy.stats.sem(a))
        //   = (-1.1669803908599041, 8.541980390859905)
        Summary s = Summary.of(new double[] {3.5, 1.0, 2.25, 8.0});
        assertEquals(4, s.n());
        assertEquals(3.6875, s.mean(), 1e-15);
        assertEquals(3.0507854179975795, s.sd(), 1e-14);
        assertEquals(2.875, s.median(), 0);
        assertEquals(1.0, s.min(), 0);
        assertEquals(8.0, s.max(), 0);
        assertEquals(-1.1669803908599041, s.ciLow(), CI_TOL);
        assertEquals(8.541980390859905, s.ciHigh(), CI_TOL);
    }

    @Test
    void oneValueHasNoSpread() {
        Summary s = Summary.of(new double[] {0.5});
        assertEquals(1, s.n());
        assertEquals(0.5, s.mean());
        assertEquals(0.5, s.median());
        assertEquals(Double.NaN, s.sd());
        assertEquals(Double.NaN, s.ciLow());
        assertEquals(Double.NaN, s.ciHigh());
    }

    @Test
    void noValuesIsAllNaN() {
        Summary s = Summary.of(new double[0]);
        assertEquals(0, s.n());
        assertEquals(Double.NaN, s.mean());
        assertEquals(Double.NaN, s.median());
    }
}
