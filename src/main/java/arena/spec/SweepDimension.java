package arena.spec;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * One dimension of the sweep: a grid key (its values), a {@code zip} group (keys whose lists are
 * paired element by element) or a {@code random} group (keys sampled together, {@code samples}
 * times). The plan is the cartesian product of the dimensions; point p of a dimension sets every
 * one of its keys to its p-th value.
 */
record SweepDimension(List<SweepAxis> axes) {

    int points() {
        return axes.get(0).values().size();
    }

    static List<SweepDimension> read(Section sweep) {
        List<SweepDimension> out = new ArrayList<>();
        for (YNode.Entry e : sweep.node().entries().values()) {
            String key = e.key();
            sweep.get(key);
            if (key.equals("zip")) {
                out.add(zip(Section.of(e.value(), "sweep.zip", e.keyPos())));
            } else if (key.equals("random")) {
                out.add(random(Section.of(e.value(), "sweep.random", e.keyPos())));
            } else {
                SweepAxis.checkKey(key, e.keyPos(), "sweep.");
                out.add(new SweepDimension(List.of(new SweepAxis(key, e.keyPos(), values(e.value(), "sweep." + key, e.keyPos())))));
            }
        }
        sweep.finish();
        dataLast(out);
        List<String> seen = new ArrayList<>();
        for (SweepDimension d : out) {
            for (SweepAxis a : d.axes()) {
                if (seen.contains(a.key())) {
                    throw new SpecException(a.keyPos(), "sweep." + a.key(), "swept twice (in the grid, zip or random)");
                }
                seen.add(a.key());
            }
        }
        return out;
    }

    /**
     * Every data set is a block, never the compared factor: a swept {@code data} goes last, where a
     * {@code data} list goes too, so that the default compare.by (the first sweep key) is not the data.
     */
    private static void dataLast(List<SweepDimension> dims) {
        List<SweepDimension> data = dims.stream()
                .filter(d -> d.axes().size() == 1 && d.axes().get(0).key().equals("data")).toList();
        dims.removeAll(data);
        dims.addAll(data);
    }

    private static List<YNode> values(YNode node, String key, Position pos) {
        List<YNode> values = Values.list(node, key);
        if (values.isEmpty()) {
            throw new SpecException(pos, key, "needs at least one value");
        }
        return values;
    }

    /** {@code zip: {a: [1, 2], b: [x, y]}}: the points (1, x) and (2, y). */
    private static SweepDimension zip(Section s) {
        List<SweepAxis> axes = new ArrayList<>();
        for (YNode.Entry e : s.node().entries().values()) {
            s.get(e.key());
            SweepAxis.checkKey(e.key(), e.keyPos(), "sweep.zip.");
            axes.add(new SweepAxis(e.key(), e.keyPos(), values(e.value(), "sweep.zip." + e.key(), e.keyPos())));
        }
        s.finish();
        if (axes.isEmpty()) {
            throw new SpecException(s.pos(), s.path(), "needs at least one key with a list of values");
        }
        int n = axes.get(0).values().size();
        for (SweepAxis a : axes) {
            if (a.values().size() != n) {
                throw new SpecException(a.keyPos(), "sweep.zip." + a.key(), "has " + a.values().size() + " values, but "
                        + axes.get(0).key() + " has " + n + ": zip pairs the lists element by element");
            }
        }
        return new SweepDimension(axes);
    }

    /**
     * {@code random: {samples: 20, seed: 1, key: {uniform: [a, b]} | {logUniform: [a, b]} | {int: [a, b]} | {choice: [...]}}}:
     * {@code samples} points drawn with java.util.Random(seed), the same on every machine. Sampled
     * numbers keep 4 significant digits, so that labels stay readable and equal values are equal.
     */
    private static SweepDimension random(Section s) {
        int samples = s.integer("samples", 0, 1, ExperimentParser.MAX_TRIALS);
        if (!s.has("samples")) {
            throw new SpecException(s.pos(), s.key("samples"), "required: how many points to draw");
        }
        long seed = s.value("seed", 1L, Values::integer);
        Map<String, Distribution> dists = new LinkedHashMap<>();
        Map<String, Position> positions = new LinkedHashMap<>();
        for (YNode.Entry e : s.node().entries().values()) {
            if (e.key().equals("samples") || e.key().equals("seed")) {
                continue;
            }
            s.get(e.key());
            SweepAxis.checkKey(e.key(), e.keyPos(), "sweep.random.");
            dists.put(e.key(), Distribution.read(e.value(), "sweep.random." + e.key()));
            positions.put(e.key(), e.keyPos());
        }
        s.finish();
        if (dists.isEmpty()) {
            throw new SpecException(s.pos(), s.path(), "needs at least one key with a distribution, e.g. "
                    + "training.optimizer.learningRate: {logUniform: [1e-4, 1e-1]}");
        }
        List<List<YNode>> points = distinctPoints(List.copyOf(dists.values()), samples, seed, s);
        List<SweepAxis> axes = new ArrayList<>();
        List<String> keys = List.copyOf(dists.keySet());
        for (int k = 0; k < keys.size(); k++) {
            int column = k;
            axes.add(new SweepAxis(keys.get(k), positions.get(keys.get(k)), points.stream().map(p -> p.get(column)).toList()));
        }
        return new SweepDimension(axes);
    }

