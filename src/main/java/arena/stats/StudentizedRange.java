package arena.stats;

import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The range of k independent standard normals (the studentized range with infinite degrees of
 * freedom), which is all the Nemenyi test needs: its blocks-based variance is known, not estimated.
 *
 * <p>P(R ≤ w) = k ∫ φ(z) [Φ(z + w) − Φ(z)]^(k−1) dz: one of the k values is the minimum z and the
 * other k − 1 fall within w above it.
 */
final class StudentizedRange {
    /** φ is below 1e-31 beyond ±12, far under any accuracy a p-value needs. */
    private static final double BOUND = 12;
    /**
     * A fixed composite Gauss–Legendre rule (20 points per half unit) rather than an adaptive one:
     * the integrands are smooth with features no narrower than ~0.3 (the spread of the minimum of
     * k normals), and for w near 0 the difference Φ(z + w) − Φ(z) carries rounding noise that
     * would keep an adaptive integrator from ever meeting its tolerance.
     */
    private static final double PIECE = 0.5;
    private static final int POINTS = 20;
    private static final GaussIntegratorFactory GAUSS = new GaussIntegratorFactory();
    /** φ is analytic on the unit scale, so 10 Gauss points are exact to rounding on a window this narrow. */
    private static final double NARROW = 0.25;
    private static final GaussIntegrator UNIT_WINDOW = GAUSS.legendre(10, 0, 1);
    private static final NormalDistribution STANDARD = new NormalDistribution(null, 0, 1);

    private final int k;

    StudentizedRange(int k) {
        if (k < 2) {
            throw new IllegalArgumentException("a range needs at least 2 groups, got " + k);
        }
        this.k = k;
    }

    /** P(R ≤ w). */
    double cdf(double w) {
        if (w <= 0) {
            return 0;
        }
        return integrate(z -> k * STANDARD.density(z) * Math.pow(between(z, w), k - 1), -BOUND, BOUND);
    }

    /**
     * P(R &gt; w), integrated directly rather than as 1 − cdf so small tail probabilities keep their
     * relative precision. With a = 1 − Φ(z) and b = 1 − Φ(z + w) the integrand is
     * k φ(z) (a^(k−1) − (a − b)^(k−1)), rewritten as k φ(z) a^(k−1) (1 − (1 − b/a)^(k−1)) and
     * evaluated with expm1/log1p to avoid the cancellation when b ≪ a. For a large w the mass sits
     * near z = −w/2 (two values w apart), so the range reaches that far down.
     */
    double upperTail(double w) {
        if (w <= 0) {
            return 1;
        }
        return integrate(z -> {
            double a = upper(z);
            if (a == 0) {
                return 0;
            }
            double b = upper(z + w);
            return k * STANDARD.density(z) * Math.pow(a, k - 1) * -Math.expm1((k - 1) * Math.log1p(-b / a));
        }, -BOUND - w / 2, BOUND);
    }

    /** The w with P(R &gt; w) = alpha. */
    double upperQuantile(double alpha) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1), got " + alpha);
        }
        // Solve on a log scale so that a tiny alpha (or tiny 1 − alpha) is not lost in the solver's
        // absolute function-value tolerance; each form integrates the tail that is the small one.
        // Clamping at the smallest double keeps the function finite where a tail underflows to 0.
        UnivariateFunction excess = alpha <= 0.5
                ? w -> Math.log(alpha) - Math.log(Math.max(upperTail(w), Double.MIN_VALUE))
                : w -> Math.log(Math.max(cdf(w), Double.MIN_VALUE)) - Math.log1p(-alpha);
        double low = 1;
        while (excess.value(low) > 0) {
            low /= 2;
        }
        double high = 2;
        while (excess.value(high) < 0) {
            high *= 2;
        }
        // relative accuracy only: q is tiny when alpha is near 1, so an absolute tolerance would swamp it
        return new BrentSolver(1e-13, Double.MIN_NORMAL).solve(200, excess, low, high);
    }

    private static double integrate(UnivariateFunction f, double lower, double upper) {
        int pieces = (int) Math.ceil((upper - lower) / PIECE);
        double width = (upper - lower) / pieces;
        double sum = 0;
        for (int i = 0; i < pieces; i++) {
            sum += GAUSS.legendre(POINTS, lower + i * width, lower + (i + 1) * width).integrate(f);
        }
        return sum;
    }

    /**
     * Φ(z + w) − Φ(z). For a narrow window the difference of two cdf values would keep only
     * eps / w of relative precision (q near 0 when α is near 1), so there φ is integrated over the
     * window instead; otherwise the cdfs are taken on whichever side of 0 keeps both away from 1.
     */
    private static double between(double z, double w) {
        if (w < NARROW) {
            // as w ∫₀¹ φ(z + w t) dt: the bounds z and z + w would round w to a multiple of ulp(z)
            return w * UNIT_WINDOW.integrate(t -> STANDARD.density(z + w * t));
        }
        return z >= 0 ? upper(z) - upper(z + w) : STANDARD.cumulativeProbability(z + w) - STANDARD.cumulativeProbability(z);
    }

    /** 1 − Φ(z), via the lower tail of −z so it stays accurate far into the tail. */
    private static double upper(double z) {
        return STANDARD.cumulativeProbability(-z);
    }
}
