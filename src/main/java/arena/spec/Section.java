package arena.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * One map of the experiment file being read. Every key asked for is remembered, so that
 * {@link #finish()} can reject the keys nobody asked for, with a "did you mean" among those that
 * were, and keys documented but not built yet fail loudly instead of being ignored.
 */
public final class Section {
    private final YNode.YMap map;
    private final String path;
    private final Set<String> known = new LinkedHashSet<>();
    private final Map<String, String> hints = new LinkedHashMap<>();

    private Section(YNode.YMap map, String path) {
        this.map = map;
        this.path = path;
    }

    /** A section from a node that must be a map; an absent or null node reads as an empty map. */
    public static Section of(YNode node, String path, Position fallback) {
        if (Values.isNull(node)) {
            Position pos = node == null ? fallback : node.pos();
            return new Section(new YNode.YMap(Map.of(), pos), path);
        }
        return new Section(Values.map(node, path), path);
    }

    public String path() {
        return path;
    }

    public String key(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    public Position pos() {
        return map.pos();
    }

    public YNode.YMap node() {
        return map;
    }

    /** The value of a key, or null when absent or written as null; the key counts as known. */
    public YNode get(String name) {
        known.add(name);
        YNode node = map.get(name);
        return Values.isNull(node) ? null : node;
    }

    public boolean has(String name) {
        return get(name) != null;
    }

    /** Where a key was written (its key, not its value), or where the map starts. */
    public Position keyPos(String name) {
        YNode.Entry e = map.entries().get(name);
        return e == null ? map.pos() : e.keyPos();
    }

    public String string(String name, String fallback) {
        YNode n = get(name);
        return n == null ? fallback : Values.string(n, key(name));
    }

    public int integer(String name, int fallback, int min, int max) {
        YNode n = get(name);
        return n == null ? fallback : Values.integer(n, key(name), min, max);
    }

    public double number(String name, double fallback, double min, boolean minOpen, double max) {
        YNode n = get(name);
        return n == null ? fallback : Values.number(n, key(name), min, minOpen, max);
    }

    public boolean bool(String name, boolean fallback) {
        YNode n = get(name);
        return n == null ? fallback : Values.bool(n, key(name));
    }

    /** A value read by a parser that is given the node and the key's full dotted name. */
    public <T> T value(String name, T fallback, BiFunction<YNode, String, T> parser) {
        YNode n = get(name);
        return n == null ? fallback : parser.apply(n, key(name));
    }

    public <T> List<T> list(String name, List<T> fallback, BiFunction<YNode, String, T> itemParser) {
        YNode n = get(name);
        if (n == null) {
            return fallback;
        }
        List<T> out = new ArrayList<>();
        List<YNode> items = Values.list(n, key(name));
        for (int i = 0; i < items.size(); i++) {
            out.add(itemParser.apply(items.get(i), key(name) + "[" + i + "]"));
        }
        return List.copyOf(out);
    }

    public Section section(String name) {
        return Section.of(get(name), key(name), keyPos(name));
    }

    /** A better message for a key people write by mistake, e.g. training.learningRate. */
    public void hint(String wrongKey, String advice) {
        hints.put(wrongKey, advice);
    }

    /** Rejects every key that was never asked for. */
    public void finish() {
        for (YNode.Entry e : map.entries().values()) {
            if (known.contains(e.key())) {
                continue;
            }
            String advice = hints.get(e.key());
            String message = advice != null
                    ? "unknown key; " + advice
                    : "unknown key" + Suggestions.hint(e.key(), known) + "; allowed here: " + String.join(", ", known);
            throw new SpecException(e.keyPos(), key(e.key()), message);
        }
    }
}
