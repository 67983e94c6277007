package arena.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.deeplearning4j.gradientcheck.GradientCheckUtil;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.dropout.Dropout;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.conf.preprocessor.FeedForwardToCnnPreProcessor;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.deeplearning4j.nn.weights.WeightInitRelu;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.activations.impl.ActivationTanH;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.NoOp;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

import arena.TestSupport;
import arena.data.DataException;
import arena.data.DataSources;
import arena.data.TrialData;
import arena.eval.Evaluator;
import arena.spec.SpecException;
import arena.spec.Task;
import arena.spec.TrialConfig;
import arena.train.Trainer;

/** Each layer type of a model's {@code layers} list becomes the DL4J layer, sizes and settings asked for. */
class LayerTypesTest {
    private static final NetworkInput FASHION = new NetworkInput(784, true, 1, 28, 28);

    @TempDir
    Path dir;

    private TrialConfig config(String data, String model) {
        return TestSupport.parse(dir, "name: m\ndata: " + data + "\nmodel: " + model + "\n").trials().get(0).config();
    }

    private MultiLayerConfiguration conf(String model, NetworkInput input, int classes) {
        TrialConfig c = config("{dataset: fashion-mnist-small}", model);
        return NetworkFactory.configuration(c.model(), c.training(), input, OutputEncoding.of(c.model().output(), Task.CLASSIFICATION, classes), 7);
    }

    @Test
    void lenetShapesFollowTheConvolutionArithmetic() {
        MultiLayerConfiguration conf = conf("""
                {activation: tanh, layers: [
                  {type: conv, filters: 6, kernel: 5},
                  {type: pool, kind: max, kernel: 2},
                  {type: conv, filters: 16, kernel: [5, 5], activation: relu, weightInit: relu},
                  {type: pool, kind: avg, kernel: 2, stride: 2},
                  {type: dense, units: 120},
                  {type: dense, units: 84}]}""", FASHION, 10);
        ConvolutionLayer c1 = (ConvolutionLayer) conf.getConf(0).getLayer();
        assertArrayEquals(new int[] {5, 5}, c1.getKernelSize());
        assertArrayEquals(new int[] {1, 1}, c1.getStride());
        assertArrayEquals(new int[] {0, 0}, c1.getPadding());
        assertEquals(1, c1.getNIn());
        assertEquals(6, c1.getNOut());
        assertInstanceOf(ActivationTanH.class, c1.getActivationFn());
        assertInstanceOf(FeedForwardToCnnPreProcessor.class, conf.getInputPreProcess(0), "flat rows become 1×28×28 images");

        SubsamplingLayer p1 = (SubsamplingLayer) conf.getConf(1).getLayer();
        assertEquals(PoolingType.MAX, p1.getPoolingType());
        assertArrayEquals(new int[] {2, 2}, p1.getKernelSize());
        assertArrayEquals(new int[] {2, 2}, p1.getStride(), "stride defaults to the kernel");

        ConvolutionLayer c2 = (ConvolutionLayer) conf.getConf(2).getLayer();
        assertEquals(6, c2.getNIn());
        assertInstanceOf(ActivationReLU.class, c2.getActivationFn(), "the layer's own activation wins");
        assertInstanceOf(WeightInitRelu.class, c2.getWeightInitFn());
        assertEquals(PoolingType.AVG, ((SubsamplingLayer) conf.getConf(3).getLayer()).getPoolingType());

        // 28 -5+1 = 24 -> pool 12 -> -5+1 = 8 -> pool 4: 16 channels of 4×4
        DenseLayer d1 = (DenseLayer) conf.getConf(4).getLayer();
        assertEquals(16 * 4 * 4, d1.getNIn());
        assertEquals(120, d1.getNOut());
        assertEquals(84, ((DenseLayer) conf.getConf(5).getLayer()).getNOut());
        assertEquals(10, ((OutputLayer) conf.getConf(6).getLayer()).getNOut());
    }

    @Test
    void paddingAndStrideChangeTheOutputSize() {
        MultiLayerConfiguration conf = conf("{layers: [{type: conv, filters: 4, kernel: 3, stride: 2, padding: 1}, {type: dense, units: 8}]}",
                FASHION, 10);
        ConvolutionLayer c = (ConvolutionLayer) conf.getConf(0).getLayer();
        assertArrayEquals(new int[] {2, 2}, c.getStride());
        assertArrayEquals(new int[] {1, 1}, c.getPadding());
        // (28 + 2·1 − 3) / 2 + 1 = 14
        assertEquals(4 * 14 * 14, ((DenseLayer) conf.getConf(1).getLayer()).getNIn());
    }

