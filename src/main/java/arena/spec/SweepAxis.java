package arena.spec;

import java.util.Arrays;
import java.util.List;

/** One swept key and the values it takes, still as written (they are checked when bound). */
record SweepAxis(String key, Position keyPos, List<YNode> values) {

    static final List<String> SWEEPABLE = List.of("data", "model", "training");

    List<String> path() {
        return Arrays.asList(key.split("\\."));
    }

    /** A key a sweep may set: data, model or training, or a dotted key under them. */
    static void checkKey(String key, Position pos, String where) {
        String root = key.split("\\.")[0];
        if (!SWEEPABLE.contains(root) || key.endsWith(".") || key.contains("..")) {
            String hint = root.equals("seeds") ? "; seeds are set with the top-level 'seeds' key" : "";
            throw new SpecException(pos, where + key, "a sweep key is data, model or training or a dotted key under them"
                    + " (e.g. model.activation)" + hint);
        }
    }
}
