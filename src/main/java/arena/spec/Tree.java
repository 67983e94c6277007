package arena.spec;

import java.util.List;
import java.util.Map;

/** Reads and replaces values at dotted paths in a {@link YNode} tree (sweeps, overrides, baselines, reports). */
public final class Tree {
    private Tree() { }

    static YNode put(YNode node, List<String> path, YNode value, Position keyPos, String fullKey) {
        return put(node, path, 0, value, keyPos, fullKey);
    }

    private static YNode put(YNode node, List<String> path, int i, YNode value, Position keyPos, String fullKey) {
        if (i == path.size()) {
            return value;
        }
        String part = path.get(i);
        if (node instanceof YNode.YList list && part.matches("[0-9]+")) {
            int index = Integer.parseInt(part);
            if (index >= list.items().size()) {
                throw new SpecException(keyPos, fullKey, "index " + index + " is past the end of the list ("
                        + list.items().size() + " items)");
            }
            List<YNode> items = new java.util.ArrayList<>(list.items());
            items.set(index, put(items.get(index), path, i + 1, value, keyPos, fullKey));
            return new YNode.YList(items, list.pos());
        }
        YNode.YMap map = asMap(node, keyPos, fullKey, String.join(".", path.subList(0, i)));
        YNode.Entry existing = map.entries().get(part);
        YNode child = existing == null ? null : existing.value();
        return map.with(part, existing == null ? keyPos : existing.keyPos(), put(child, path, i + 1, value, keyPos, fullKey));
    }

    /** Absent becomes an empty map; a bare name becomes {type: name}, so a parameter can be set on it. */
    private static YNode.YMap asMap(YNode node, Position keyPos, String fullKey, String where) {
        if (Values.isNull(node)) {
            return new YNode.YMap(Map.of(), node == null ? keyPos : node.pos());
        }
        if (node instanceof YNode.YMap m) {
            return m;
        }
        if (node instanceof YNode.YScalar s) {
            return new YNode.YMap(Map.of("type", new YNode.Entry("type", s.pos(), s)), s.pos());
        }
        throw new SpecException(keyPos, fullKey, where + " is " + node.describe() + "; cannot set a key inside it");
    }

    /** The value at a path, or null. */
    public static YNode get(YNode node, List<String> path) {
        YNode cur = node;
        for (String part : path) {
            if (cur instanceof YNode.YMap m) {
                cur = m.get(part);
            } else if (cur instanceof YNode.YList l && part.matches("[0-9]+") && Integer.parseInt(part) < l.items().size()) {
                cur = l.items().get(Integer.parseInt(part));
            } else {
                return null;
            }
        }
        return cur;
    }
}
