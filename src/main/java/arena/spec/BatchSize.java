package arena.spec;

/**
 * Rows per gradient step: 1 is stochastic gradient descent, N mini-batch, {@code full} the whole
 * training split (batch gradient descent).
 */
public record BatchSize(int rows) {
    public static final BatchSize FULL = new BatchSize(0);

    public boolean full() {
        return rows == 0;
    }

    /** The rows per step for a training split of {@code n} rows. */
    public int resolve(int n) {
        return full() ? n : Math.min(rows, n);
    }

    public String label() {
        return full() ? "full" : Integer.toString(rows);
    }

    Object canonical() {
        return full() ? "full" : (Object) rows;
    }

    static BatchSize read(YNode node, String key) {
        if (node instanceof YNode.YScalar s && !s.quoted() && s.text().equalsIgnoreCase("full")) {
            return FULL;
        }
        if (node instanceof YNode.YScalar s && !s.text().matches("[-+]?[0-9]+")) {
            throw Values.error(node, key, "expected a number of rows or 'full', got " + node.describe());
        }
        return new BatchSize(Values.integer(node, key, 1, Integer.MAX_VALUE));
    }
}
