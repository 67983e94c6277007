package arena.spec;

/**
 * Fractions of the rows held out for test and validation; the rest trains.
 * A test fraction of 0 evaluates on the training rows (for tiny sets), and reports say so.
 */
public record SplitSpec(double test, double validation, boolean stratify) { }
