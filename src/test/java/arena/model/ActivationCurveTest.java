package arena.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import arena.spec.ActivationSpec;

/** Values and derivatives come from DL4J; checked against the textbook formulas. */
class ActivationCurveTest {
    private static double at(double[] xs, double[] ys, double x) {
        for (int i = 0; i < xs.length; i++) {
            if (Math.abs(xs[i] - x) < 1e-9) {
                return ys[i];
            }
        }
        throw new IllegalArgumentException("x not on the grid: " + x);
    }

    @Test
    void sigmoidTanhReluAndLeakyRelu() {
        ActivationCurve sig = ActivationCurve.of(ActivationSpec.of("sigmoid"), -4, 4, 81);
        assertEquals(0.5, at(sig.x(), sig.y(), 0), 1e-12);
        assertEquals(0.25, at(sig.x(), sig.dydx(), 0), 1e-12);             // σ'(0) = σ(0)(1 - σ(0))
        double s2 = 1 / (1 + Math.exp(-2));
        assertEquals(s2 * (1 - s2), at(sig.x(), sig.dydx(), 2), 1e-12);
        ActivationCurve tanh = ActivationCurve.of(ActivationSpec.of("tanh"), -4, 4, 81);
        assertEquals(1.0, at(tanh.x(), tanh.dydx(), 0), 1e-12);             // 1 - tanh²(0)
        assertEquals(1 - Math.pow(Math.tanh(1), 2), at(tanh.x(), tanh.dydx(), 1), 1e-12);
        ActivationCurve relu = ActivationCurve.of(ActivationSpec.of("relu"), -4, 4, 81);
        assertEquals(0.0, at(relu.x(), relu.dydx(), -1), 0);
        assertEquals(1.0, at(relu.x(), relu.dydx(), 1), 0);
        assertEquals(3.0, at(relu.x(), relu.y(), 3), 0);
        ActivationCurve leaky = ActivationCurve.of(new ActivationSpec("leakyrelu", java.util.Map.of("alpha", 0.2)), -4, 4, 81);
        assertEquals(-0.4, at(leaky.x(), leaky.y(), -2), 1e-12);
        assertEquals(0.2, at(leaky.x(), leaky.dydx(), -2), 1e-6);
        assertEquals("leakyrelu(alpha=0.2)", leaky.label());
    }

    @Test
    void rreluUsesTheMeanSlopeAtInference() {
        ActivationCurve r = ActivationCurve.of(ActivationSpec.of("rrelu"), -4, 4, 81);
        double slope = (1.0 / 8 + 1.0 / 3) / 2;                              // mean of DL4J's [l, u]
        assertEquals(slope, at(r.x(), r.dydx(), -2), 1e-4);
        assertEquals(-2 * slope, at(r.x(), r.y(), -2), 1e-6, "DL4J's own class gives max(x, 0.229) here");
        assertEquals(0.1, at(r.x(), r.y(), 0.1), 1e-6);
    }
}
