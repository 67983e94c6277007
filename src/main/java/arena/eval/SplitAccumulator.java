package arena.eval;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

import arena.data.NativeArrays;
import arena.model.ForwardPass;
import arena.model.OutputEncoding;
import arena.model.Predictions;
import arena.spec.Task;

/**
 * The metrics of one split measured batch by batch, for data read as a stream: the same numbers
 * {@link Evaluator} computes on the split held whole (sums of per-row losses, a confusion matrix,
 * running moments), in memory that does not grow with the rows ({@link RocAuc} is exact up to a
 * million rows and binned beyond).
 */
public final class SplitAccumulator {
    private final OutputEncoding encoding;
    private final boolean full;
    private long rows;
    private double lossSum;
    private final int[][] confusion;
    private double logLossSum;
    private boolean probabilities;
    private final RocAuc auc = new RocAuc();
    private double sse, sae, targetMean, targetM2;

    public SplitAccumulator(OutputEncoding encoding, boolean full) {
        this.encoding = encoding;
        this.full = full;
        this.confusion = encoding.task() == Task.CLASSIFICATION ? new int[encoding.numClasses()][encoding.numClasses()] : null;
    }

    /** One batch: features, and class indices (classification) or targets (regression). */
    public void add(MultiLayerNetwork net, INDArray features, int[] classes, double[] targets) {
        INDArray labels = classes != null ? encoding.encode(classes) : OutputEncoding.encodeTargets(targets);
        int n = (int) features.rows();
        try (ForwardPass pass = ForwardPass.of(net, features)) {
            lossSum += pass.meanLoss(labels) * n;
            if (classes != null) {
                addClassification(classes, encoding.decode(pass.output()));
            } else {
                addRegression(targets, ForwardPass.column(pass.output(), 0));
            }
        } finally {
            NativeArrays.close(labels);
        }
        rows += n;
    }

    private void addClassification(int[] classes, Predictions p) {
        for (int i = 0; i < classes.length; i++) {
            confusion[classes[i]][p.predicted()[i]]++;
        }
        if (!full) {
            return;
        }
        if (p.probabilities() != null) {
            probabilities = true;
            logLossSum += ClassificationMetrics.logLoss(classes, p.probabilities()) * classes.length;
        }
        if (encoding.numClasses() == 2 && p.positiveScore() != null) {
            for (int i = 0; i < classes.length; i++) {
                auc.add(p.positiveScore()[i], classes[i] == 1);
            }
        }
    }

    private void addRegression(double[] truth, double[] predicted) {
        for (int i = 0; i < truth.length; i++) {
            double e = truth[i] - predicted[i];
            sse += e * e;
            sae += Math.abs(e);
            long n = rows + i + 1;
            double d = truth[i] - targetMean;   // Welford: the variance of the truth without a second pass
            targetMean += d / n;
            targetM2 += d * (truth[i] - targetMean);
        }
    }

    public long rows() {
        return rows;
    }

    public SplitEvaluation result() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("loss", lossSum / rows);
        if (confusion != null) {
            m.put("accuracy", ClassificationMetrics.accuracy(confusion, (int) rows));
            if (!full) {
                return new SplitEvaluation(m, null);
            }
            double[] prf = ClassificationMetrics.macroPrecisionRecallF1(confusion);
            m.put("precision", prf[0]);
            m.put("recall", prf[1]);
            m.put("f1", prf[2]);
            if (probabilities) {
                m.put("logLoss", logLossSum / rows);
            }
            if (auc.defined()) {
                m.put("auc", auc.value());
            }
            return new SplitEvaluation(m, confusion);
        }
        double mse = sse / rows;
        if (full) {
            m.put("mse", mse);
        }
        m.put("rmse", Math.sqrt(mse));
        if (full) {
            m.put("mae", sae / rows);
        }
        m.put("r2", targetM2 == 0 ? (sse == 0 ? 1.0 : 0.0) : 1 - sse / targetM2);
        return new SplitEvaluation(m, null);
    }
}
