package arena.model;

import java.util.List;

import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.distribution.NormalDistribution;
import org.deeplearning4j.nn.conf.distribution.UniformDistribution;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.IWeightInit;
import org.deeplearning4j.nn.weights.WeightInit;
import org.deeplearning4j.nn.weights.WeightInitDistribution;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationELU;
import org.nd4j.linalg.activations.impl.ActivationLReLU;
import org.nd4j.linalg.activations.impl.ActivationThresholdedReLU;
import org.nd4j.linalg.api.buffer.DataType;

import arena.spec.ActivationSpec;
import arena.spec.LayerSpec;
import arena.spec.ModelSpec;
import arena.spec.TrainingSpec;
import arena.spec.WeightInitSpec;

/**
 * Builds the DL4J network a trial trains, layer for layer from {@link ModelSpec#networkLayers()},
 * so DL4J's layer indices are the ones diagnostics report. The seed fixes the initial weights
 * (and ND4J's thread-local random stream, used by dropout). Dropout on a layer drops that
 * layer's outputs, which DL4J expresses as input dropout on the next layer. Convolution and
 * pooling use DL4J's default "truncate" mode (Keras' "valid"): positions that do not fit whole are dropped.
 */
public final class NetworkFactory {
    /** He et al. (2015) start every PReLU slope at 0.25. */
    public static final double PRELU_INITIAL_SLOPE = 0.25;

    private NetworkFactory() { }

    public static MultiLayerConfiguration configuration(ModelSpec model, TrainingSpec training, int inputs,
                                                        OutputEncoding encoding, long seed) {
        return configuration(model, training, NetworkInput.flat(inputs), encoding, seed);
    }

    public static MultiLayerConfiguration configuration(ModelSpec model, TrainingSpec training, NetworkInput input,
                                                        OutputEncoding encoding, long seed) {
        if (model.spatial() && !input.image()) {
            throw new IllegalArgumentException("conv and pool layers need image data; these rows are a table (give data.imageShape)");
        }
        NeuralNetConfiguration.Builder base = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .dataType(DataType.FLOAT)
                .updater(Updaters.of(training))
                .l1(training.l1())
                .l2(training.l2());
        NeuralNetConfiguration.ListBuilder list = base.list();
        List<LayerSpec> layers = model.networkLayers();
        // The shape each layer receives; PReLU needs it to size its slopes, nothing else in DL4J infers it.
        InputType shape = input.image() ? InputType.convolutional(input.height(), input.width(), input.channels())
                : InputType.feedForward(input.features());
        double dropIn = 0.0;
        for (int i = 0; i < layers.size(); i++) {
            LayerSpec l = layers.get(i);
            Layer layer = layer(l, shape, dropIn);
            list.layer(i, layer);
            shape = outputShape(l, layer, i, shape);
            dropIn = l.type().equals("dropout") ? 0.0 : l.dropout();
        }
        OutputLayer.Builder out = new OutputLayer.Builder(model.output().loss().dl4j())
                .nOut(encoding.units())
                .activation(activation(model.output().activation()));
        list.layer(layers.size(), finish(out, model.weightInit(), dropIn));
        InputType in = input.image() ? InputType.convolutionalFlat(input.height(), input.width(), input.channels())
                : InputType.feedForward(input.features());
        return list.setInputType(in).build();
    }

    public static MultiLayerNetwork build(ModelSpec model, TrainingSpec training, NetworkInput input, OutputEncoding encoding, long seed) {
        MultiLayerNetwork net = new MultiLayerNetwork(configuration(model, training, input, encoding, seed));
        net.init();
        return net;
    }

    public static MultiLayerNetwork build(ModelSpec model, TrainingSpec training, int inputs, OutputEncoding encoding, long seed) {
        return build(model, training, NetworkInput.flat(inputs), encoding, seed);
    }

