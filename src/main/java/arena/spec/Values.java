package arena.spec;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Typed reading of single values, with errors that say what was expected and what was found. */
public final class Values {
    private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern NUMBER = Pattern.compile("[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?");

    private Values() { }

    public static SpecException error(YNode node, String key, String problem) {
        return new SpecException(node.pos(), key, problem);
    }

    public static YNode.YScalar scalar(YNode node, String key, String expected) {
        if (node instanceof YNode.YScalar s && !s.isNull()) {
            return s;
        }
        throw error(node, key, "expected " + expected + ", got " + (node instanceof YNode.YScalar ? "nothing" : node.describe()));
    }

    public static String string(YNode node, String key) {
        return scalar(node, key, "a text value").text();
    }

    public static long integer(YNode node, String key) {
        YNode.YScalar s = scalar(node, key, "a whole number");
        if (s.quoted() || !INTEGER.matcher(s.text()).matches()) {
            throw error(node, key, "expected a whole number, got " + s.describe());
        }
        try {
            return Long.parseLong(s.text().startsWith("+") ? s.text().substring(1) : s.text());
        } catch (NumberFormatException e) {
            throw error(node, key, "number " + s.text() + " is too large");
        }
    }

    public static int integer(YNode node, String key, int min, int max) {
        long value = integer(node, key);
        if (value < min || value > max) {
            throw error(node, key, "must be " + range(min, max) + ", got " + value);
        }
        return (int) value;
    }

    private static String range(long min, long max) {
        if (max == Integer.MAX_VALUE || max == Long.MAX_VALUE) {
            return "at least " + min;
        }
        return "between " + min + " and " + max;
    }

    public static double number(YNode node, String key) {
        YNode.YScalar s = scalar(node, key, "a number");
        if (s.quoted() || !NUMBER.matcher(s.text()).matches()) {
            throw error(node, key, "expected a number, got " + s.describe());
        }
        double value = Double.parseDouble(s.text());
        if (!Double.isFinite(value)) {
            throw error(node, key, "expected a finite number, got " + s.text());
        }
        return value;
    }

    /** A number in [min, max]; {@code minOpen} excludes min itself (e.g. a learning rate above 0). */
    public static double number(YNode node, String key, double min, boolean minOpen, double max) {
        double value = number(node, key);
        boolean tooLow = minOpen ? value <= min : value < min;
        if (tooLow || value > max) {
            String lower = (minOpen ? "above " : "at least ") + fmt(min);
            String bound = max == Double.MAX_VALUE ? lower : lower + " and at most " + fmt(max);
            throw error(node, key, "must be " + bound + ", got " + s(node));
        }
        return value;
    }

    private static String s(YNode node) {
        return ((YNode.YScalar) node).text();
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    public static boolean bool(YNode node, String key) {
        YNode.YScalar s = scalar(node, key, "true or false");
        String t = s.text().toLowerCase(Locale.ROOT);
        if (!s.quoted() && t.equals("true")) {
            return true;
        }
        if (!s.quoted() && t.equals("false")) {
            return false;
        }
        throw error(node, key, "expected true or false, got " + s.describe());
    }

    public static List<YNode> list(YNode node, String key) {
        if (node instanceof YNode.YList l) {
            return l.items();
        }
        throw error(node, key, "expected a list, got " + node.describe());
    }

    public static YNode.YMap map(YNode node, String key) {
        if (node instanceof YNode.YMap m) {
            return m;
        }
        throw error(node, key, "expected a map, got " + node.describe());
    }

    public static boolean isNull(YNode node) {
        return node == null || node instanceof YNode.YScalar s && s.isNull();
    }
}
