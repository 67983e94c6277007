package arena.spec;

import java.util.List;
import java.util.Map;

/**
 * One layer below the output layer. Types:
 * <ul>
 * <li>{@code dense}: {@code units}, activation, output dropout, weight and bias init;</li>
 * <li>{@code conv}: {@code filters} (kept in {@code units}), {@code kernel}, {@code stride}, {@code padding}, and as dense;</li>
 * <li>{@code pool}: {@code kind} max or avg, {@code kernel} (default 2), {@code stride} (default: the kernel), {@code padding};</li>
 * <li>{@code dropout}: drops each input with probability {@code rate} (kept in {@code dropout}) while training;</li>
 * <li>{@code batchnorm}: batch normalisation;</li>
 * <li>{@code prelu}: the learned-slope activation layer that a dense or conv layer with
 *     {@code activation: prelu} becomes followed by (see {@link ModelSpec#networkLayers()}).</li>
 * </ul>
 * {@code activation}, {@code weightInit} and {@code biasInit} are null when the layer inherits the model's.
 */
public record LayerSpec(String type, int units, ActivationSpec activation, double dropout, WeightInitSpec weightInit, Double biasInit,
                        List<Integer> kernel, List<Integer> stride, List<Integer> padding, String pooling) {

    public static final int MAX_UNITS = 1_000_000;
    static final List<String> TYPES = List.of("dense", "conv", "pool", "dropout", "batchnorm");
    private static final Map<String, String> ALIASES = Map.of("convolution", "conv", "conv2d", "conv", "subsampling", "pool",
            "pooling", "pool", "maxpool", "pool", "batchnormalization", "batchnorm", "bn", "batchnorm");

    public LayerSpec {
        kernel = kernel == null ? null : List.copyOf(kernel);
        stride = stride == null ? null : List.copyOf(stride);
        padding = padding == null ? null : List.copyOf(padding);
    }

    static LayerSpec dense(int units) {
        return new LayerSpec("dense", units, null, 0.0, null, null, null, null, null, null);
    }

    /** Whether the layer applies an activation (and has weights to initialise). */
    public boolean activated() {
        return type.equals("dense") || type.equals("conv");
    }

    /** Whether the layer works on image-shaped data. */
    public boolean spatial() {
        return type.equals("conv") || type.equals("pool");
    }

    static LayerSpec read(YNode node, String key) {
        Section s = Section.of(node, key, node.pos());
        String given = Names.normalise(s.string("type", "dense"));
        String type = ALIASES.getOrDefault(given, given);
        if (!TYPES.contains(type)) {
            throw new SpecException(s.keyPos("type"), s.key("type"), "unknown layer type '" + given + "'"
                    + Suggestions.hint(given, TYPES) + "; one of " + String.join(", ", TYPES));
        }
        LayerSpec out = switch (type) {
            case "dense" -> {
                int units = required(s, "units", "a dense layer needs 'units'");
                yield new LayerSpec(type, units, s.value("activation", null, ActivationSpec::read), s.number("dropout", 0.0, 0.0, false, 0.99),
                        s.value("weightInit", null, WeightInitSpec::read), bias(s), null, null, null, null);
            }
            case "conv" -> {
                int filters = required(s, "filters", "a conv layer needs 'filters'");
                List<Integer> kernel = pair(s, "kernel", null);
                if (kernel == null) {
                    throw new SpecException(s.pos(), s.key("kernel"), "a conv layer needs 'kernel' (e.g. 5, or [5, 5])");
                }
                yield new LayerSpec(type, filters, s.value("activation", null, ActivationSpec::read), s.number("dropout", 0.0, 0.0, false, 0.99),
                        s.value("weightInit", null, WeightInitSpec::read), bias(s), kernel, pair(s, "stride", List.of(1, 1)),
                        pad(s), null);
            }
            case "pool" -> {
                String kind = Names.normalise(s.string("kind", "max"));
                if (!List.of("max", "avg").contains(kind)) {
                    throw new SpecException(s.keyPos("kind"), s.key("kind"), "expected max or avg, got '" + kind + "'");
                }
                List<Integer> kernel = pair(s, "kernel", List.of(2, 2));
                yield new LayerSpec(type, 0, null, 0.0, null, null, kernel, pair(s, "stride", kernel), pad(s), kind);
            }
            case "dropout" -> new LayerSpec(type, 0, null, s.number("rate", 0.5, 0.0, true, 0.99), null, null, null, null, null, null);
            default -> new LayerSpec(type, 0, null, 0.0, null, null, null, null, null, null);
        };
        s.finish();
        if (out.activation() != null && out.activation().name().equals("maxout") && type.equals("conv")) {
            throw new SpecException(s.keyPos("activation"), s.key("activation"), "maxout is a dense layer; use it on dense layers only");
        }
        return out;
    }

    private static int required(Section s, String key, String message) {
        if (!s.has(key)) {
            throw new SpecException(s.pos(), s.key(key), message);
        }
        return s.integer(key, 0, 1, MAX_UNITS);
    }

    private static Double bias(Section s) {
        return s.has("biasInit") ? s.number("biasInit", 0, -Double.MAX_VALUE, false, Double.MAX_VALUE) : null;
    }

    private static List<Integer> pad(Section s) {
        YNode n = s.get("padding");
        return n == null ? List.of(0, 0) : pair(n, s.key("padding"), 0);
    }

    /** A size written as one number (square) or [height, width]. */
    private static List<Integer> pair(Section s, String key, List<Integer> fallback) {
        YNode n = s.get(key);
        return n == null ? fallback : pair(n, s.key(key), 1);
    }

    private static List<Integer> pair(YNode n, String key, int min) {
        if (n instanceof YNode.YList l) {
            if (l.items().size() != 2) {
                throw Values.error(n, key, "expected one number or [height, width]");
            }
            return List.of(Values.integer(l.items().get(0), key + "[0]", min, 10_000), Values.integer(l.items().get(1), key + "[1]", min, 10_000));
        }
        int v = Values.integer(n, key, min, 10_000);
        return List.of(v, v);
    }

    /** The layer with the model's defaults filled in (only layers with an activation take them). */
    LayerSpec resolve(ActivationSpec modelActivation, WeightInitSpec modelInit, double modelBias) {
        if (!activated()) {
            return this;
        }
        return new LayerSpec(type, units, activation != null ? activation : modelActivation, dropout,
                weightInit != null ? weightInit : modelInit, biasInit != null ? biasInit : modelBias, kernel, stride, padding, pooling);
    }

    /** The activation this layer's outputs follow, for diagnostics; identity for pooling, dropout and batch norm. */
    public ActivationSpec outputActivation() {
        return activation != null ? activation : ActivationSpec.of("identity");
    }

    Map<String, Object> toMap(boolean canonical, WeightInitSpec modelInit, double modelBias) {
        Canon c = new Canon(canonical);
        c.put("type", type);
        switch (type) {
            case "dense" -> c.put("units", units);
            case "conv" -> {
                c.put("filters", units);
                c.put("kernel", kernel);
                c.put("stride", stride, List.of(1, 1));
                c.put("padding", padding, List.of(0, 0));
            }
            case "pool" -> {
                c.put("kind", pooling);
                c.put("kernel", kernel, List.of(2, 2));
                c.put("stride", stride, kernel);
                c.put("padding", padding, List.of(0, 0));
            }
            case "dropout" -> c.put("rate", dropout);
            default -> { }
        }
        if (activation != null) {
            c.put("activation", canonical ? activation.canonical() : activation.describe());
        }
        if (activated()) {
            c.put("dropout", dropout, 0.0);
        }
        if (weightInit != null) {
            c.put("weightInit", weightInit.canonical(), canonical ? modelInit.canonical() : null);
        }
        if (biasInit != null) {
            c.put("biasInit", biasInit, canonical ? modelBias : null);
        }
        return c.map();
    }
}
