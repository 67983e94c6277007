package arena.train;

import java.util.LinkedHashMap;
import java.util.Map;

import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.optimize.api.BaseTrainingListener;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Weight-gradient statistics per layer, gathered as DL4J trains and averaged over an epoch's
 * iterations: the L2 norm and mean |g| of each layer's weight gradient, per example (DL4J hands
 * listeners the gradient summed over the mini-batch, so it is divided by the batch size), and the
 * update-to-weight ratio ||ΔW|| / ||W|| with W before the step, read after the updater has turned
 * the gradient into the step it applies (W before = W after + ΔW, since DL4J subtracts the step). Each callback copies the flattened gradient (and parameters) out once and sums in
 * Java: a dozen small ND4J reductions per step cost more than training a small network does.
 * The time spent here is counted so that it can be kept out of training time.
 */
public final class GradientStatistics extends BaseTrainingListener {
    private final int layers;
    private final double[] norm;
    private final double[] meanAbs;
    private final double[] updateRatio;
    private final boolean[] weighted;     // layers with a weight matrix: pooling, dropout and batch norm have none
    private int gradients;
    private int updates;
    private long nanos;
    private volatile boolean active = true;

    public GradientStatistics(int layers) {
        this.layers = layers;
        this.norm = new double[layers];
        this.meanAbs = new double[layers];
        this.updateRatio = new double[layers];
        this.weighted = new boolean[layers];
    }

    void setActive(boolean active) {
        this.active = active;
    }

    @Override
    public void onGradientCalculation(Model model) {
        if (!active) {
            return;
        }
        long t0 = System.nanoTime();
        MultiLayerNetwork net = (MultiLayerNetwork) model;
        double batch = Math.max(1, net.getInputMiniBatchSize());
        Gradient g = net.gradient();
        float[] all = net.getFlattenedGradients().data().asFloat();
        for (int i = 0; i < layers; i++) {
            INDArray w = g.getGradientFor(i + "_W");
            if (w != null) {
                weighted[i] = true;
                double[] sums = sums(all, w);
                norm[i] += Math.sqrt(sums[0]) / batch;
                meanAbs[i] += sums[1] / w.length() / batch;
            }
        }
        gradients++;
        nanos += System.nanoTime() - t0;
    }

    @Override
    public void iterationDone(Model model, int iteration, int epoch) {
        if (!active) {
            return;
        }
        long t0 = System.nanoTime();
        MultiLayerNetwork net = (MultiLayerNetwork) model;
        Gradient update = net.gradient();
        float[] steps = net.getFlattenedGradients().data().asFloat();
        float[] params = net.params().data().asFloat();
        for (int i = 0; i < layers; i++) {
            INDArray step = update.getGradientFor(i + "_W");
            INDArray weights = net.getParam(i + "_W");
            if (step != null && weights != null) {
                double w = Math.sqrt(squaredSumBefore(params, weights, steps, step));
                updateRatio[i] += w == 0 ? 0 : Math.sqrt(sums(steps, step)[0]) / w;
            }
        }
        updates++;
        nanos += System.nanoTime() - t0;
    }

    /** Σ (w + Δw)² over a layer's weights: the squared norm of the weights before the step. */
    private static double squaredSumBefore(float[] params, INDArray weights, float[] steps, INDArray step) {
        long pw = weights.offset();
        long ps = step.offset();
        double sq = 0;
        for (long k = 0; k < weights.length(); k++) {
            double v = params[(int) (pw + k)] + (double) steps[(int) (ps + k)];
            sq += v * v;
        }
        return sq;
    }

    /** {Σx², Σ|x|} over a contiguous view's elements in the copied buffer. */
    private static double[] sums(float[] buffer, INDArray view) {
        long from = view.offset();
        long to = from + view.length();
        double sq = 0, abs = 0;
        for (long k = from; k < to; k++) {
            double v = buffer[(int) k];
            sq += v * v;
            abs += Math.abs(v);
        }
        return new double[] {sq, abs};
    }

    /** Averages since the last call, as diag.<name>.layer<i>, then starts over. */
    Map<String, Double> drain() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < layers; i++) {
            if (!weighted[i]) {
                continue;
            }
            if (gradients > 0) {
                out.put("diag.gradNorm.layer" + i, norm[i] / gradients);
                out.put("diag.gradMeanAbs.layer" + i, meanAbs[i] / gradients);
            }
            if (updates > 0) {
                out.put("diag.updateRatio.layer" + i, updateRatio[i] / updates);
            }
        }
        java.util.Arrays.fill(norm, 0);
        java.util.Arrays.fill(meanAbs, 0);
        java.util.Arrays.fill(updateRatio, 0);
        gradients = 0;
        updates = 0;
        return out;
    }

    /** Nanoseconds spent in this listener so far (it runs inside fit, so training time subtracts it). */
    public long nanos() {
        return nanos;
    }
}
