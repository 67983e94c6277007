package arena.report;

import java.util.Locale;

import arena.stats.Summary;

/** Numbers as people read them in tables. */
public final class Format {
    private Format() { }

    public static String value(String metric, double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        if (metric.startsWith("diag.") && v != 0 && (Math.abs(v) < 0.01 || Math.abs(v) >= 1000)) {
            return String.format(Locale.ROOT, "%.3g", v);   // gradient norms span orders of magnitude
        }
        int decimals = metric.startsWith("time.") || metric.startsWith("epochs.") ? 2
                : Math.abs(v) >= 1000 ? 1 : Math.abs(v) >= 10 ? 2 : 4;
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    public static String meanSd(String metric, Summary s) {
        if (s == null || s.n() == 0) {
            return "–";
        }
        return s.n() == 1 ? value(metric, s.mean()) : value(metric, s.mean()) + " ± " + value(metric, s.sd());
    }
}
