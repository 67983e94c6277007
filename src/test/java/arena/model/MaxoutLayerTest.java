package arena.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;

import org.deeplearning4j.gradientcheck.GradientCheckUtil;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.NoOp;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/** Maxout as a DL4J layer: forward values, gradients, training, serialisation, initialisation. */
class MaxoutLayerTest {

    // ---- forward pass --------------------------------------------------------------------------

    @Test
    void forwardPassIsTheMaximumOverEachUnitsPieces() {
        MultiLayerNetwork net = net(config(12345, DataType.DOUBLE, new NoOp(), MaxoutLayer.builder().nIn(2).nOut(2).pieces(3)));
        // W column j·3 + p is piece p of unit j
        INDArray w = Nd4j.create(new double[][] {
                // unit 0: (1,0)  (0,1)  (-1,-1) | unit 1: (2,-1)  (-0.5,0.5)  (0,0)
                {1, 0, -1, 2, -0.5, 0},
                {0, 1, -1, -1, 0.5, 0}});
        INDArray b = Nd4j.create(new double[][] {{0, 0.5, 0, 0, 0, 0.25}});
        net.setParam("0_W", w);
        net.setParam("0_b", b);
        assertEquals(w, net.getParam("0_W"), "setParam must reach the parameter view");

        INDArray x = Nd4j.create(new double[][] {{1, 2}, {-1, 0.5}});
        INDArray h = net.feedForwardToLayer(0, x, false).get(1);

        // row (1, 2):    unit 0: max(1, 2+0.5, -3) = 2.5        unit 1: max(0, 0.5, 0+0.25) = 0.5
        // row (-1, 0.5): unit 0: max(-1, 0.5+0.5, 0.5) = 1.0    unit 1: max(-2.5, 0.75, 0.25) = 0.75
        INDArray expected = Nd4j.create(new double[][] {{2.5, 0.5}, {1.0, 0.75}});
        assertTrue(expected.equalsWithEps(h, 1e-12), () -> "maxout output " + h);

        // the comparison is not vacuous: a value off by 0.05 is caught
        INDArray wrong = Nd4j.create(new double[][] {{2.5, 0.5}, {1.0, 0.8}});
        assertFalse(wrong.equalsWithEps(h, 1e-12));
    }

    // ---- gradients -----------------------------------------------------------------------------

    @Test
    void backpropMatchesNumericalGradients() {
        inDoublePrecision(() -> {
            MultiLayerNetwork net = gradientCheckNet(new NoOp(), 0.0);
            assertTrue(GradientCheckUtil.checkGradients(gradientCheck(net)), "maxout gradient check");
        });
    }

    @Test
    void gradientCheckCatchesAScaledGradient() {
        // An Sgd(0.5) updater on the maxout layer halves the gradient the check compares with
        // (the check applies the updater first). It must fail, else passing it would mean nothing.
        inDoublePrecision(() -> {
            MultiLayerNetwork net = gradientCheckNet(new Sgd(0.5), 0.0);
            assertFalse(GradientCheckUtil.checkGradients(gradientCheck(net).exitOnFirstError(true)));
        });
    }

    @Test
    void backpropThroughInputDropoutMatchesNumericalGradients() {
        // as in DL4J's own dropout gradient checks: the same mask on every pass via the RNG seed
        inDoublePrecision(() -> {
            MultiLayerNetwork net = gradientCheckNet(new NoOp(), 0.7);
            GradientCheckUtil.MLNConfig check = gradientCheck(net).callEachIter(n -> Nd4j.getRandom().setSeed(7));
            assertTrue(GradientCheckUtil.checkGradients(check));
        });
    }

    @Test
    void tiedPiecesPassTheGradientToTheFirstOnly() {
        // x = 0 and zero biases: all three pieces of each unit tie. A subgradient gives dL/dh_j to one
        // piece; an elementwise max chain would give it to all three and triple the bias gradient.
        MultiLayerNetwork net = net(new NeuralNetConfiguration.Builder().seed(5).dataType(DataType.DOUBLE)
                .updater(new NoOp()).weightInit(WeightInit.XAVIER).list()
                .layer(MaxoutLayer.builder().nIn(2).nOut(2).pieces(3).build())
                .layer(new OutputLayer.Builder(LossFunction.MSE).activation(Activation.IDENTITY).nOut(1).build())
                .setInputType(InputType.feedForward(2))
                .build());
        net.setInput(Nd4j.zeros(DataType.DOUBLE, 1, 2));
        net.setLabels(Nd4j.ones(DataType.DOUBLE, 1, 1));
        net.computeGradientAndScore();
        double[] gb = net.gradient().getGradientFor("0_b").toDoubleVector();
        double[] dh = net.getParam("1_W").mul(-2.0).toDoubleVector();   // dL/dh = 2(y - 1)·W_out, y = 0
        assertArrayEquals(new double[] {dh[0], 0, 0, dh[1], 0, 0}, gb, 1e-12);
    }

