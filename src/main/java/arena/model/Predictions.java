package arena.model;

/**
 * A classifier's outputs read as classes: the predicted class per row, class probabilities when
 * the output layer gives them (softmax, sigmoid), and for binary tasks a score for the positive
 * class (for AUC).
 */
public record Predictions(int[] predicted, double[][] probabilities, double[] positiveScore) { }
