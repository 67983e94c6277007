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

    static ModelSpec read(Section s, Task task) {
        if (s.has("hidden") && s.has("layers")) {
            throw new SpecException(s.keyPos("layers"), s.key("layers"), "give either 'hidden' (shorthand) or 'layers', not both");
        }
        List<Integer> hidden = s.list("hidden", null, (n, k) -> Values.integer(n, k, 1, LayerSpec.MAX_UNITS));
        List<LayerSpec> layers = s.list("layers", null, LayerSpec::read);
        if (hidden == null && layers == null) {
            hidden = DEFAULT_HIDDEN;
        }
        ActivationSpec activation = s.value("activation", DEFAULT_ACTIVATION, ActivationSpec::read);
        WeightInitSpec init = s.value("weightInit", WeightInitSpec.XAVIER, WeightInitSpec::read);
        double bias = s.number("biasInit", 0.0, -Double.MAX_VALUE, false, Double.MAX_VALUE);
        OutputSpec output = OutputSpec.read(s.section("output"), task);
        s.finish();
        return new ModelSpec(hidden, layers, activation, init, bias, output);
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
