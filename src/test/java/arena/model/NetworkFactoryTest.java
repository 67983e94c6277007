package arena.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.distribution.NormalDistribution;
import org.deeplearning4j.nn.conf.dropout.Dropout;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.weights.WeightInitDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.activations.impl.ActivationLReLU;
import org.nd4j.linalg.activations.impl.ActivationSigmoid;
import org.nd4j.linalg.activations.impl.ActivationSoftmax;
import org.nd4j.linalg.activations.impl.ActivationTanH;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.lossfunctions.impl.LossBinaryXENT;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;
import org.nd4j.linalg.learning.regularization.L2Regularization;

import arena.TestSupport;
import arena.spec.Task;
import arena.spec.TrialConfig;

/** The DL4J configuration has the sizes, activations, losses and updater the file asked for. */
class NetworkFactoryTest {
    @TempDir
    Path dir;

    private MultiLayerConfiguration conf(String model, String training, int inputs, int classes) {
        TrialConfig c = TestSupport.parse(dir, "name: m\ndata: {dataset: iris}\nmodel: " + model + "\ntraining: " + training + "\n")
                .trials().get(0).config();
        OutputEncoding enc = OutputEncoding.of(c.model().output(), Task.CLASSIFICATION, classes);
        return NetworkFactory.configuration(c.model(), c.training(), inputs, enc, 42);
    }

    @Test
    void layerSizesActivationsLossAndUpdater() {
        MultiLayerConfiguration conf = conf("{hidden: [64, 32], activation: tanh}",
                "{optimizer: {type: adam, learningRate: 0.01}, l2: 0.001}", 4, 3);
        assertEquals(3, conf.getConfs().size());
        DenseLayer h0 = (DenseLayer) conf.getConf(0).getLayer();
        DenseLayer h1 = (DenseLayer) conf.getConf(1).getLayer();
        OutputLayer out = (OutputLayer) conf.getConf(2).getLayer();
        assertEquals(4, h0.getNIn());
        assertEquals(64, h0.getNOut());
        assertEquals(64, h1.getNIn());
        assertEquals(32, h1.getNOut());
        assertEquals(3, out.getNOut());
        assertInstanceOf(ActivationTanH.class, h0.getActivationFn());
        assertInstanceOf(ActivationSoftmax.class, out.getActivationFn());
        assertInstanceOf(LossMCXENT.class, out.getLossFn());
        Adam adam = assertInstanceOf(Adam.class, h0.getIUpdater());
        assertEquals(0.01, adam.getLearningRate());
        assertEquals(0.001, ((L2Regularization) h0.getRegularization().get(0)).getL2().valueAt(0, 0));
        assertEquals(42, conf.getConf(0).getSeed());
    }

    @Test
    void binarySigmoidXentHasOneOutputUnit() {
        MultiLayerConfiguration conf = conf("{hidden: [2], output: {activation: sigmoid, loss: xent}}", "{}", 2, 2);
        OutputLayer out = (OutputLayer) conf.getConf(1).getLayer();
        assertEquals(1, out.getNOut());
        assertInstanceOf(ActivationSigmoid.class, out.getActivationFn());
        assertInstanceOf(LossBinaryXENT.class, out.getLossFn());
    }

    @Test
    void parameterisedActivationMomentumAndSmallRandomInit() {
        MultiLayerConfiguration conf = conf("{hidden: [8], activation: {type: leakyrelu, alpha: 0.2}, weightInit: {type: normal, std: 0.01}}",
                "{optimizer: {type: momentum, learningRate: 0.05, momentum: 0.8}}", 4, 3);
        DenseLayer h = (DenseLayer) conf.getConf(0).getLayer();
        assertEquals(0.2, ((ActivationLReLU) h.getActivationFn()).getAlpha());
        Momentum m = assertInstanceOf(Momentum.class, h.getIUpdater());
        assertEquals(0.05, m.getLearningRate(0, 0));
        assertEquals(0.8, m.getMomentum());
        assertEquals(new WeightInitDistribution(new NormalDistribution(0.0, 0.01)), h.getWeightInitFn());
    }

    @Test
    void dropoutOnALayerDropsItsOutputs() {
        MultiLayerConfiguration conf = conf("{layers: [{units: 8, dropout: 0.25}, {units: 4}]}", "{optimizer: nesterovs}", 4, 3);
        assertNull(conf.getConf(0).getLayer().getIDropout());
        assertEquals(0.75, ((Dropout) conf.getConf(1).getLayer().getIDropout()).getP(), "DL4J takes the retain probability");
        assertNull(conf.getConf(2).getLayer().getIDropout());
        assertInstanceOf(Nesterovs.class, ((DenseLayer) conf.getConf(0).getLayer()).getIUpdater());
    }

    @Test
    void noHiddenLayersIsLogisticRegression() {
        MultiLayerConfiguration conf = conf("{hidden: []}", "{}", 4, 3);
        assertEquals(1, conf.getConfs().size());
        assertEquals(4, ((OutputLayer) conf.getConf(0).getLayer()).getNIn());
    }
}
