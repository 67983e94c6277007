package arena.model;

import java.util.List;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import arena.spec.OutputSpec;
import arena.spec.Task;

/**
 * How classes become targets for the output layer, and outputs become classes again.
 * <ul>
 * <li>one-hot over k units (softmax, or any activation on multi-class data);</li>
 * <li>one unit with 0/1 targets on binary data with a non-softmax output (sigmoid + xent: logistic regression);</li>
 * <li>±1 targets for hinge losses (one unit on binary data, one-vs-rest on k units);</li>
 * <li>regression: the target column as is.</li>
 * </ul>
 */
public record OutputEncoding(Task task, int units, boolean signed, boolean probabilities, int numClasses) {

    public static OutputEncoding of(OutputSpec output, Task task, int numClasses) {
        if (task == Task.REGRESSION) {
            return new OutputEncoding(task, 1, false, false, 0);
        }
        String act = output.activation().name();
        boolean single = numClasses == 2 && !act.equals("softmax");
        boolean signed = output.loss().signedTargets();
        boolean probs = List.of("softmax", "sigmoid", "hardsigmoid").contains(act) && !signed;
        return new OutputEncoding(task, single ? 1 : numClasses, signed, probs, numClasses);
    }

    public boolean singleUnit() {
        return task == Task.CLASSIFICATION && units == 1;
    }

    public INDArray encode(int[] classes) {
        float off = signed ? -1f : 0f;
        float[] out = new float[classes.length * units];
        java.util.Arrays.fill(out, off);
        for (int i = 0; i < classes.length; i++) {
            if (singleUnit()) {
                out[i] = classes[i] == 1 ? 1f : off;
            } else {
                out[i * units + classes[i]] = 1f;
            }
        }
        return Nd4j.create(out, new long[] {classes.length, units}, 'c');
    }

    /** Regression targets as the output layer's labels: one float column. */
    public static INDArray encodeTargets(double[] targets) {
        float[] out = new float[targets.length];
        for (int i = 0; i < targets.length; i++) {
            out[i] = (float) targets[i];
        }
        return Nd4j.create(out, new long[] {targets.length, 1}, 'c');
    }

    public Predictions decode(INDArray output) {
        double[][] raw = ForwardPass.rows(output);
        int n = raw.length;
        int[] predicted = new int[n];
        double[][] probs = probabilities ? new double[n][] : null;
        double[] positive = numClasses == 2 ? new double[n] : null;
        double threshold = signed ? 0.0 : 0.5;
        for (int i = 0; i < n; i++) {
            if (singleUnit()) {
                double s = raw[i][0];
                predicted[i] = s > threshold ? 1 : 0;
                positive[i] = s;
                if (probs != null) {
                    double p = Math.min(1, Math.max(0, s));
                    probs[i] = new double[] {1 - p, p};
                }
            } else {
                predicted[i] = argmax(raw[i]);
                if (positive != null) {
                    positive[i] = raw[i][1] - raw[i][0];
                }
                if (probs != null) {
                    probs[i] = normalised(raw[i]);
                }
            }
        }
        return new Predictions(predicted, probs, positive);
    }

    private static int argmax(double[] row) {
        int best = 0;
        for (int j = 1; j < row.length; j++) {
            if (row[j] > row[best]) {
                best = j;
            }
        }
        return best;
    }

    /** Softmax rows already sum to 1; k sigmoid units are rescaled as scikit-learn's log_loss does. */
    private static double[] normalised(double[] row) {
        double sum = 0;
        for (double v : row) {
            sum += v;
        }
        double[] out = new double[row.length];
        for (int j = 0; j < row.length; j++) {
            out[j] = sum > 0 ? row[j] / sum : 1.0 / row.length;
        }
        return out;
    }
}