    @Test
    void buildingTheGradientGraphPrintsNothing() {
        java.io.PrintStream original = System.out;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(captured, true));
        try {
            MultiLayerNetwork net = net(config(1, DataType.FLOAT, new Sgd(0.1), MaxoutLayer.builder().nOut(4).pieces(2)));
            net.fit(new DataSet(Nd4j.rand(DataType.FLOAT, 3, 2), Nd4j.create(new float[][] {{1, 0}, {0, 1}, {1, 0}})));
        } finally {
            System.setOut(original);
        }
        assertEquals("", captured.toString());
    }

    private static MultiLayerNetwork gradientCheckNet(IUpdater maxoutUpdater,
                                                      double dropIn) {
        MaxoutLayer.Builder maxout = MaxoutLayer.builder().nOut(5).pieces(3).updater(maxoutUpdater);
        if (dropIn > 0) {
            maxout.dropOut(dropIn);
        }
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder()
                .seed(12345).dataType(DataType.DOUBLE).updater(new NoOp()).weightInit(WeightInit.XAVIER)
                .list()
                .layer(maxout.build())
                .layer(new OutputLayer.Builder(LossFunction.MCXENT).activation(Activation.SOFTMAX).nOut(3).build())
                .setInputType(InputType.feedForward(4))
                .build();
        return net(conf);
    }

    private static GradientCheckUtil.MLNConfig gradientCheck(MultiLayerNetwork net) {
        Nd4j.getRandom().setSeed(42);
        INDArray x = Nd4j.rand(DataType.DOUBLE, 6, 4).subi(0.5).muli(2);
        INDArray y = Nd4j.zeros(DataType.DOUBLE, 6, 3);
        for (int i = 0; i < 6; i++) {
            y.putScalar(i, i % 3, 1.0);
        }
        // DL4J's own gradient-check settings
        return new GradientCheckUtil.MLNConfig().net(net).input(x).labels(y)
                .epsilon(1e-6).maxRelError(1e-3).minAbsoluteError(1e-8)
                .print(GradientCheckUtil.PrintMode.FAILURES_ONLY);
    }

    /** GradientCheckUtil also demands ND4J's global default type be DOUBLE; other tests share the JVM. */
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

    // ---- dropout -------------------------------------------------------------------------------

    @Test
    void inputDropoutIsAppliedInTrainingOnly() {
        MultiLayerNetwork net = net(config(3, DataType.FLOAT, new NoOp(),
                MaxoutLayer.builder().nIn(50).nOut(4).pieces(2).dropOut(0.5)));
        INDArray x = Nd4j.ones(DataType.FLOAT, 1, 50);
        INDArray test1 = net.feedForwardToLayer(0, x, false).get(1);
        INDArray test2 = net.feedForwardToLayer(0, x, false).get(1);
        INDArray train = net.feedForwardToLayer(0, x, true).get(1);
        assertEquals(test1, test2);
        assertNotEquals(test1, train, "dropOut on a maxout layer must change its training-time output");
    }

    // ---- training and serialisation ------------------------------------------------------------

    @Test
    void learnsXorAndSurvivesJsonAndModelFiles(@TempDir Path dir) throws Exception {
        MultiLayerConfiguration conf = config(7, DataType.FLOAT, new Sgd(0.1), MaxoutLayer.builder().nOut(16).pieces(2));
        MultiLayerNetwork net = net(conf);
        INDArray initial = net.params().dup();
        assertEquals(2, ((MaxoutLayer) conf.getConf(0).getLayer()).getNIn(), "nIn from setInputType");

        INDArray x = Nd4j.create(new float[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}});
        INDArray y = Nd4j.create(new float[][] {{1, 0}, {0, 1}, {0, 1}, {1, 0}});
        DataSet xor = new DataSet(Nd4j.concat(0, x, x, x, x), Nd4j.concat(0, y, y, y, y));
        for (int step = 0; step < 500; step++) {
            net.fit(xor);
        }
        INDArray predicted = net.output(xor.getFeatures()).argMax(1);
        assertEquals(xor.getLabels().argMax(1), predicted, () -> "XOR training predictions; score " + net.score());

        String json = conf.toJson();
        MultiLayerConfiguration back = MultiLayerConfiguration.fromJson(json);
        assertEquals(conf, back);
        assertEquals(json, back.toJson());
        MaxoutLayer layer = (MaxoutLayer) back.getConf(0).getLayer();
        assertEquals(16, layer.getNOut());
        assertEquals(2, layer.getPieces());
        assertEquals(initial, net(back).params(), "same seed, same configuration, same initial weights");

        File file = dir.resolve("maxout.zip").toFile();
        ModelSerializer.writeModel(net, file, true);
        MultiLayerNetwork restored = ModelSerializer.restoreMultiLayerNetwork(file, true);
        assertEquals(net.output(x), restored.output(x));
        assertEquals(net.output(x), net.clone().output(x));
    }

    @Test
    void takesFlattenedImagesLikeADenseLayer() {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().list()
                .layer(MaxoutLayer.builder().nOut(3).pieces(2).build())
                .layer(new OutputLayer.Builder(LossFunction.MCXENT).activation(Activation.SOFTMAX).nOut(2).build())
                .setInputType(InputType.convolutional(4, 5, 2))
                .build();
        assertEquals(40, ((MaxoutLayer) conf.getConf(0).getLayer()).getNIn());
        INDArray out = net(conf).output(Nd4j.rand(DataType.FLOAT, 3, 2, 4, 5));
        assertArrayEquals(new long[] {3, 2}, out.shape());
    }

    // ---- initialisation ------------------------------------------------------------------------

    @Test
    void sameSeedSameInitialParametersOtherSeedOthers() {
        MaxoutLayer.Builder layer = MaxoutLayer.builder().nOut(8).pieces(3);
        INDArray a = net(config(99, DataType.FLOAT, new Sgd(0.1), layer)).params();
        INDArray b = net(config(99, DataType.FLOAT, new Sgd(0.1), layer)).params();
        INDArray c = net(config(100, DataType.FLOAT, new Sgd(0.1), layer)).params();
        assertEquals(a, b);
        assertNotEquals(a, c);
    }

    @Test
    void xavierUsesFanInAndUnitsAsFanOut() {
        int nIn = 200, nOut = 100, pieces = 3;
        MultiLayerNetwork net = net(new NeuralNetConfiguration.Builder().seed(1).weightInit(WeightInit.XAVIER).list()
                .layer(MaxoutLayer.builder().nIn(nIn).nOut(nOut).pieces(pieces).build()).build());
        INDArray w = net.getParam("0_W");
        assertArrayEquals(new long[] {nIn, (long) nOut * pieces}, w.shape());
        // N(0, 2/(fanIn+fanOut)): std 0.0816 with fanOut = nOut, 0.0632 with fanOut = nOut·pieces
        assertEquals(Math.sqrt(2.0 / (nIn + nOut)), w.stdNumber().doubleValue(), 0.002);
        assertEquals(0.0, net.getParam("0_b").sumNumber().doubleValue());
    }

    @Test
    void weightAndBiasInitComeFromTheNetworkUnlessSetOnTheLayer() {
        NeuralNetConfiguration.Builder global = new NeuralNetConfiguration.Builder().weightInit(WeightInit.ONES).biasInit(0.5);
        MultiLayerNetwork inherits = net(global.list().layer(MaxoutLayer.builder().nIn(3).nOut(2).pieces(2).build()).build());
        assertEquals(1.0, inherits.getParam("0_W").minNumber().doubleValue());
        assertEquals(1.0, inherits.getParam("0_W").maxNumber().doubleValue());
        assertEquals(0.5, inherits.getParam("0_b").meanNumber().doubleValue());

        MultiLayerNetwork own = net(global.list()
                .layer(MaxoutLayer.builder().nIn(3).nOut(2).pieces(2).weightInit(WeightInit.ZERO).biasInit(-1).build()).build());
        assertEquals(0.0, own.getParam("0_W").norm1Number().doubleValue());
        assertEquals(-1.0, own.getParam("0_b").meanNumber().doubleValue());
    }

    @Test
    void rejectsFewerThanTwoPieces() {
        assertThrows(IllegalArgumentException.class, () -> MaxoutLayer.builder().nIn(2).nOut(2).pieces(1).build());
    }

    // ---- helpers -------------------------------------------------------------------------------

    /** input(2) → maxout → softmax(2), nIn inferred unless the builder sets it. */
    private static MultiLayerConfiguration config(long seed, DataType type,
                                                  IUpdater updater,
                                                  MaxoutLayer.Builder maxout) {
        MaxoutLayer layer = maxout.build();
        long inputs = layer.getNIn() > 0 ? layer.getNIn() : 2;
        return new NeuralNetConfiguration.Builder()
                .seed(seed).dataType(type).updater(updater).weightInit(WeightInit.XAVIER)
                .list()
                .layer(layer)
                .layer(new OutputLayer.Builder(LossFunction.MCXENT).activation(Activation.SOFTMAX).nOut(2).build())
                .setInputType(InputType.feedForward(inputs))
                .build();
    }

    private static MultiLayerNetwork net(MultiLayerConfiguration conf) {
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        return net;
    }
}
