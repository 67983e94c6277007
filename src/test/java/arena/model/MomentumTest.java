package arena.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.GradientUpdater;

/** Classical momentum: v = μ·v + lr·g, and DL4J subtracts v from the weights. */
class MomentumTest {
    @Test
    void updatesFollowTheHeavyBallRecurrence() {
        Momentum m = new Momentum(0.1, 0.9);
        INDArray state = Nd4j.zeros(1, 2);
        GradientUpdater<?> u = m.instantiate(state, true);
        INDArray g1 = Nd4j.create(new double[] {1.0, -2.0}).reshape(1, 2);
        u.applyUpdater(g1, 0, 0);
        assertArrayEquals(new double[] {0.1, -0.2}, g1.toDoubleVector(), 1e-6);      // v1 = 0.1·g1
        INDArray g2 = Nd4j.create(new double[] {0.5, 0.5}).reshape(1, 2);
        u.applyUpdater(g2, 1, 0);
        assertArrayEquals(new double[] {0.9 * 0.1 + 0.05, 0.9 * -0.2 + 0.05}, g2.toDoubleVector(), 1e-6); // v2 = 0.9·v1 + 0.1·g2
    }
}