    /**
     * {@code samples} different points. Rounding to 4 digits, int ranges and choices make repeats
     * likely (300 draws of uniform [0, 1] nearly always repeat one), and a repeated point would be
     * the same trial twice: a repeat is drawn again, and too few different points is an error.
     */
    private static List<List<YNode>> distinctPoints(List<Distribution> dists, int samples, long seed, Section s) {
        Random rng = new Random(seed);
        Set<List<YNode>> seen = new HashSet<>();
        List<List<YNode>> points = new ArrayList<>();
        long maxDraws = 20L * samples + 10_000;
        for (long draws = 0; points.size() < samples; draws++) {
            if (draws == maxDraws) {
                throw new SpecException(s.keyPos("samples"), s.key("samples"), "asks for " + samples + " different points, but "
                        + maxDraws + " draws gave only " + points.size() + ": the choices and ranges (numbers keep 4 significant"
                        + " digits) hold too few; lower samples or widen them");
            }
            List<YNode> point = new ArrayList<>();
            dists.forEach(d -> point.add(d.draw(rng)));
            if (seen.add(point)) {
                points.add(point);
            }
        }
        return points;
    }

    /** A distribution to sample a key from. */
    private record Distribution(String kind, double low, double high, List<YNode> choices, Position pos) {

        private static final List<String> KINDS = List.of("uniform", "logUniform", "int", "choice");

        static Distribution read(YNode node, String key) {
            if (!(node instanceof YNode.YMap m) || m.entries().size() != 1) {
                throw Values.error(node, key, "expected one of {uniform: [a, b]}, {logUniform: [a, b]}, {int: [a, b]}, {choice: [...]}");
            }
            YNode.Entry e = m.entries().values().iterator().next();
            String kind = e.key();
            // the name first: {normal: {mean: 0}} is an unknown distribution, not a badly shaped one
            if (!KINDS.contains(kind)) {
                throw new SpecException(e.keyPos(), key + "." + kind, "unknown distribution"
                        + Suggestions.hint(kind, KINDS) + "; one of uniform, logUniform, int, choice");
            }
            List<YNode> args = Values.list(e.value(), key + "." + kind);
            if (kind.equals("choice")) {
                if (args.isEmpty()) {
                    throw Values.error(e.value(), key + ".choice", "needs at least one value");
                }
                return new Distribution(kind, 0, 0, args, e.value().pos());
            }
            if (args.size() != 2) {
                throw Values.error(e.value(), key + "." + kind, "expects [low, high]");
            }
            double lo = bound(args.get(0), kind, key + "." + kind + "[0]");
            double hi = bound(args.get(1), kind, key + "." + kind + "[1]");
            if (!(lo < hi) || kind.equals("logUniform") && lo <= 0) {
                throw Values.error(e.value(), key + "." + kind, "needs low < high" + (kind.equals("logUniform") ? " and low > 0" : ""));
            }
            return new Distribution(kind, lo, hi, List.of(), e.value().pos());
        }

        /** int bounds are whole numbers: with [1.5, 1.7] there would be no whole number to draw. */
        private static double bound(YNode node, String kind, String key) {
            return kind.equals("int") ? Values.integer(node, key) : Values.number(node, key);
        }

        YNode draw(Random rng) {
            return switch (kind) {
                case "choice" -> choices.get(rng.nextInt(choices.size()));
                // both ends included, like Python's random.randint
                case "int" -> number(low + Math.floor(rng.nextDouble() * (high - low + 1)));
                case "logUniform" -> number(round(Math.exp(Math.log(low) + rng.nextDouble() * (Math.log(high) - Math.log(low)))));
                default -> number(round(low + rng.nextDouble() * (high - low)));
            };
        }

        /** 4 significant digits, kept inside [low, high]: a bound written with more digits could round outside it. */
        private double round(double v) {
            double r = new BigDecimal(v).round(new MathContext(4)).doubleValue();
            return Math.min(high, Math.max(low, r));
        }

        private YNode number(double v) {
            return new YNode.YScalar(Names.number(v), false, pos);
        }
    }
}
