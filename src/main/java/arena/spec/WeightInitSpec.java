package arena.spec;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.deeplearning4j.nn.weights.WeightInit;

/**
 * How weights start. A bare name is DL4J's {@link WeightInit} (so {@code normal} is DL4J's
 * N(0, 1/√fan_in)); a map with a distribution is fixed: {@code {type: normal, std: 0.01}} is the
 * classic "small random values near zero", {@code {type: uniform, low: -0.05, high: 0.05}}.
 */
public sealed interface WeightInitSpec {

    String label();

    Object canonical();

    record Named(String name) implements WeightInitSpec {
        public WeightInit dl4j() {
            return WeightInit.valueOf(name.toUpperCase(Locale.ROOT));
        }

        @Override
        public String label() {
            return name;
        }

        @Override
        public Object canonical() {
            return name;
        }
    }

    record Normal(double mean, double std) implements WeightInitSpec {
        @Override
        public String label() {
            return "normal(mean=" + Names.number(mean) + ",std=" + Names.number(std) + ")";
        }

        @Override
        public Object canonical() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", "normal");
            m.put("mean", mean);
            m.put("std", std);
            return m;
        }
    }

    record Uniform(double low, double high) implements WeightInitSpec {
        @Override
        public String label() {
            return "uniform(low=" + Names.number(low) + ",high=" + Names.number(high) + ")";
        }

        @Override
        public Object canonical() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", "uniform");
            m.put("low", low);
            m.put("high", high);
            return m;
        }
    }

    Named XAVIER = new Named("xavier");

    /** Aliases from other libraries. */
    Map<String, String> ALIASES = Map.of(
            "he", "relu", "henormal", "relu", "heuniform", "relu_uniform",
            "glorot", "xavier", "glorotnormal", "xavier", "glorotuniform", "xavier_uniform",
            "lecun", "lecun_normal", "zeros", "zero");

    /** DL4J initialisers by name (DISTRIBUTION is written as a map instead; IDENTITY needs square layers). */
    static List<String> names() {
        return Arrays.stream(WeightInit.values())
                .filter(w -> w != WeightInit.DISTRIBUTION)
                .map(w -> w.name().toLowerCase(Locale.ROOT)).toList();
    }

    static WeightInitSpec read(YNode node, String key) {
        if (node instanceof YNode.YMap) {
            return readMap(Section.of(node, key, node.pos()));
        }
        return named(node, key);
    }

    private static WeightInitSpec readMap(Section s) {
        YNode typeNode = s.get("type");
        if (typeNode == null) {
            throw new SpecException(s.pos(), s.path(), "a weight init written as a map needs 'type': normal or uniform");
        }
        String type = Names.normalise(Values.string(typeNode, s.key("type")));
        WeightInitSpec out;
        if (type.equals("normal")) {
            if (!s.has("std")) {
                throw new SpecException(s.pos(), s.key("std"),
                        "{type: normal} needs 'std' (for DL4J's N(0, 1/fan_in) write weightInit: normal)");
            }
            out = new Normal(s.number("mean", 0.0, -Double.MAX_VALUE, false, Double.MAX_VALUE),
                    s.number("std", 0.0, 0.0, true, Double.MAX_VALUE));
        } else if (type.equals("uniform")) {
            double low = s.number("low", -0.05, -Double.MAX_VALUE, false, Double.MAX_VALUE);
            double high = s.number("high", 0.05, -Double.MAX_VALUE, false, Double.MAX_VALUE);
            if (high <= low) {
                throw new SpecException(s.keyPos("high"), s.key("high"), "must be above low (" + Names.number(low) + ")");
            }
            out = new Uniform(low, high);
        } else {
            out = named(typeNode, s.key("type"));
        }
        s.finish();
        return out;
    }

    private static Named named(YNode node, String key) {
        String given = Values.string(node, key);
        String n = Names.normalise(given);
        n = Names.normalise(ALIASES.getOrDefault(n, n));
        for (String name : names()) {
            if (Names.normalise(name).equals(n)) {
                return new Named(name);
            }
        }
        TreeSet<String> all = new TreeSet<>(names());
        all.addAll(ALIASES.keySet());
        throw Values.error(node, key, "unknown weight init '" + given + "'"
                + Suggestions.hint(given.toLowerCase(Locale.ROOT), all) + "; see 'arena list initializers'");
    }

    static Map<String, String> aliases() {
        return new TreeMap<>(ALIASES);
    }
}
