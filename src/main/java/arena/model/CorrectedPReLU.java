package arena.model;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.feedforward.PReLU;
import org.deeplearning4j.nn.params.PReLUParamInitializer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Broadcast;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * DL4J 1.0.0-M2.1's PReLU layer with its passes in plain ND4J arithmetic:
 * f(x) = max(0, x) + α · min(0, x), one slope α per unit (dense) or per channel (conv). The native
 * {@code prelu_bp} op of M2.1 refuses any input longer than 64 times the number of slopes ("the
 * length of input array should be no more than SD_MAX_RANK*2 times the alpha array length"), so
 * DL4J's own layer fails on every mini-batch of more than 64 rows, and on nearly any image.
 */
public final class CorrectedPReLU extends PReLU {

    CorrectedPReLU(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
    }

    @Override
    public INDArray activate(boolean training, LayerWorkspaceMgr mgr) {
        assertInputSet(false);
        applyDropOutIfNecessary(training, mgr);
        INDArray out = mgr.createUninitialized(ArrayType.ACTIVATIONS, input.dataType(), input.shape(), 'c');
        INDArray positive = Transforms.relu(input, true);
        INDArray negative = input.sub(positive);
        Broadcast.mul(negative, slopes(), negative, 1);
        out.assign(positive.addi(negative));
        return out;
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr mgr) {
        assertInputSet(true);
        INDArray positive = input.gt(0).castTo(epsilon.dataType());
        INDArray negativePart = Transforms.min(input, 0.0, true);
        // dL/dα: the upstream gradient times min(0, x), summed over every axis but the unit/channel axis
        INDArray slopeGradient = epsilon.mul(negativePart).sum(everyAxisBut1(input.rank()));
        INDArray view = gradientViews.get(PReLUParamInitializer.WEIGHT_KEY);
        view.assign(slopeGradient.reshape(view.shape()));

        INDArray delta = mgr.createUninitialized(ArrayType.ACTIVATION_GRAD, epsilon.dataType(), epsilon.shape(), 'c');
        INDArray below = epsilon.mul(positive.rsub(1.0));
        Broadcast.mul(below, slopes(), below, 1);
        delta.assign(epsilon.mul(positive).addi(below));
        Gradient g = new DefaultGradient();
        g.setGradientFor(PReLUParamInitializer.WEIGHT_KEY, view, 'c');
        return new Pair<>(g, backpropDropOutIfPresent(delta));
    }

    /** The slopes as a vector along axis 1 (units, or channels of [batch, channels, height, width]). */
    private INDArray slopes() {
        INDArray alpha = getParam(PReLUParamInitializer.WEIGHT_KEY);
        return alpha.reshape(alpha.length()).castTo(input.dataType());
    }

    private static int[] everyAxisBut1(int rank) {
        int[] axes = new int[rank - 1];
        axes[0] = 0;
        for (int i = 2; i < rank; i++) {
            axes[i - 1] = i;
        }
        return axes;
    }
}
