package arena.stats;

/** The verdict of a paired comparison at the table's alpha, aware of which direction is better. */
public enum Marker {
    BETTER("▲", "significantly better"),
    WORSE("▼", "significantly worse"),
    SAME("·", "no significant difference"),
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

    static Marker of(PairedTest test, double pHolm, double alpha, boolean higherIsBetter) {
        if (test.n() < 2 || Double.isNaN(pHolm)) {
            return NONE;
        }
        if (pHolm >= alpha || test.meanDiff() == 0) {
            return SAME;
        }
        return (test.meanDiff() > 0) == higherIsBetter ? BETTER : WORSE;
    }
}
