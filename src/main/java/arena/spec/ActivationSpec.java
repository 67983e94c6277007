package arena.spec;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.nd4j.linalg.activations.Activation;

/**
 * An activation function by DL4J's name, with its parameters resolved to DL4J's defaults.
 * Written as a name ({@code relu}) or a map ({@code {type: leakyrelu, alpha: 0.2}}).
 */
public record ActivationSpec(String name, Map<String, Double> params) {

    /** Parameters DL4J's activation classes take, with DL4J's defaults. */
    private static final Map<String, Map<String, Double>> PARAMS = Map.of(
            "maxout", Map.of("pieces", 2.0),
            "leakyrelu", Map.of("alpha", 0.01),
            "elu", Map.of("alpha", 1.0),
            "thresholdedrelu", Map.of("theta", 1.0),
            "rrelu", Map.of("lower", 1.0 / 8, "upper", 1.0 / 3));

    private static final Map<String, String> ALIASES = Map.of(
            "logistic", "sigmoid",
            "linear", "identity",
            "silu", "swish",
            "lrelu", "leakyrelu");

    /** Activations that are layers in DL4J rather than functions: built by the model stage. */
    private static final List<String> LAYERS = List.of("prelu", "maxout");

    public ActivationSpec {
        params = Map.copyOf(new TreeMap<>(params));
    }

    public static ActivationSpec of(String name) {
        return new ActivationSpec(name, defaults(name));
    }

    /** Every DL4J activation name, lowercase, in DL4J's order, then prelu and maxout. */
    public static List<String> names() {
        List<String> out = new java.util.ArrayList<>(Arrays.stream(Activation.values()).map(a -> a.name().toLowerCase(Locale.ROOT)).toList());
        out.addAll(LAYERS);
        return out;
    }

    /** prelu and maxout: learned activations that DL4J builds as layers. */
    public boolean isLayer() {
        return LAYERS.contains(name);
    }

    public static Map<String, String> aliases() {
        return new TreeMap<>(ALIASES);
    }

    public static Map<String, Double> defaults(String name) {
        return PARAMS.getOrDefault(name, Map.of());
    }

    /** DL4J's activation function; prelu and maxout are layers instead (see {@link #isLayer()}). */
    public Activation dl4j() {
        if (isLayer()) {
            throw new IllegalStateException(name + " is built as a layer, not an activation function");
        }
        return Activation.valueOf(name.toUpperCase(Locale.ROOT));
    }

    public static ActivationSpec read(YNode node, String key) {
        if (node instanceof YNode.YMap) {
            Section s = Section.of(node, key, node.pos());
            YNode typeNode = s.get("type");
            if (typeNode == null) {
                throw new SpecException(node.pos(), key, "an activation written as a map needs 'type', e.g. {type: leakyrelu, alpha: 0.01}");
            }
            String name = resolveName(typeNode, s.key("type"));
            Map<String, Double> params = new LinkedHashMap<>(defaults(name));
            for (String p : defaults(name).keySet()) {
                params.put(p, p.equals("pieces")
                        ? (double) s.integer(p, params.get(p).intValue(), 2, 64)
                        : s.number(p, params.get(p), -Double.MAX_VALUE, false, Double.MAX_VALUE));
            }
            s.finish();
            return new ActivationSpec(name, params);
        }
        return of(resolveName(node, key));
    }

    private static String resolveName(YNode node, String key) {
        String given = Values.string(node, key);
        String n = Names.normalise(given);
        n = ALIASES.getOrDefault(n, n);
        if (!names().contains(n)) {
            TreeSet<String> all = new TreeSet<>(names());
            all.addAll(ALIASES.keySet());
            throw Values.error(node, key, "unknown activation '" + given + "'" + Suggestions.hint(n, all)
                    + "; see 'arena list activations'");
        }
        return n;
    }

    /** Canonical label: {@code relu}, {@code leakyrelu(alpha=0.01)}. */
    public String label() {
        if (params.isEmpty()) {
            return name;
        }
        return name + params.entrySet().stream().map(e -> e.getKey() + "=" + Names.number(e.getValue()))
                .collect(Collectors.joining(",", "(", ")"));
    }

    /** Full form (config.yaml, labels): the name, or a map with every parameter when it has any. */
    Object describe() {
        if (params.isEmpty()) {
            return name;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", name);
        m.putAll(params);
        return m;
    }

    /** For trial ids: the bare name when every parameter is at DL4J's default. */
    Object canonical() {
        Map<String, Double> changed = new TreeMap<>();
        params.forEach((k, v) -> {
            if (!v.equals(defaults(name).get(k))) {
                changed.put(k, v);
            }
        });
        if (changed.isEmpty()) {
            return name;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", name);
        m.putAll(changed);
        return m;
    }

    /** True for the ReLU family, whose units can die (output never positive). */
    public boolean reluFamily() {
        return List.of("relu", "leakyrelu", "elu", "relu6", "rrelu", "thresholdedrelu", "selu", "prelu").contains(name);
    }
}
