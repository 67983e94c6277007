package arena.model;

import java.util.Collection;
import java.util.Map;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.dropout.Dropout;
import org.deeplearning4j.nn.conf.layers.PReLULayer;
import org.deeplearning4j.nn.weights.WeightInitConstant;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The configuration of a PReLU layer that trains: DL4J's {@link PReLULayer}, instantiating
 * {@link CorrectedPReLU}. Slopes start at {@code initialSlope}; {@code sharedAxes} (1-based over
 * [batch, ...]) share a slope across those axes, e.g. {2, 3} for one slope per channel of an image.
 */
public final class CorrectedPReLULayer extends PReLULayer {

    /** For Jackson: DL4J copies layer configurations through JSON. */
    public CorrectedPReLULayer() {
    }

    static CorrectedPReLULayer of(long[] inputShape, long[] sharedAxes, double initialSlope, double dropout) {
        CorrectedPReLULayer l = new CorrectedPReLULayer();
        l.setInputShape(inputShape);
        l.setSharedAxes(sharedAxes);
        l.setWeightInitFn(new WeightInitConstant(initialSlope));
        l.setBiasInit(Double.NaN);
        l.setGainInit(Double.NaN);
        l.setGradientNormalizationThreshold(Double.NaN);
        if (dropout > 0) {
            l.setIDropout(new Dropout(1.0 - dropout));
        }
        return l;
    }

    @Override
    public Layer instantiate(NeuralNetConfiguration conf, Collection<TrainingListener> listeners, int layerIndex,
                             INDArray paramsView, boolean initializeParams, DataType networkDataType) {
        CorrectedPReLU layer = new CorrectedPReLU(conf, networkDataType);
        layer.setListeners(listeners);
        layer.setIndex(layerIndex);
        layer.setParamsViewArray(paramsView);
        Map<String, INDArray> params = initializer().init(conf, paramsView, initializeParams);
        layer.setParamTable(params);
        layer.setConf(conf);
        return layer;
    }
}
