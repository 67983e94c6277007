package arena.spec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An experiment file as a tree that remembers where every value was written, so that any
 * error found later (after merging, overriding, sweeping) can still point at file, line and column.
 */
public sealed interface YNode permits YNode.YMap, YNode.YList, YNode.YScalar {

    Position pos();

    /** How the value reads in an error message. */
    String describe();

    /** A map entry keeps the position of its key, which is where "unknown key" errors point. */
    record Entry(String key, Position keyPos, YNode value) { }

    record YMap(Map<String, Entry> entries, Position pos) implements YNode {
        public YMap {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        public YNode get(String key) {
            Entry e = entries.get(key);
            return e == null ? null : e.value();
        }

        public YMap with(String key, Position keyPos, YNode value) {
            Map<String, Entry> copy = new LinkedHashMap<>(entries);
            Entry old = copy.get(key);
            copy.put(key, new Entry(key, old != null && keyPos == null ? old.keyPos() : keyPos, value));
            return new YMap(copy, pos);
        }

        public YMap without(String key) {
            Map<String, Entry> copy = new LinkedHashMap<>(entries);
            copy.remove(key);
            return new YMap(copy, pos);
        }

        @Override
        public String describe() {
            return "a map";
        }
    }

    record YList(List<YNode> items, Position pos) implements YNode {
        public YList {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A scalar keeps its text; {@code quoted} tells "10" (a string) from 10 (a number). */
    record YScalar(String text, boolean quoted, Position pos) implements YNode {

        public boolean isNull() {
            return !quoted && (text.isEmpty() || text.equals("~") || text.equals("null") || text.equals("Null")
                    || text.equals("NULL"));
        }

        @Override
        public String describe() {
            return quoted ? "the string \"" + text + "\"" : "'" + text + "'";
        }
    }
}
