package arena.stats;

import java.util.Locale;

/** How p-values are written everywhere: 3 significant digits, tiny ones as "< 0.001". */
public final class PValues {
    private PValues() { }

    public static String format(double p) {
        if (Double.isNaN(p)) {
            return "–";
        }
        if (p < 0.001) {
            return "< 0.001";
        }
        return String.format(Locale.ROOT, "%.3g", p);
    }

    /** "p = 0.012" or "p < 0.001", for sentences. */
    public static String phrase(double p) {
        String f = format(p);
        return f.startsWith("<") ? "p " + f : "p = " + f;
    }
}
