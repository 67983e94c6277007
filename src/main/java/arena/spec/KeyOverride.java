package arena.spec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A command-line {@code --set key=value}. The value is read as YAML, so {@code [32, 16]} is a list
 * and {@code 0.1} a number, and it is then checked by the same rules as the file.
 */
public record KeyOverride(String key, String value) {

    public static KeyOverride parse(String argument) {
        int eq = argument.indexOf('=');
        if (eq <= 0) {
            throw new SpecException(Position.argument("--set " + argument), null,
                    "expected --set key=value, e.g. --set training.epochs=5");
        }
        return new KeyOverride(argument.substring(0, eq).trim(), argument.substring(eq + 1));
    }

    public String argument() {
        return "--set " + key + "=" + value;
    }

    /** The path into the tree; keys under {@code sweep} are dotted names themselves. */
    List<String> path() {
        List<String> parts = new ArrayList<>(Arrays.asList(key.split("\\.")));
        if (parts.size() > 1 && parts.get(0).equals("sweep")) {
            return List.of("sweep", key.substring("sweep.".length()));
        }
        return parts;
    }

    /** The value as a YAML node positioned at the argument. */
    public YNode node() {
        return valueNode();
    }

    YNode valueNode() {
        String source = argument();
        YNode node = YamlLoader.parse(value.isEmpty() ? "''" : value, source);
        return relocate(node, Position.argument(source));
    }

    /** Every node of an override points at the argument, not at a line of a one-line document. */
    private static YNode relocate(YNode node, Position pos) {
        if (node instanceof YNode.YScalar s) {
            return new YNode.YScalar(s.text(), s.quoted(), pos);
        }
        if (node instanceof YNode.YList l) {
            return new YNode.YList(l.items().stream().map(i -> relocate(i, pos)).toList(), pos);
        }
        YNode.YMap m = (YNode.YMap) node;
        java.util.Map<String, YNode.Entry> entries = new java.util.LinkedHashMap<>();
        m.entries().forEach((k, e) -> entries.put(k, new YNode.Entry(k, pos, relocate(e.value(), pos))));
        return new YNode.YMap(entries, pos);
    }
}