    private static Layer layer(LayerSpec l, InputType in, double dropIn) {
        return switch (l.type()) {
            case "dense" -> l.activation().name().equals("maxout") ? maxout(l, dropIn) : finish(new DenseLayer.Builder().nOut(l.units())
                    .activation(activation(l.activation())).biasInit(l.biasInit()), l.weightInit(), dropIn);
            case "conv" -> finish(new ConvolutionLayer.Builder(ints(l.kernel()), ints(l.stride()), ints(l.padding()))
                    .convolutionMode(ConvolutionMode.Truncate).nOut(l.units()).activation(activation(l.activation())).biasInit(l.biasInit()),
                    l.weightInit(), dropIn);
            case "pool" -> withDropout(new SubsamplingLayer.Builder(l.pooling().equals("max") ? PoolingType.MAX : PoolingType.AVG,
                    ints(l.kernel()), ints(l.stride()), ints(l.padding())).convolutionMode(ConvolutionMode.Truncate), dropIn).build();
            // one layer can hold one dropout: an earlier layer's output dropout and this one's combine
            case "dropout" -> new DropoutLayer.Builder((1.0 - dropIn) * (1.0 - l.dropout())).build();
            case "batchnorm" -> withDropout(new BatchNormalization.Builder(), dropIn).build();
            case "prelu" -> prelu(in, dropIn);
            default -> throw new IllegalArgumentException("unknown layer type " + l.type());
        };
    }

    /** Learned slopes: one per unit after a dense layer, one per channel (shared over the image) after a conv layer. */
    private static Layer prelu(InputType in, double dropIn) {
        if (in instanceof InputType.InputTypeConvolutional c) {
            return CorrectedPReLULayer.of(new long[] {c.getChannels(), c.getHeight(), c.getWidth()}, new long[] {2, 3},
                    PRELU_INITIAL_SLOPE, dropIn);
        }
        return CorrectedPReLULayer.of(new long[] {in.arrayElementsPerExample()}, null, PRELU_INITIAL_SLOPE, dropIn);
    }

    private static Layer maxout(LayerSpec l, double dropIn) {
        MaxoutLayer.Builder b = MaxoutLayer.builder().nOut(l.units()).pieces(l.activation().params().get("pieces").intValue())
                .weightInit(weightInit(l.weightInit())).biasInit(l.biasInit());
        return withDropout(b, dropIn).build();
    }

    /** What a layer hands on, for sizing the next PReLU. */
    private static InputType outputShape(LayerSpec l, Layer layer, int index, InputType in) {
        return switch (l.type()) {
            case "dense" -> InputType.feedForward(l.units());
            case "conv", "pool" -> layer.getOutputType(index, in);
            default -> in;
        };
    }

    private static int[] ints(List<Integer> pair) {
        return new int[] {pair.get(0), pair.get(1)};
    }

    private static <B extends Layer.Builder<B>> B withDropout(B b, double dropout) {
        if (dropout > 0) {
            b.dropOut(1.0 - dropout);
        }
        return b;
    }

    private static BaseLayer finish(BaseLayer.Builder<?> b, WeightInitSpec init, double dropout) {
        b.weightInit(weightInit(init));
        if (dropout > 0) {
            b.dropOut(1.0 - dropout);
        }
        return (BaseLayer) b.build();
    }

    static IWeightInit weightInit(WeightInitSpec init) {
        if (init instanceof WeightInitSpec.Named n) {
            return n.dl4j().getWeightInitFunction();
        } else if (init instanceof WeightInitSpec.Normal n) {
            return new WeightInitDistribution(new NormalDistribution(n.mean(), n.std()));
        } else if (init instanceof WeightInitSpec.Uniform u) {
            return new WeightInitDistribution(new UniformDistribution(u.low(), u.high()));
        }
        return WeightInit.XAVIER.getWeightInitFunction();
    }

    /** DL4J's activation, with parameters where the function has them (rrelu with inference fixed). */
    public static IActivation activation(ActivationSpec a) {
        return switch (a.name()) {
            case "leakyrelu" -> new ActivationLReLU(a.params().get("alpha"));
            case "elu" -> new ActivationELU(a.params().get("alpha"));
            case "thresholdedrelu" -> new ActivationThresholdedReLU(a.params().get("theta"));
            case "rrelu" -> new CorrectedRReLU(a.params().get("lower"), a.params().get("upper"));
            default -> a.dl4j().getActivationFunction();
        };
    }
}
