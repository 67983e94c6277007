package arena.model;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;

import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.distribution.Distribution;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.samediff.SDLayerParams;
import org.deeplearning4j.nn.conf.layers.samediff.SameDiffLayer;
import org.deeplearning4j.nn.conf.preprocessor.CnnToFeedForwardPreProcessor;
import org.deeplearning4j.nn.params.DefaultParamInitializer;
import org.deeplearning4j.nn.weights.IWeightInit;
import org.deeplearning4j.nn.weights.WeightInit;
import org.deeplearning4j.nn.weights.WeightInitDistribution;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Maxout (Goodfellow et al. 2013): a dense layer whose unit j outputs the largest of k affine
 * pieces, h_j = max_p (x·W[:, j, p] + b[j, p]). DL4J has none, so it is a {@link SameDiffLayer}:
 * SameDiff differentiates it for us. It runs on {@link CorrectedSameDiffLayer}, which fixes the
 * M2.1 SameDiff layer's doubled gradients and ignored dropout.
 *
 * <p>Parameters are named like a {@link org.deeplearning4j.nn.conf.layers.DenseLayer}'s ("W" and
 * "b"), so code that reads {@code <layer>_W} treats both alike. W has shape
 * [nIn, nOut·pieces] and b [1, nOut·pieces]; column {@code j·pieces + p} is piece p of unit j.
 *
 * <pre>{@code
 * MaxoutLayer.builder().nOut(16).pieces(2).build()      // nIn from setInputType
 * MaxoutLayer.builder().nIn(4).nOut(16).pieces(3).weightInit(WeightInit.RELU).dropOut(0.8).build()
 * }</pre>
 *
 * Weight init and bias init not set on the layer come from the network's
 * {@code NeuralNetConfiguration.Builder} (XAVIER and 0 unless configured there), as for a dense layer.
 */
public class MaxoutLayer extends SameDiffLayer {
    private static final String W = DefaultParamInitializer.WEIGHT_KEY;
    private static final String B = DefaultParamInitializer.BIAS_KEY;

    private long nIn;
    private long nOut;
    private int pieces;
    private IWeightInit weightInitFn;
    private double biasInit = Double.NaN;

    /** For Jackson: DL4J rebuilds layer configurations from JSON when it clones or loads networks. */
    protected MaxoutLayer() {
        refreshParamShapes();
    }

