package arena.model;

import java.util.List;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.distribution.NormalDistribution;
import org.deeplearning4j.nn.conf.distribution.UniformDistribution;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
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
 * Builds the DL4J network a trial trains. The seed fixes the initial weights (and ND4J's
 * thread-local random stream, used by dropout). Dropout on a layer drops that layer's outputs,
 * which DL4J expresses as input dropout on the next layer.
 */
public final class NetworkFactory {
    private NetworkFactory() { }

    public static MultiLayerConfiguration configuration(ModelSpec model, TrainingSpec training, int inputs,
                                                        OutputEncoding encoding, long seed) {
        NeuralNetConfiguration.Builder base = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .dataType(DataType.FLOAT)
                .updater(Updaters.of(training.optimizer()))
                .l1(training.l1())
                .l2(training.l2());
        NeuralNetConfiguration.ListBuilder list = base.list();
        List<LayerSpec> layers = model.resolvedLayers();
        double dropIn = 0.0;
        for (int i = 0; i < layers.size(); i++) {
            LayerSpec l = layers.get(i);
            DenseLayer.Builder b = new DenseLayer.Builder().nOut(l.units()).activation(activation(l.activation()))
                    .biasInit(l.biasInit());
            list.layer(i, finish(b, l.weightInit(), dropIn));
            dropIn = l.dropout();
        }
        OutputLayer.Builder out = new OutputLayer.Builder(model.output().loss().dl4j())
                .nOut(encoding.units())
                .activation(activation(model.output().activation()));
        list.layer(layers.size(), finish(out, model.weightInit(), dropIn));
        return list.setInputType(InputType.feedForward(inputs)).build();
    }

    public static MultiLayerNetwork build(ModelSpec model, TrainingSpec training, int inputs, OutputEncoding encoding, long seed) {
        MultiLayerNetwork net = new MultiLayerNetwork(configuration(model, training, inputs, encoding, seed));
        net.init();
        return net;
    }

    private static BaseLayer finish(BaseLayer.Builder<?> b, WeightInitSpec init, double dropout) {
        if (init instanceof WeightInitSpec.Named n) {
            b.weightInit(n.dl4j());
        } else if (init instanceof WeightInitSpec.Normal n) {
            b.weightInit(new NormalDistribution(n.mean(), n.std()));
        } else if (init instanceof WeightInitSpec.Uniform u) {
            b.weightInit(new UniformDistribution(u.low(), u.high()));
        } else {
            b.weightInit(WeightInit.XAVIER);
        }
        if (dropout > 0) {
            b.dropOut(1.0 - dropout);
        }
        return (BaseLayer) b.build();
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
