package arena.model;

import org.nd4j.linalg.activations.impl.ActivationRReLU;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.scalar.LeakyReLU;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Randomized leaky ReLU with a correct inference mode. DL4J 1.0.0-M2.1's {@link ActivationRReLU}
 * computes {@code RectifiedLinear(x, (l+u)/2)} at inference, which is max(x, (l+u)/2): every input
 * below about 0.23 comes out as 0.23, so networks trained with rrelu are evaluated with a different
 * function. Here inference is the leaky ReLU with the mean slope (l+u)/2, as in Xu et al. (2015);
 * training (a random slope per unit, drawn from U(l, u)) is DL4J's.
 */
public final class CorrectedRReLU extends ActivationRReLU {
    private final double meanSlope;

    public CorrectedRReLU() {
        this(DEFAULT_L, DEFAULT_U);
    }

    public CorrectedRReLU(double l, double u) {
        super(l, u);
        this.meanSlope = (l + u) / 2;
    }

    @Override
    public INDArray getActivation(INDArray in, boolean training) {
        if (training) {
            return super.getActivation(in, true);
        }
        return Nd4j.getExecutioner().exec(new LeakyReLU(in, meanSlope));
    }

    @Override
    public String toString() {
        return "rrelu(corrected inference, slope " + meanSlope + ")";
    }
}
