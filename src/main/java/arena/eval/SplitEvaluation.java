package arena.eval;

import java.util.Map;

/** Metrics of one split (without the split prefix), and the confusion matrix for classifiers. */
public record SplitEvaluation(Map<String, Double> metrics, int[][] confusion) { }
