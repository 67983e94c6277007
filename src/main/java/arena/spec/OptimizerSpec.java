package arena.spec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The gradient-descent update rule and its parameters, resolved to DL4J's defaults.
 * {@code momentum} is classical (heavy-ball) momentum; {@code nesterovs} is DL4J's Nesterov momentum.
 */
public record OptimizerSpec(Kind kind, Map<String, Double> params) {

    public enum Kind {
        SGD("plain gradient descent: w -= lr·g", p("learningRate", 1e-3)),
        MOMENTUM("classical momentum: v = μ·v + lr·g, w -= v", p("learningRate", 0.1, "momentum", 0.9)),
        NESTEROVS("Nesterov momentum (DL4J Nesterovs)", p("learningRate", 0.1, "momentum", 0.9)),
        ADAM("Adam", adamLike(1e-8)),
        ADAMAX("AdaMax", adamLike(1e-8)),
        NADAM("Nadam", adamLike(1e-8)),
        AMSGRAD("AMSGrad", adamLike(1e-8)),
        ADABELIEF("AdaBelief", adamLike(1e-14)),
        RMSPROP("RMSProp", p("learningRate", 0.1, "rmsDecay", 0.95, "epsilon", 1e-8)),
        ADAGRAD("AdaGrad", p("learningRate", 0.1, "epsilon", 1e-6)),
        ADADELTA("AdaDelta (no learning rate)", p("rho", 0.95, "epsilon", 1e-6));

        private final String meaning;
        private final Map<String, Double> defaults;

        Kind(String meaning, Map<String, Double> defaults) {
            this.meaning = meaning;
            this.defaults = defaults;
        }

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public String meaning() {
            return meaning;
        }

        /** Parameter names in the order they are documented, with DL4J's default values. */
        public Map<String, Double> defaults() {
            return defaults;
        }

        private static Map<String, Double> adamLike(double epsilon) {
            return p("learningRate", 1e-3, "beta1", 0.9, "beta2", 0.999, "epsilon", epsilon);
        }

        private static Map<String, Double> p(Object... kv) {
            Map<String, Double> m = new LinkedHashMap<>();
            for (int i = 0; i < kv.length; i += 2) {
                m.put((String) kv[i], (Double) kv[i + 1]);
            }
            return m;
        }
    }

    public static final OptimizerSpec DEFAULT = new OptimizerSpec(Kind.SGD, Kind.SGD.defaults());

    public OptimizerSpec {
        params = Map.copyOf(params);
    }

    public double param(String name) {
        return params.get(name);
    }

    public String label() {
        return kind.label();
    }

    static OptimizerSpec read(YNode node, String key) {
        if (!(node instanceof YNode.YMap)) {
            Kind kind = kind(node, key);
            return new OptimizerSpec(kind, kind.defaults());
        }
        Section s = Section.of(node, key, node.pos());
        YNode typeNode = s.get("type");
        Kind kind = typeNode == null ? Kind.SGD : kind(typeNode, s.key("type"));
        Map<String, Double> params = new LinkedHashMap<>();
        kind.defaults().forEach((name, fallback) -> params.put(name, readParam(s, name, fallback)));
        s.finish();
        return new OptimizerSpec(kind, params);
    }

    private static double readParam(Section s, String name, double fallback) {
        return switch (name) {
            case "momentum", "rmsDecay", "rho", "beta1", "beta2" -> s.number(name, fallback, 0.0, false, 1.0);
            default -> s.number(name, fallback, 0.0, true, Double.MAX_VALUE);
        };
    }

    private static Kind kind(YNode node, String key) {
        String given = Values.string(node, key);
        String n = Names.normalise(given);
        for (Kind k : Kind.values()) {
            if (k.label().equals(n)) {
                return k;
            }
        }
        List<String> all = java.util.Arrays.stream(Kind.values()).map(Kind::label).toList();
        throw Values.error(node, key, "unknown optimizer '" + given + "'" + Suggestions.hint(n, all)
                + "; one of " + String.join(", ", all));
    }

    Object toMap(boolean canonical) {
        Canon c = new Canon(canonical);
        c.put("type", kind.label());
        kind.defaults().forEach((k, fallback) -> c.put(k, params.get(k), fallback));
        return c.map();
    }
}