    private MaxoutLayer(Builder b) {
        super(b);
        if (b.nOut <= 0) {
            throw new IllegalArgumentException("maxout: nOut (units) must be positive, got " + b.nOut);
        }
        if (b.pieces < 2) {
            throw new IllegalArgumentException("maxout: pieces must be at least 2, got " + b.pieces);
        }
        this.nIn = b.nIn;
        this.nOut = b.nOut;
        this.pieces = b.pieces;
        this.weightInitFn = b.weightInitFn;
        this.biasInit = b.biasInit;
        refreshParamShapes();
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void defineParameters(SDLayerParams params) {
        params.clear();
        params.addWeightParam(W, nIn, nOut * pieces);
        params.addBiasParam(B, 1, nOut * pieces);
    }

    /**
     * Fan-in is nIn and fan-out nOut, not nOut·pieces: each piece is a dense map to nOut units, and
     * backward only the winning piece of each unit carries gradient, so a unit's signal sees nOut
     * outgoing paths exactly as in a dense layer of nOut units.
     */
    @Override
    public void initializeParameters(Map<String, INDArray> params) {
        INDArray w = params.get(W);
        INDArray shaped = initFor(W).init(nIn, nOut, w.shape(), paramReshapeOrder(W), w);
        if (shaped != w) {
            w.assign(shaped);   // an init may return a fresh array rather than fill the view
        }
        INDArray b = params.get(B);
        if (paramWeightInit != null && paramWeightInit.containsKey(B)) {
            b.assign(paramWeightInit.get(B).init(nIn, nOut, b.shape(), paramReshapeOrder(B), b));
        } else {
            b.assign(Double.isNaN(biasInit) ? 0.0 : biasInit);
        }
    }

    private IWeightInit initFor(String param) {
        if (paramWeightInit != null && paramWeightInit.containsKey(param)) {
            return paramWeightInit.get(param);
        }
        if (weightInitFn == null) {
            throw new IllegalStateException("maxout: no weight init; the layer must be built inside a network configuration");
        }
        return weightInitFn;
    }

    @Override
    public SDVariable defineLayer(SameDiff sd, SDVariable input, Map<String, SDVariable> params, SDVariable mask) {
        SDVariable z = sd.mmul(input, params.get(W)).add(params.get(B));
        SDVariable byUnit = sd.reshape(z, -1, nOut, pieces);   // c order: columns j·pieces .. j·pieces+pieces-1 are unit j
        // max over the pieces as z ⊙ onehot(argmax z), summed: exact, and the gradient reaches the
        // first of tied pieces only, as with reduce_max, whose backward op in M2.1 makes training
        // about 5x slower than a dense layer of nOut·pieces units (this form: about as fast).
        SDVariable winner = sd.oneHot(sd.argmax(byUnit, 2), pieces, -1, 1.0, 0.0, byUnit.dataType());
        return byUnit.mul(winner).sum("maxout", 2);
    }

    @Override
    public void applyGlobalConfigToLayer(NeuralNetConfiguration.Builder global) {
        if (weightInitFn == null) {
            weightInitFn = global.getWeightInitFn();
        }
        if (Double.isNaN(biasInit)) {
            biasInit = global.getBiasInit();
        }
    }

    @Override
    public org.deeplearning4j.nn.api.Layer instantiate(NeuralNetConfiguration conf, Collection<TrainingListener> listeners,
                                                       int layerIndex, INDArray paramsView, boolean initializeParams,
                                                       DataType networkDataType) {
        return CorrectedSameDiffLayer.create(conf, layerIndex, paramsView, initializeParams, networkDataType);
    }

    @Override
    public InputType getOutputType(int layerIndex, InputType inputType) {
        return InputType.feedForward(nOut);
    }

    @Override
    public void setNIn(InputType inputType, boolean override) {
        if (nIn > 0 && !override) {
            return;
        }
        long size = switch (inputType.getType()) {
            case FF -> ((InputType.InputTypeFeedForward) inputType).getSize();
            case CNNFlat -> ((InputType.InputTypeConvolutionalFlat) inputType).getFlattenedSize();
            default -> throw new IllegalStateException("maxout layer \"" + getLayerName()
                    + "\" takes feed-forward (or flattened image) input, got " + inputType);
        };
        setNIn(size);
    }

    @Override
    public InputPreProcessor getPreProcessorForInputType(InputType inputType) {
        if (inputType.getType() == InputType.Type.CNN) {
            InputType.InputTypeConvolutional c = (InputType.InputTypeConvolutional) inputType;
            return new CnnToFeedForwardPreProcessor(c.getHeight(), c.getWidth(), c.getChannels(), c.getFormat());
        }
        return null;
    }

    /**
     * AbstractSameDiffLayer caches the shapes on first use and never recomputes them, but nIn may
     * arrive later (setInputType) or from JSON. Redefining in place also keeps the cached object
     * non-null, so two equal layers compare equal whether or not the shapes were asked for yet.
     */
    private void refreshParamShapes() {
        defineParameters(getLayerParams());
    }

    public long getNIn() {
        return nIn;
    }

    /** Also updates the parameter shapes, which depend on nIn. */
    public void setNIn(long nIn) {
        boolean changed = nIn != this.nIn;
        this.nIn = nIn;
        if (changed) {
            refreshParamShapes();
        }
    }

    public long getNOut() {
        return nOut;
    }

    public void setNOut(long nOut) {
        boolean changed = nOut != this.nOut;
        this.nOut = nOut;
        if (changed) {
            refreshParamShapes();
        }
    }

    public int getPieces() {
        return pieces;
    }

    public void setPieces(int pieces) {
        boolean changed = pieces != this.pieces;
        this.pieces = pieces;
        if (changed) {
            refreshParamShapes();
        }
    }

    public IWeightInit getWeightInitFn() {
        return weightInitFn;
    }

    public void setWeightInitFn(IWeightInit weightInitFn) {
        this.weightInitFn = weightInitFn;
    }

    public double getBiasInit() {
        return biasInit;
    }

    public void setBiasInit(double biasInit) {
        this.biasInit = biasInit;
    }

    /** Layer.clone is shallow: the clone gets its own parameter shapes so setNIn on it leaves ours alone. */
    @Override
    public MaxoutLayer clone() {
        MaxoutLayer c = (MaxoutLayer) super.clone();
        c.setLayerParams(null);
        c.refreshParamShapes();
        return c;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MaxoutLayer m && super.equals(o) && nIn == m.nIn && nOut == m.nOut && pieces == m.pieces
                && Objects.equals(weightInitFn, m.weightInitFn) && Double.compare(biasInit, m.biasInit) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(super.hashCode(), nIn, nOut, pieces, weightInitFn, biasInit);
    }

    @Override
    public String toString() {
        return "MaxoutLayer(nIn=" + nIn + ", nOut=" + nOut + ", pieces=" + pieces + ", weightInit=" + weightInitFn + ")";
    }

    /** DL4J-style builder; also reachable as {@link MaxoutLayer#builder()}. */
    public static final class Builder extends SameDiffLayer.Builder<Builder> {
        private long nIn;
        private long nOut;
        private int pieces = 2;
        private IWeightInit weightInitFn;
        private double biasInit = Double.NaN;

        public Builder() {
            // SameDiffLayer.Builder defaults its enum to XAVIER; null lets the network's weightInit apply
            setWeightInit(null);
        }

        /** Inputs; may be left out when the list has setInputType. */
        public Builder nIn(long nIn) {
            this.nIn = nIn;
            return this;
        }

        /** Units (outputs) of the layer. */
        public Builder nOut(long nOut) {
            this.nOut = nOut;
            return this;
        }

        /** Affine pieces per unit (k ≥ 2); default 2. */
        public Builder pieces(int pieces) {
            this.pieces = pieces;
            return this;
        }

        @Override
        public Builder weightInit(WeightInit weightInit) {
            if (weightInit == WeightInit.DISTRIBUTION) {
                throw new IllegalArgumentException("maxout: use weightInit(Distribution) for a distribution");
            }
            return weightInit(weightInit.getWeightInitFunction());
        }

        public Builder weightInit(IWeightInit weightInit) {
            this.weightInitFn = weightInit;
            return this;
        }

        public Builder weightInit(Distribution distribution) {
            return weightInit(new WeightInitDistribution(distribution));
        }

        /** Initial value of every bias; default the network's biasInit (0 unless set). */
        public Builder biasInit(double biasInit) {
            this.biasInit = biasInit;
            return this;
        }

        @Override
        @SuppressWarnings("unchecked")
        public MaxoutLayer build() {
            return new MaxoutLayer(this);
        }
    }
}
