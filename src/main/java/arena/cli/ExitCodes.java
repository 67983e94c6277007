package arena.cli;

/** The product's exit codes; when several apply the order of precedence is 2, 130, 3, 1. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int CHECK_FAILED = 1;
    public static final int BAD_INPUT = 2;
    public static final int TRIALS_FAILED = 3;
    public static final int INTERRUPTED = 130;

    private ExitCodes() { }

    /** Combines two outcomes by precedence. */
    public static int worst(int a, int b) {
        int[] order = {BAD_INPUT, INTERRUPTED, TRIALS_FAILED, CHECK_FAILED, OK};
        for (int code : order) {
            if (a == code || b == code) {
                return code;
            }
        }
        return Math.max(a, b);
    }
}
