package arena.spec;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Parses YAML text into a {@link YNode} tree. SnakeYAML only composes nodes here: nothing is
 * constructed, so no tag can instantiate a class, and custom tags are refused outright.
 */
public final class YamlLoader {
    private static final int MAX_ALIASES = 50;

    private YamlLoader() { }

    public static YNode parse(String text, String source) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setCodePointLimit(4 * 1024 * 1024);
        Yaml yaml = new Yaml(new SafeConstructor(options), new org.yaml.snakeyaml.representer.Representer(
                new DumperOptions()), new DumperOptions(), options);
        try {
            Iterable<Node> documents = yaml.composeAll(new StringReader(text));
            Node root = null;
            int count = 0;
            for (Node document : documents) {
                root = document;
                count++;
            }
            if (count > 1) {
                throw new SpecException(new Position(source, 1, 1), null,
                        "the file holds " + count + " YAML documents; an experiment file holds one");
            }
            if (root == null) {
                return new YNode.YMap(Map.of(), new Position(source, 1, 1));
            }
            return convert(root, source);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new SpecException(position(mark, source), null, "invalid YAML: " + yamlProblem(e));
        } catch (YAMLException e) {
            throw new SpecException(new Position(source, 1, 1), null, "invalid YAML: " + e.getMessage());
        }
    }

    private static String yamlProblem(MarkedYAMLException e) {
        String context = e.getContext() == null ? "" : e.getContext() + ", ";
        return context + e.getProblem();
    }

    private static YNode convert(Node node, String source) {
        Position pos = position(node.getStartMark(), source);
        checkTag(node, pos);
        if (node instanceof MappingNode map) {
            Map<String, YNode.Entry> entries = new LinkedHashMap<>();
            for (NodeTuple tuple : map.getValue()) {
                Node keyNode = tuple.getKeyNode();
                Position keyPos = position(keyNode.getStartMark(), source);
                if (!(keyNode instanceof ScalarNode scalarKey)) {
                    throw new SpecException(keyPos, null, "a map key must be a plain name, not a list or map");
                }
                if (keyNode.getTag().equals(Tag.MERGE)) {
                    throw new SpecException(keyPos, null, "YAML merge keys (<<) are not supported; use 'extends'");
                }
                String key = scalarKey.getValue();
                if (entries.containsKey(key)) {
                    throw new SpecException(keyPos, key, "duplicate key (first written at line " + entries.get(key).keyPos().line() + ")");
                }
                entries.put(key, new YNode.Entry(key, keyPos, convert(tuple.getValueNode(), source)));
            }
            return new YNode.YMap(entries, pos);
        }
        if (node instanceof SequenceNode seq) {
            List<YNode> items = seq.getValue().stream().map(n -> convert(n, source)).collect(Collectors.toList());
            return new YNode.YList(items, pos);
        }
        ScalarNode scalar = (ScalarNode) node;
        return new YNode.YScalar(scalar.getValue(), scalar.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN, pos);
    }

    private static void checkTag(Node node, Position pos) {
        Tag tag = node.getTag();
        boolean standard = tag.startsWith(Tag.PREFIX) && !tag.getValue().startsWith(Tag.PREFIX + "java")
                && !tag.getValue().startsWith(Tag.PREFIX + "python");
        if (!standard) {
            throw new SpecException(pos, null, "YAML tag " + tag.getValue() + " is not allowed (tags cannot create objects here)");
        }
    }

    private static Position position(Mark mark, String source) {
        return mark == null ? new Position(source, 1, 1) : new Position(source, mark.getLine() + 1, mark.getColumn() + 1);
    }
}
