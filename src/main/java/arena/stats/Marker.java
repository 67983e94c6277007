package arena.stats;

import arena.spec.MetricInfo;

/** The verdict of a paired comparison at the table's alpha, aware of which direction is better. */
public enum Marker {
    BETTER("▲", "significantly better"),
    WORSE("▼", "significantly worse"),
    SAME("·", "no significant difference"),
    DIFFERENT("≠", "significantly different (the metric has no better direction)"),
    NONE("", "not tested (fewer than 2 paired seeds)");

    private final String symbol;
    private final String meaning;

    Marker(String symbol, String meaning) {
        this.symbol = symbol;
        this.meaning = meaning;
    }

    public String symbol() {
        return symbol;
    }

    public String meaning() {
        return meaning;
    }

    static Marker of(PairedTest test, double pHolm, double alpha, MetricInfo.Direction direction) {
        if (test.n() < 2 || Double.isNaN(pHolm)) {
            return NONE;
        }
        if (pHolm >= alpha || test.meanDiff() == 0) {
            return SAME;
        }
        if (direction == MetricInfo.Direction.NONE) {
            return DIFFERENT;
        }
        return (test.meanDiff() > 0) == (direction == MetricInfo.Direction.HIGHER) ? BETTER : WORSE;
    }
}