    @Test
    void dropoutAndBatchNormLayers() {
        MultiLayerConfiguration conf = conf("{layers: [{type: dense, units: 32}, {type: batchnorm}, {type: dropout, rate: 0.3}, "
                + "{type: dense, units: 16, dropout: 0.5}]}", FASHION, 10);
        BatchNormalization bn = (BatchNormalization) conf.getConf(1).getLayer();
        assertEquals(32, bn.getNOut());
        DropoutLayer drop = (DropoutLayer) conf.getConf(2).getLayer();
        assertEquals(0.7, ((Dropout) drop.getIDropout()).getP(), 1e-12, "DL4J takes the probability of keeping an input");
        // a dense layer's own dropout drops its outputs: input dropout of the next (here the output) layer
        assertEquals(0.5, ((Dropout) conf.getConf(4).getLayer().getIDropout()).getP(), 1e-12);
    }

    @Test
    void preluBecomesALayerOfLearnedSlopesAfterTheDenseOrConvLayer() {
        TrialConfig c = config("{dataset: fashion-mnist-small}",
                "{layers: [{type: conv, filters: 3, kernel: 5, activation: prelu}, {type: dense, units: 8, activation: prelu}]}");
        MultiLayerNetwork net = NetworkFactory.build(c.model(), c.training(), FASHION,
                OutputEncoding.of(c.model().output(), Task.CLASSIFICATION, 10), 1);
        MultiLayerConfiguration conf = net.getLayerWiseConfigurations();
        assertInstanceOf(ActivationIdentity.class, ((ConvolutionLayer) conf.getConf(0).getLayer()).getActivationFn());
        assertInstanceOf(CorrectedPReLULayer.class, conf.getConf(1).getLayer());
        assertInstanceOf(ActivationIdentity.class, ((DenseLayer) conf.getConf(2).getLayer()).getActivationFn());
        assertInstanceOf(CorrectedPReLULayer.class, conf.getConf(3).getLayer());
        // one slope per channel (shared over the 24×24 positions), one per dense unit; all start at 0.25
        assertArrayEquals(new long[] {3, 1, 1}, net.getParam("1_W").shape());
        assertArrayEquals(new long[] {8}, net.getParam("3_W").shape());
        assertEquals(0.25, net.getParam("1_W").minNumber().doubleValue(), 1e-7);
        assertEquals(0.25, net.getParam("3_W").maxNumber().doubleValue(), 1e-7);
    }

    @Test
    void maxoutIsADenseLayerOfPieces() {
        MultiLayerConfiguration conf = conf("{layers: [{type: conv, filters: 2, kernel: 5, activation: relu}, "
                + "{type: dense, units: 6, activation: {type: maxout, pieces: 3}}]}", FASHION, 10);
        MaxoutLayer m = assertInstanceOf(MaxoutLayer.class, conf.getConf(1).getLayer());
        assertEquals(3, m.getPieces());
        assertEquals(6, m.getNOut());
        assertEquals(2 * 24 * 24, m.getNIn());
    }

    @Test
    void convolutionOnATableNeedsAnImageShape() {
        SpecException e = assertThrows(SpecException.class, () -> config("{dataset: digits}", "{layers: [{type: conv, filters: 2, kernel: 3}]}"));
        assertTrue(e.getMessage().contains("model.layers: conv and pool layers need images: digits is a table"), e.getMessage());
        assertTrue(e.getMessage().contains(":3:"), "points at the model line: " + e.getMessage());
    }

    @Test
    void anImageShapeThatDoesNotMatchTheColumnsIsADataError() {
        TrialConfig c = config("{dataset: digits, imageShape: [7, 7]}", "{layers: [{type: conv, filters: 2, kernel: 3}]}");
        DataException e = assertThrows(DataException.class,
                () -> TrialData.prepare(new DataSources().load(c.data().source(), c.data().task()), c.data(), 1));
        assertTrue(e.getMessage().contains("imageShape [1, 7, 7] has 49 values per image, but the rows have 64 feature columns"), e.getMessage());
    }

