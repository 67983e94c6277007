package arena.spec;

import java.util.Map;

/**
 * One hidden layer. {@code activation}, {@code weightInit} and {@code biasInit} are null when the layer
 * inherits the model's; {@code dropout} is the probability of dropping each of the layer's outputs (0 = off).
 */
public record LayerSpec(String type, int units, ActivationSpec activation, double dropout, WeightInitSpec weightInit, Double biasInit) {

    public static final int MAX_UNITS = 1_000_000;

    static LayerSpec dense(int units) {
        return new LayerSpec("dense", units, null, 0.0, null, null);
    }

    static LayerSpec read(YNode node, String key) {
        Section s = Section.of(node, key, node.pos());
        String type = Names.normalise(s.string("type", "dense"));
        if (!type.equals("dense")) {
            if (java.util.List.of("conv", "convolution", "pool", "subsampling", "batchnorm", "dropout").contains(type)) {
                throw new SpecException(s.keyPos("type"), s.key("type"), "layer type '" + type + "' is not supported yet in this version (dense only)");
            }
            throw new SpecException(s.keyPos("type"), s.key("type"), "unknown layer type '" + type + "'"
                    + Suggestions.hint(type, java.util.List.of("dense")));
        }
        if (!s.has("units")) {
            throw new SpecException(s.pos(), s.key("units"), "a dense layer needs 'units'");
        }
        int units = s.integer("units", 0, 1, MAX_UNITS);
        ActivationSpec activation = s.value("activation", null, ActivationSpec::read);
        double dropout = s.number("dropout", 0.0, 0.0, false, 0.99);
        WeightInitSpec init = s.value("weightInit", null, WeightInitSpec::read);
        Double bias = s.has("biasInit") ? s.number("biasInit", 0, -Double.MAX_VALUE, false, Double.MAX_VALUE) : null;
        s.finish();
        return new LayerSpec("dense", units, activation, dropout, init, bias);
    }

    /** The layer with the model's defaults filled in. */
    LayerSpec resolve(ActivationSpec modelActivation, WeightInitSpec modelInit, double modelBias) {
        return new LayerSpec(type, units, activation != null ? activation : modelActivation, dropout,
                weightInit != null ? weightInit : modelInit, biasInit != null ? biasInit : modelBias);
    }

    Map<String, Object> toMap(boolean canonical, WeightInitSpec modelInit, double modelBias) {
        Canon c = new Canon(canonical);
        c.put("type", type);
        c.put("units", units);
        if (activation != null) {
            c.put("activation", canonical ? activation.canonical() : activation.describe());
        }
        c.put("dropout", dropout, 0.0);
        if (weightInit != null) {
            c.put("weightInit", weightInit.canonical(), canonical ? modelInit.canonical() : null);
        }
        if (biasInit != null) {
            c.put("biasInit", biasInit, canonical ? modelBias : null);
        }
        return c.map();
    }
}
