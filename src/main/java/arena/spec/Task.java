package arena.spec;

import java.util.Locale;

/** What the network predicts: a class, or a number. */
public enum Task {
    CLASSIFICATION, REGRESSION;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Task read(YNode node, String key) {
        String v = Names.normalise(Values.string(node, key));
        for (Task t : values()) {
            if (t.label().equals(v)) {
                return t;
            }
        }
        throw Values.error(node, key, "expected classification or regression, got " + node.describe());
    }
}
