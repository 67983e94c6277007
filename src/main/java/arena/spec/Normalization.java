package arena.spec;

import java.util.Locale;

/** Feature scaling, always fitted on the training split only. */
public enum Normalization {
    NONE, STANDARDIZE, MINMAX;

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
        throw Values.error(node, key, "expected none, standardize or minmax, got " + node.describe()
                + Suggestions.hint(v, java.util.List.of("none", "standardize", "minmax")));
    }
}
