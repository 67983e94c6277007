package arena.report;

import java.util.Locale;

import arena.spec.Metrics;
import arena.stats.Comparison;
import arena.stats.Marker;
import arena.stats.PValues;

/** Plain-English readings of comparisons: "higher test.accuracy than sigmoid, +5.1 pts [3.9, 6.3], p = 0.002 (paired t, Holm)". */
public final class Verdicts {
    private Verdicts() { }

    /** Fractions (accuracy, F1, ...) are shown as percentage points. */
    static boolean inPoints(String metric) {
        String m = metric.substring(metric.lastIndexOf('.') + 1);
        return m.equals("accuracy") || m.equals("f1") || m.equals("precision") || m.equals("recall") || m.equals("auc");
    }

    public static String difference(Comparison c) {
        var t = c.test();
        if (t.n() < 2) {
            return "–";
        }
        if (inPoints(c.metric())) {
            return String.format(Locale.ROOT, "%+.1f pts [%.1f, %.1f]", 100 * t.meanDiff(), 100 * t.ciLow(), 100 * t.ciHigh());
        }
        return String.format(Locale.ROOT, "%+.3g [%.3g, %.3g]", t.meanDiff(), t.ciLow(), t.ciHigh());
    }

    public static String sentence(Comparison c) {
        if (c.marker() == Marker.NONE) {
            return c.metric() + ": not tested (" + c.test().n() + " paired seed" + (c.test().n() == 1 ? "" : "s") + ")";
        }
        boolean higher = c.test().meanDiff() > 0;
        String direction = c.marker() == Marker.SAME
                ? "no significant difference in " + c.metric() + " from " + c.against()
                : c.marker() == Marker.DIFFERENT
                ? "significantly " + (higher ? "higher " : "lower ") + c.metric() + " than " + c.against() + " (no better direction)"
                : (higher ? "higher " : "lower ") + c.metric() + " than " + c.against();
        return String.format(Locale.ROOT, "%s, %s, %s (paired t, Holm)", direction, difference(c), PValues.phrase(c.pHolm()));
    }

    static String markerCell(Comparison c) {
        if (c == null || c.marker() == Marker.NONE) {
            return "";
        }
        return " " + c.marker().symbol() + " " + PValues.phrase(c.pHolm());
    }

    static String better(String metric) {
        return switch (Metrics.direction(metric)) {
            case HIGHER -> "higher is better";
            case LOWER -> "lower is better";
            case NONE -> "no better direction";
        };
    }
}
