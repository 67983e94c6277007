package arena.eval;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

import arena.model.Predictions;

/**
 * Classification metrics computed the usual (scikit-learn) way, not with DL4J's Evaluation, whose
 * macro averages skip never-predicted classes and which has no log loss. Macro averages run over
 * the classes present in the truth or the predictions (scikit-learn's default labels); a class
 * with no predicted (or no true) rows scores 0 precision (recall), as with zero_division=0.
 */
public final class ClassificationMetrics {
    /** scikit-learn's log_loss clipping for float64. */
    static final double EPS = 1e-15;

    private ClassificationMetrics() { }

    public static Map<String, Double> compute(int[] truth, Predictions p, int numClasses) {
        Map<String, Double> out = new LinkedHashMap<>();
        int[][] cm = confusion(truth, p.predicted(), numClasses);
        out.put("accuracy", accuracy(cm, truth.length));
        double[] prf = macroPrecisionRecallF1(cm);
        out.put("precision", prf[0]);
        out.put("recall", prf[1]);
        out.put("f1", prf[2]);
        if (p.probabilities() != null) {
            out.put("logLoss", logLoss(truth, p.probabilities()));
        }
        if (numClasses == 2 && p.positiveScore() != null) {
            double auc = auc(truth, p.positiveScore());
            if (!Double.isNaN(auc)) {
                out.put("auc", auc);
            }
        }
        return out;
    }

    /** Rows: true class, columns: predicted class. */
    public static int[][] confusion(int[] truth, int[] predicted, int numClasses) {
        int[][] cm = new int[numClasses][numClasses];
        for (int i = 0; i < truth.length; i++) {
            cm[truth[i]][predicted[i]]++;
        }
        return cm;
    }

    static double accuracy(int[][] cm, int n) {
        long right = 0;
        for (int k = 0; k < cm.length; k++) {
            right += cm[k][k];
        }
        return n == 0 ? Double.NaN : (double) right / n;
    }

    /** {precision, recall, F1}, each the unweighted mean over the labels in play: true or predicted for some row. */
    static double[] macroPrecisionRecallF1(int[][] cm) {
        TreeSet<Integer> labels = new TreeSet<>();
        for (int t = 0; t < cm.length; t++) {
            for (int q = 0; q < cm.length; q++) {
                if (cm[t][q] > 0) {
                    labels.add(t);
                    labels.add(q);
                }
            }
        }
        double sp = 0, sr = 0, sf = 0;
        for (int k : labels) {
            long tp = cm[k][k];
            long predictedK = 0, trueK = 0;
            for (int j = 0; j < cm.length; j++) {
                predictedK += cm[j][k];
                trueK += cm[k][j];
            }
            double precision = predictedK == 0 ? 0 : (double) tp / predictedK;
            double recall = trueK == 0 ? 0 : (double) tp / trueK;
            sp += precision;
            sr += recall;
            sf += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
        int m = labels.size();
        return new double[] {sp / m, sr / m, sf / m};
    }

    /** Mean of -log p(true class), probabilities clipped to [1e-15, 1 - 1e-15] and renormalised. */
    static double logLoss(int[] truth, double[][] probabilities) {
        double sum = 0;
        for (int i = 0; i < truth.length; i++) {
            double[] row = probabilities[i];
            double total = 0;
            for (double v : row) {
                total += clip(v);
            }
            sum += -Math.log(clip(row[truth[i]]) / total);
        }
        return sum / truth.length;
    }

    private static double clip(double v) {
        return Math.min(1 - EPS, Math.max(EPS, v));
    }

    /**
     * ROC AUC, the Mann-Whitney statistic: the chance that a random positive scores above a random
     * negative, ties counting half. NaN when only one class is present. Exact at any size.
     */
    static double auc(int[] truth, double[] score) {
        RocAuc auc = new RocAuc(Integer.MAX_VALUE);
        for (int i = 0; i < truth.length; i++) {
            auc.add(score[i], truth[i] == 1);
        }
        return auc.defined() ? auc.value() : Double.NaN;
    }
}
