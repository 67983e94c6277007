package arena.spec;

import java.math.BigDecimal;
import java.util.Locale;

/** How names and numbers are normalised, so that equal things are written one way. */
public final class Names {
    private Names() { }

    /** "Leaky_ReLU", "leaky-relu" and "leakyrelu" all become "leakyrelu". */
    public static String normalise(String name) {
        return name.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "").replace(" ", "");
    }

    /** 0.1 and 1e-1 both print as 0.1; 1.0 prints as 1; 1e-10 as 1e-10. */
    public static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        String plain = BigDecimal.valueOf(value).stripTrailingZeros().toString();
        return plain.replace("E", "e").replace("e+", "e");
    }
}
