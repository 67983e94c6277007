package arena.data;

/** Row indices of the three splits, each ascending. Validation or test may be empty. */
public record SplitIndices(int[] train, int[] validation, int[] test) { }
