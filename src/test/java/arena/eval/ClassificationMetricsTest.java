package arena.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;

import org.junit.jupiter.api.Test;

import arena.model.Predictions;

/**
 * Checked against hand computation; the comments give the working (and scikit-learn 1.2 agrees:
 * f1_score(average='macro'), precision_score, recall_score, log_loss, roc_auc_score).
 */
class ClassificationMetricsTest {
    @Test
    void macroAveragesIncludeANeverPredictedClassAsZero() {
        int[] truth = {0, 0, 1, 1, 2, 2};
        int[] pred = {0, 1, 1, 1, 0, 0};   // class 2 is never predicted
        Map<String, Double> m = ClassificationMetrics.compute(truth, new Predictions(pred, null, null), 3);
        assertEquals(3.0 / 6, m.get("accuracy"), 1e-12);
        // precision: c0 1/3, c1 2/3, c2 0 (nothing predicted) -> mean 1/3
        assertEquals(1.0 / 3, m.get("precision"), 1e-12);
        // recall: c0 1/2, c1 2/2, c2 0/2 -> mean 1/2
        assertEquals(0.5, m.get("recall"), 1e-12);
        // F1: c0 2·(1/3·1/2)/(1/3+1/2) = 0.4, c1 2·(2/3·1)/(2/3+1) = 0.8, c2 0 -> mean 0.4
        assertEquals(0.4, m.get("f1"), 1e-12);
        assertFalse(m.containsKey("logLoss"));
    }

    @Test
    void logLossIsTheMeanNegativeLogProbabilityOfTheTrueClass() {
        int[] truth = {0, 1};
        double[][] p = {{0.8, 0.2}, {0.4, 0.6}};
        Map<String, Double> m = ClassificationMetrics.compute(truth, new Predictions(new int[] {0, 1}, p, null), 2);
        assertEquals(-(Math.log(0.8) + Math.log(0.6)) / 2, m.get("logLoss"), 1e-12);
        assertEquals(1.0, m.get("accuracy"));
    }

    @Test
    void aucCountsTiesAsHalf() {
        // roc_auc_score([0,0,1,1], [0.1,0.4,0.35,0.8]) = 0.75
        assertEquals(0.75, ClassificationMetrics.auc(new int[] {0, 0, 1, 1}, new double[] {0.1, 0.4, 0.35, 0.8}), 1e-12);
        // pairs (pos, neg): (0.5 vs 0.5) tie -> 1/2, (0.5 vs 0.2) -> 1, (0.9 vs both) -> 2; 3.5 / 4
        assertEquals(0.875, ClassificationMetrics.auc(new int[] {1, 0, 0, 1}, new double[] {0.5, 0.5, 0.2, 0.9}), 1e-12);
        assertEquals(Double.NaN, ClassificationMetrics.auc(new int[] {1, 1}, new double[] {0.5, 0.6}));
    }

    @Test
    void confusionMatrixRowsAreTruth() {
        int[][] cm = ClassificationMetrics.confusion(new int[] {0, 1, 1}, new int[] {1, 1, 0}, 2);
        assertEquals(0, cm[0][0]);
        assertEquals(1, cm[0][1]);
        assertEquals(1, cm[1][0]);
        assertEquals(1, cm[1][1]);
    }
}
