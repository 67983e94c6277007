package arena.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The network: hidden layers (from the {@code hidden} shorthand or a {@code layers} list), the
 * default hidden activation and weight init, and the output layer.
 */
public record ModelSpec(List<Integer> hidden, List<LayerSpec> layers, ActivationSpec activation,
                        WeightInitSpec weightInit, double biasInit, OutputSpec output) {

    /** scikit-learn's MLP default, so the two can be compared out of the box. */
    public static final List<Integer> DEFAULT_HIDDEN = List.of(100);
    public static final ActivationSpec DEFAULT_ACTIVATION = ActivationSpec.of("relu");

    public ModelSpec {
        hidden = hidden == null ? null : List.copyOf(hidden);
        layers = layers == null ? null : List.copyOf(layers);
    }

    static ModelSpec read(Section s, DataSpec data) {
        Task task = data.task();
        if (s.has("hidden") && s.has("layers")) {
            throw new SpecException(s.keyPos("layers"), s.key("layers"), "give either 'hidden' (shorthand) or 'layers', not both");
        }
        List<Integer> hidden = s.list("hidden", null, (n, k) -> Values.integer(n, k, 1, LayerSpec.MAX_UNITS));
        List<LayerSpec> layers = s.list("layers", null, LayerSpec::read);
        if (hidden == null && layers == null) {
            hidden = DEFAULT_HIDDEN;
        }
        ActivationSpec activation = s.value("activation", DEFAULT_ACTIVATION, ActivationSpec::read);
        checkOrder(s, layers, activation);
        if (layers != null && layers.stream().anyMatch(LayerSpec::spatial) && !data.images()) {
            throw new SpecException(s.keyPos("layers"), s.key("layers"), "conv and pool layers need images: "
                    + data.source().displayName() + " is a table; give data.imageShape ([height, width] or [channels, height, width]) "
                    + "to read its columns as images, or use IDX data");
        }
        WeightInitSpec init = s.value("weightInit", WeightInitSpec.XAVIER, WeightInitSpec::read);
        double bias = s.number("biasInit", 0.0, -Double.MAX_VALUE, false, Double.MAX_VALUE);
        OutputSpec output = OutputSpec.read(s.section("output"), task);
        s.finish();
        return new ModelSpec(hidden, layers, activation, init, bias, output);
    }

    /**
     * The layers DL4J builds below the output layer, in order: the resolved layers, with a PReLU
     * layer after each dense or conv layer whose activation is prelu (DL4J's PReLU is a layer of
     * its own, with the learned slopes as parameters). DL4J's layer indices, which diagnostics use,
     * count these.
     */
    public List<LayerSpec> networkLayers() {
        List<LayerSpec> out = new ArrayList<>();
        for (LayerSpec l : resolvedLayers()) {
            if (l.activation() != null && l.activation().name().equals("prelu")) {
                out.add(new LayerSpec(l.type(), l.units(), ActivationSpec.of("identity"), 0.0, l.weightInit(), l.biasInit(),
                        l.kernel(), l.stride(), l.padding(), null));
                out.add(new LayerSpec("prelu", 0, ActivationSpec.of("prelu"), l.dropout(), null, null, null, null, null, null));
            } else {
                out.add(l);
            }
        }
        return out;
    }

    /** Whether some layer needs image-shaped input (convolution, pooling). */
    public boolean spatial() {
        return resolvedLayers().stream().anyMatch(LayerSpec::spatial);
    }

    /** Convolution and pooling come before dense layers; maxout is for dense layers only. */
    private static void checkOrder(Section s, List<LayerSpec> layers, ActivationSpec activation) {
        if (layers == null) {
            return;
        }
        boolean dense = false;
        for (int i = 0; i < layers.size(); i++) {
            LayerSpec l = layers.get(i);
            if (l.spatial() && dense) {
                throw new SpecException(s.keyPos("layers"), s.key("layers") + "[" + i + "]",
                        "a " + l.type() + " layer cannot follow a dense layer (the data is no longer an image there)");
            }
            dense |= l.type().equals("dense");
            if (l.type().equals("conv") && l.activation() == null && activation.name().equals("maxout")) {
                throw new SpecException(s.keyPos("activation"), s.key("activation"),
                        "maxout is a dense layer; give the conv layers an activation of their own");
            }
        }
    }

    /** The hidden layers as built, with the model's activation and init filled in. */
    public List<LayerSpec> resolvedLayers() {
        List<LayerSpec> out = new ArrayList<>();
        if (layers != null) {
            layers.forEach(l -> out.add(l.resolve(activation, weightInit, biasInit)));
        } else {
            hidden.forEach(u -> out.add(LayerSpec.dense(u).resolve(activation, weightInit, biasInit)));
        }
        return out;
    }

    Map<String, Object> toMap(boolean canonical, Task task) {
        Canon c = new Canon(canonical);
        if (canonical) {
            // one canonical form whether the user wrote hidden: or layers:
            c.put("layers", resolvedLayers().stream().map(l -> l.toMap(true, weightInit, 0.0)).toList());
            c.put("weightInit", weightInit.canonical(), WeightInitSpec.XAVIER.canonical());
        } else {
            if (hidden != null) {
                c.put("hidden", hidden);
            } else {
                c.put("layers", layers.stream().map(l -> l.toMap(false, weightInit, biasInit)).toList());
            }
            c.put("activation", activation.describe());
            c.put("weightInit", weightInit.canonical());
            c.put("biasInit", biasInit);
        }
        Map<String, Object> out = output.toMap(canonical, task);
        if (!out.isEmpty()) {
            c.put("output", out);
        }
        return c.map();
    }
}
