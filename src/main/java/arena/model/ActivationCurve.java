package arena.model;

import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import arena.spec.ActivationSpec;

/**
 * An activation function and its derivative sampled on a grid, computed by DL4J itself: the values
 * by {@code getActivation}, the derivative by {@code backprop} with an upstream gradient of ones
 * (exactly what training uses). RReLU's slope is random while training, so its curve is the
 * inference-mode function and a central difference of it.
 */
public record ActivationCurve(String label, double[] x, double[] y, double[] dydx) {

    public static ActivationCurve of(ActivationSpec spec, double from, double to, int points) {
        double[] x = new double[points];
        for (int i = 0; i < points; i++) {
            x[i] = from + (to - from) * i / (points - 1);
        }
        IActivation f = NetworkFactory.activation(spec);
        double[] y = values(f, x);
        double[] d;
        if (spec.name().equals("rrelu")) {
            d = centralDifference(f, x);
        } else {
            INDArray in = Nd4j.create(x, new long[] {1, points}, DataType.DOUBLE);
            d = f.backprop(in, Nd4j.onesLike(in)).getFirst().toDoubleVector();
        }
        return new ActivationCurve(spec.label(), x, y, d);
    }

    private static double[] values(IActivation f, double[] x) {
        INDArray in = Nd4j.create(x, new long[] {1, x.length}, DataType.DOUBLE);
        return f.getActivation(in, false).toDoubleVector();
    }

    private static double[] centralDifference(IActivation f, double[] x) {
        double h = 1e-4;
        double[] plus = new double[x.length];
        double[] minus = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            plus[i] = x[i] + h;
            minus[i] = x[i] - h;
        }
        double[] a = values(f, plus);
        double[] b = values(f, minus);
        double[] d = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            d[i] = (a[i] - b[i]) / (2 * h);
        }
        return d;
    }
}
