package arena.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

import arena.spec.ActivationSpec;
import arena.spec.LossSpec;
import arena.spec.OutputSpec;
import arena.spec.Task;

class OutputEncodingTest {
    private static OutputEncoding enc(String act, LossSpec loss, int classes) {
        return OutputEncoding.of(new OutputSpec(ActivationSpec.of(act), loss), Task.CLASSIFICATION, classes);
    }

    @Test
    void softmaxIsOneHot() {
        OutputEncoding e = enc("softmax", LossSpec.MCXENT, 3);
        assertEquals(3, e.units());
        assertArrayEquals(new double[] {0, 0, 1, 1, 0, 0}, e.encode(new int[] {2, 0}).ravel().toDoubleVector(), 0);
        Predictions p = e.decode(Nd4j.create(new double[][] {{0.2, 0.5, 0.3}, {0.7, 0.2, 0.1}}));
        assertArrayEquals(new int[] {1, 0}, p.predicted());
        assertArrayEquals(new double[] {0.2, 0.5, 0.3}, p.probabilities()[0], 1e-12);
        assertNull(p.positiveScore());
    }

    @Test
    void binarySigmoidIsOneUnitWithThresholdHalf() {
        OutputEncoding e = enc("sigmoid", LossSpec.XENT, 2);
        assertEquals(1, e.units());
        assertArrayEquals(new double[] {1, 0}, e.encode(new int[] {1, 0}).ravel().toDoubleVector(), 0);
        Predictions p = e.decode(Nd4j.create(new double[][] {{0.8}, {0.4}}));
        assertArrayEquals(new int[] {1, 0}, p.predicted());
        assertArrayEquals(new double[] {0.6, 0.4}, p.probabilities()[1], 1e-12);
        assertArrayEquals(new double[] {0.8, 0.4}, p.positiveScore(), 1e-12);
    }

    @Test
    void hingeCodesClassesPlusMinusOneAndGivesNoProbabilities() {
        OutputEncoding e = enc("identity", LossSpec.HINGE, 3);
        assertArrayEquals(new double[] {-1, 1, -1}, e.encode(new int[] {1}).ravel().toDoubleVector(), 0);
        OutputEncoding b = enc("identity", LossSpec.HINGE, 2);
        assertArrayEquals(new double[] {-1, 1}, b.encode(new int[] {0, 1}).ravel().toDoubleVector(), 0);
        Predictions p = b.decode(Nd4j.create(new double[][] {{-0.3}, {0.1}}));
        assertArrayEquals(new int[] {0, 1}, p.predicted());
        assertNull(p.probabilities());
    }
}
