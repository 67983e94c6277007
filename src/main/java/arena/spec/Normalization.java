package arena.spec;

import java.util.Locale;

/**
 * Feature scaling, always fitted on the training split only; {@code pixels} divides by 255
 * (8-bit images: every pixel in [0, 1], the same scale for all pixels).
 */
public enum Normalization {
    NONE, STANDARDIZE, MINMAX, PIXELS;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Normalization read(YNode node, String key) {
        String v = Names.normalise(Values.string(node, key));
        if (v.equals("standardise") || v.equals("zscore")) {
            return STANDARDIZE;
        }
        for (Normalization n : values()) {
            if (n.label().equals(v)) {
                return n;
            }
        }
        throw Values.error(node, key, "expected none, standardize, minmax or pixels, got " + node.describe()
                + Suggestions.hint(v, java.util.List.of("none", "standardize", "minmax", "pixels")));
    }
}