    @Test
    void aSmallCnnLearnsTheEightByEightDigits() {
        TrialConfig c = TestSupport.parse(dir, """
                name: cnn
                data: {dataset: digits, imageShape: [8, 8]}
                model: {activation: relu, layers: [{type: conv, filters: 8, kernel: 3}, {type: pool, kernel: 2}, {type: dense, units: 32}]}
                training: {optimizer: {type: adam, learningRate: 0.01}, epochs: 1}
                """).trials().get(0).config();
        TrialData td = TrialData.prepare(new DataSources().load(c.data().source(), c.data().task()), c.data(), 1);
        OutputEncoding enc = OutputEncoding.of(c.model().output(), td.task(), td.numClasses());
        MultiLayerNetwork net = NetworkFactory.build(c.model(), c.training(), NetworkInput.of(td), enc, 1);
        Evaluator evaluator = new Evaluator(enc);
        INDArray targets = evaluator.targets(td.train());
        new Trainer(64, 4, 1).train(net, td.train().features(), targets, (epoch, n) -> java.util.Map.of(), () -> false);
        double accuracy = evaluator.evaluate(net, td.test(), evaluator.targets(td.test()), false).metrics().get("accuracy");
        assertTrue(accuracy > 0.9, "test accuracy " + accuracy);
    }

    @Test
    void preluGradientsMatchFiniteDifferencesForDenseAndConvolutionalInput() {
        inDoublePrecision(() -> {
            MultiLayerNetwork dense = gradientNet(InputType.feedForward(4), new long[] {5}, null,
                    new DenseLayer.Builder().nOut(5).activation(Activation.IDENTITY).build());
            assertTrue(GradientCheckUtil.checkGradients(check(dense, Nd4j.rand(DataType.DOUBLE, 6, 4).subi(0.5))), "dense PReLU");
            MultiLayerNetwork conv = gradientNet(InputType.convolutional(5, 5, 1), new long[] {2, 3, 3}, new long[] {2, 3},
                    new ConvolutionLayer.Builder(3, 3).nOut(2).activation(Activation.IDENTITY).build());
            assertTrue(GradientCheckUtil.checkGradients(check(conv, Nd4j.rand(DataType.DOUBLE, 6, 1, 5, 5).subi(0.5))), "conv PReLU");
        });
    }

    /** DL4J's own PReLU layer fails in M2.1 once a batch has more than 64 × units values; ours trains. */
    @Test
    void preluTrainsOnLargeBatches() {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().seed(1).dataType(DataType.FLOAT).list()
                .layer(new DenseLayer.Builder().nOut(4).activation(Activation.IDENTITY).build())
                .layer(CorrectedPReLULayer.of(new long[] {4}, null, 0.25, 0))
                .layer(new OutputLayer.Builder(LossFunction.MCXENT).nOut(3).activation(Activation.SOFTMAX).build())
                .setInputType(InputType.feedForward(4)).build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        INDArray x = Nd4j.randn(DataType.FLOAT, 500, 4);
        INDArray y = Nd4j.zeros(DataType.FLOAT, 500, 3);
        y.getColumn(0).assign(1);
        INDArray before = net.getParam("1_W").dup();
        net.fit(x, y);
        assertTrue(Double.isFinite(net.score()));
        assertTrue(net.getParam("1_W").sub(before).norm2Number().doubleValue() > 0, "the slopes learn");
    }

    private static MultiLayerNetwork gradientNet(InputType in, long[] shape, long[] shared, org.deeplearning4j.nn.conf.layers.Layer first) {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().seed(3).dataType(DataType.DOUBLE).updater(new NoOp())
                .weightInit(WeightInit.XAVIER).list()
                .layer(first)
                .layer(CorrectedPReLULayer.of(shape, shared, 0.25, 0))
                .layer(new OutputLayer.Builder(LossFunction.MCXENT).activation(Activation.SOFTMAX).nOut(3).build())
                .setInputType(in).build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        // slopes away from 0.25 everywhere, so a wrong broadcast axis cannot pass by symmetry
        INDArray slopes = net.getParam("1_W");
        net.setParam("1_W", Nd4j.linspace(DataType.DOUBLE, 0.1, 0.9, slopes.length()).reshape(slopes.shape()));
        return net;
    }

    private static GradientCheckUtil.MLNConfig check(MultiLayerNetwork net, INDArray x) {
        INDArray y = Nd4j.zeros(DataType.DOUBLE, x.size(0), 3);
        for (int i = 0; i < x.size(0); i++) {
            y.putScalar(i, i % 3, 1.0);
        }
        return new GradientCheckUtil.MLNConfig().net(net).input(x).labels(y).epsilon(1e-6).maxRelError(1e-3).minAbsoluteError(1e-8)
                .print(GradientCheckUtil.PrintMode.FAILURES_ONLY);
    }

    /** GradientCheckUtil demands ND4J's global default type be DOUBLE; other tests share the JVM. */
    private static void inDoublePrecision(Runnable body) {
        DataType before = Nd4j.dataType();
        DataType beforeFp = Nd4j.defaultFloatingPointType();
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
        try {
            body.run();
        } finally {
            Nd4j.setDefaultDataTypes(before, beforeFp);
        }
    }
}
