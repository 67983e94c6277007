package arena.stats;

/** The outcome of one gate comparison (NEW against OLD on one block, group and metric). */
public enum RegressionVerdict {
    /** Worse and significant or beyond tolerance, or NEW trials diverged/failed where OLD ones finished. */
    REGRESSION("regression"),
    /** Better, and significant after Holm. */
    IMPROVEMENT("improvement"),
    /** Tested: neither significant nor beyond tolerance. */
    NO_CHANGE("no significant change"),
    /** Fewer than 2 paired seeds, so no test; only a tolerance could have flagged it. */
    NOT_TESTED("not tested");

    private final String label;

    RegressionVerdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
