package arena.stats;

/**
 * One paired comparison of {@code group} against {@code against} on one metric, pairing trials by
 * seed (same seed = same split, same shuffling, same initial-weight seed). {@code pHolm} and
 * {@code wilcoxonPHolm} are Holm-adjusted over the comparisons of the same table column.
 */
public record Comparison(String metric, String group, String against, PairedTest test, double pHolm,
                         double wilcoxonPHolm, Marker marker) { }
