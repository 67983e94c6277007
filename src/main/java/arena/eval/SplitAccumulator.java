package arena.eval;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import arena.data.NativeArrays;
import arena.model.ForwardPass;
import arena.model.OutputEncoding;
import arena.model.Predictions;
import arena.spec.Task;

/**
 * The metrics of one split measured batch by batch, for data read as a stream: the same numbers
 * {@link Evaluator} computes on the split held whole (sums of per-row losses, a confusion matrix,
 * running moments), in memory that does not grow with the rows, except that ROC AUC keeps one
 * score per row (8 bytes: it ranks them all).
 */
public final class SplitAccumulator {
    private final OutputEncoding encoding;
    private final boolean full;
    private long rows;
    private double lossSum;
    private final int[][] confusion;
    private double logLossSum;
    private boolean probabilities;
    private final Scores positives = new Scores();
    private final Scores negatives = new Scores();
    private double sse, sae, targetMean, targetM2;

    public SplitAccumulator(OutputEncoding encoding, boolean full) {
        this.encoding = encoding;
        this.full = full;
        this.confusion = encoding.task() == Task.CLASSIFICATION ? new int[encoding.numClasses()][encoding.numClasses()] : null;
    }

    /** One batch: features, and class indices (classification) or targets (regression). */
    public void add(MultiLayerNetwork net, INDArray features, int[] classes, double[] targets) {
        INDArray labels = classes != null ? encoding.encode(classes)
                : Nd4j.create(targets, new long[] {targets.length, 1}, DataType.DOUBLE).castTo(DataType.FLOAT);
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
                (classes[i] == 1 ? positives : negatives).add(p.positiveScore()[i]);
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
            if (positives.size > 0 && negatives.size > 0) {
                m.put("auc", auc(positives.sorted(), negatives.sorted()));
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

    /**
     * ROC AUC as the chance that a positive outscores a negative, ties counting half: the
     * Mann-Whitney statistic {@link ClassificationMetrics#auc} computes by ranks, here by merging the
     * two sorted score lists (8 bytes per row, no boxing).
     */
    static double auc(double[] pos, double[] neg) {
        double wins = 0;
        int below = 0;
        int upTo = 0;
        for (double s : pos) {
            while (below < neg.length && neg[below] < s) {
                below++;
            }
            upTo = Math.max(upTo, below);
            while (upTo < neg.length && neg[upTo] == s) {
                upTo++;
            }
            wins += below + 0.5 * (upTo - below);
        }
        return wins / ((double) pos.length * neg.length);
    }

    /** A growable list of scores. */
    private static final class Scores {
        private double[] values = new double[1024];
        private int size;

        void add(double v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, 2 * size);
            }
            values[size++] = v;
        }

        double[] sorted() {
            double[] out = Arrays.copyOf(values, size);
            Arrays.sort(out);
            return out;
        }
    }
}
