package arena.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import arena.spec.ActivationSpec;
import arena.spec.DiagnosticsSpec;

/** The diagnostics' numbers, against hand computation on tiny networks with fixed weights. */
class DiagnosticsTest {

    /**
     * 1 → 1 (identity) → 1 (identity, MSE), W0 = 0.5, W1 = 2, biases 0, SGD lr 0.1, batch x = [1, 2], y = [1, 0].
     * Forward: h = [0.5, 1], ŷ = [1, 2]. DL4J's MSE gradient: 2(ŷ − y) = [0, 4].
     * dL/dW1 summed over the batch = 0.5·0 + 1·4 = 4, per example 2. dL/dh = W1·[0, 4] = [0, 8];
     * dL/dW0 summed = 1·0 + 2·8 = 16, per example 8. Steps: lr · per-example gradient = 0.8 and 0.2,
     * so ||ΔW|| / ||W|| = 0.8 / 0.5 = 1.6 and 0.2 / 2 = 0.1.
     */
    @Test
    void gradientNormsAndUpdateRatiosMatchTheHandComputation() {
        MultiLayerNetwork net = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().dataType(DataType.FLOAT)
                .updater(new Sgd(0.1)).list()
                .layer(new DenseLayer.Builder().nIn(1).nOut(1).activation(Activation.IDENTITY).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MSE).nIn(1).nOut(1).activation(Activation.IDENTITY).build())
                .build());
        net.init();
        net.setParams(Nd4j.createFromArray(0.5f, 0f, 2f, 0f).reshape(1, 4));
        GradientStatistics stats = new GradientStatistics(2);
        net.addListeners(stats);
        net.fit(new DataSet(Nd4j.createFromArray(new float[][] {{1}, {2}}), Nd4j.createFromArray(new float[][] {{1}, {0}})));
        Map<String, Double> d = stats.drain();
        assertEquals(8.0, d.get("diag.gradNorm.layer0"), 1e-5);
        assertEquals(2.0, d.get("diag.gradNorm.layer1"), 1e-5);
        assertEquals(8.0, d.get("diag.gradMeanAbs.layer0"), 1e-5);
        assertEquals(1.6, d.get("diag.updateRatio.layer0"), 1e-5);
        assertEquals(0.1, d.get("diag.updateRatio.layer1"), 1e-5);
        assertEquals(-0.3, net.getParam("0_W").getDouble(0), 1e-6, "the step DL4J applied: 0.5 − 0.8");
        assertTrue(stats.drain().isEmpty(), "drained: the next epoch starts over");
    }

    @Test
    void saturationCountsUnitRowPairsNotUnitMeans() {
        // sigmoid outputs, t = 0.95: saturated below 0.05 or above 0.95
        double[][] a = {{0.99, 0.01}, {0.01, 0.99}, {0.5, 0.97}};
        Map<String, Double> s = ActivationStatistics.of(a, ActivationSpec.of("sigmoid"), 0.95, 2);
        assertEquals(5.0 / 6, s.get("diag.saturatedFraction.layer2"), 1e-12);
        assertEquals(0.0, s.get("diag.saturatedUnits.layer2"), 1e-12, "unit means 0.5 and 0.657: the unit-mean rule sees none");
        double mean = (0.99 + 0.01 + 0.01 + 0.99 + 0.5 + 0.97) / 6;
        assertEquals(mean, s.get("diag.actMean.layer2"), 1e-12);
        double var = (0.99 * 0.99 + 0.01 * 0.01 + 0.01 * 0.01 + 0.99 * 0.99 + 0.25 + 0.97 * 0.97) / 6 - mean * mean;
        assertEquals(Math.sqrt(var), s.get("diag.actSd.layer2"), 1e-12);
        assertFalse(s.containsKey("diag.deadFraction.layer2"), "dead units are a ReLU-family notion");
        Map<String, Double> tanh = ActivationStatistics.of(new double[][] {{-0.99, 0.2}, {0.96, -0.3}}, ActivationSpec.of("tanh"), 0.95, 0);
        assertEquals(0.5, tanh.get("diag.saturatedFraction.layer0"), 1e-12);
    }

    @Test
    void deadUnitsAreNeverPositiveOnAnyProbeRow() {
        double[][] relu = {{0, 1, 0}, {0, 2, 0.5}};
        assertEquals(1.0 / 3, ActivationStatistics.of(relu, ActivationSpec.of("relu"), 0.95, 0).get("diag.deadFraction.layer0"), 1e-12);
        double[][] leaky = {{-0.01, 1}, {-0.02, 2}};
        assertEquals(0.5, ActivationStatistics.of(leaky, ActivationSpec.of("leakyrelu"), 0.95, 0).get("diag.deadFraction.layer0"), 1e-12);
        assertFalse(ActivationStatistics.of(relu, ActivationSpec.of("relu"), 0.95, 0).containsKey("diag.saturatedFraction.layer0"));
    }

    private static MultiLayerNetwork network(Activation act, double bias, double weightStd) {
        MultiLayerNetwork net = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().dataType(DataType.FLOAT).seed(1)
                .weightInit(new org.deeplearning4j.nn.conf.distribution.NormalDistribution(0, weightStd)).list()
                .layer(new DenseLayer.Builder().nIn(8).nOut(16).activation(act).biasInit(bias).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(16).nOut(3).activation(Activation.SOFTMAX).build())
                .build());
        net.init();
        return net;
    }

    @Test
    void aReluLayerWithAStronglyNegativeBiasIsAllDead() {
        MultiLayerNetwork net = network(Activation.RELU, -100, 0.1);
        try (Diagnostics d = new Diagnostics(new DiagnosticsSpec(false, true, 1, 64, 0.95), List.of(ActivationSpec.of("relu")), 1, net,
                Nd4j.randn(DataType.FLOAT, 100, 8), 1)) {
            assertEquals(1.0, d.afterEpoch(1, net).get("diag.deadFraction.layer0"));
        }
    }

    @Test
    void aSigmoidLayerWithLargeWeightsIsSaturated() {
        MultiLayerNetwork net = network(Activation.SIGMOID, 0, 10);
        try (Diagnostics d = new Diagnostics(new DiagnosticsSpec(false, true, 1, 64, 0.95), List.of(ActivationSpec.of("sigmoid")), 1, net,
                Nd4j.randn(DataType.FLOAT, 100, 8), 1)) {
            assertTrue(d.afterEpoch(1, net).get("diag.saturatedFraction.layer0") > 0.9);
        }
        MultiLayerNetwork small = network(Activation.SIGMOID, 0, 0.01);
        try (Diagnostics d = new Diagnostics(new DiagnosticsSpec(false, true, 1, 64, 0.95), List.of(ActivationSpec.of("sigmoid")), 1, small,
                Nd4j.randn(DataType.FLOAT, 100, 8), 1)) {
            assertEquals(0.0, d.afterEpoch(1, small).get("diag.saturatedFraction.layer0"), "small weights: outputs near 0.5");
        }
    }
}
