package arena.spec;

import java.util.Arrays;
import java.util.List;

/** One swept key and the values it takes, still as written (they are checked when bound). */
record SweepAxis(String key, Position keyPos, List<YNode> values) {

    static final List<String> SWEEPABLE = List.of("data", "model", "training");

    List<String> path() {
        return Arrays.asList(key.split("\\."));
    }

    static List<SweepAxis> read(Section sweep) {
        sweep.notYetSupported("zip", "sweep.zip (paired lists)");
        sweep.notYetSupported("random", "sweep.random (random search)");
        List<SweepAxis> axes = new java.util.ArrayList<>();
        for (YNode.Entry e : sweep.node().entries().values()) {
            if (e.key().equals("zip") || e.key().equals("random")) {
                continue;
            }
            String key = e.key();
            String root = key.split("\\.")[0];
            if (!SWEEPABLE.contains(root) || key.endsWith(".") || key.contains("..")) {
                String hint = root.equals("seeds") ? "; seeds are set with the top-level 'seeds' key" : "";
                throw new SpecException(e.keyPos(), "sweep." + key, "a sweep key is a dotted key under data, model or training"
                        + " (e.g. model.activation)" + hint);
            }
            sweep.get(key);
            List<YNode> values = Values.list(e.value(), "sweep." + key);
            if (values.isEmpty()) {
                throw new SpecException(e.keyPos(), "sweep." + key, "needs at least one value");
            }
            axes.add(new SweepAxis(key, e.keyPos(), values));
        }
        sweep.finish();
        return axes;
    }
}
