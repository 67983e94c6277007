package arena.spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads an experiment file into an {@link ExperimentSpec}: parse, apply overrides, expand the sweep
 * and validate every point of it, so that bad input fails before any training starts.
 */
public final class ExperimentParser {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    public static final int MAX_SEEDS = 10_000;
    public static final int MAX_TRIALS = 1_000_000;

    private ExperimentParser() { }

    public static ExperimentSpec parse(Path file, List<KeyOverride> overrides) {
        if (!Files.isRegularFile(file)) {
            throw new SpecException(Position.argument(file.toString()), null, "experiment file not found");
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SpecException(Position.argument(file.toString()), null, "cannot read: " + e.getMessage());
        }
        return parse(text, file.toString(), file.toAbsolutePath().getParent(), file, overrides);
    }

    public static ExperimentSpec parse(String text, String source, Path baseDir, Path file, List<KeyOverride> overrides) {
        YNode parsed = YamlLoader.parse(text, source);
        if (!(parsed instanceof YNode.YMap)) {
            throw new SpecException(parsed.pos(), null, "an experiment file is a map of keys (name, data, model, ...), got " + parsed.describe());
        }
        Inheritance.Resolved inherited = Inheritance.resolve((YNode.YMap) parsed, file);
        YNode root = inherited.root();
        Set<List<String>> overridden = new LinkedHashSet<>();
        for (KeyOverride o : overrides) {
            Position pos = Position.argument(o.argument());
            root = Tree.put(root, o.path(), o.valueNode(), pos, o.key());
            overridden.add(o.path());
        }
        Section top = Section.of(root, "", root.pos());
        String name = name(top);
        String description = top.string("description", "");
        top.get("extends");
        DiagnosticsSpec diagnostics = top.value("diagnostics", DiagnosticsSpec.DEFAULT, DiagnosticsSpec::read);
        List<Long> seeds = top.value("seeds", List.of(1L), ExperimentParser::seeds);
        List<SweepDimension> dims = new ArrayList<>(SweepDimension.read(top.section("sweep")));
        List<SweepAxis> axes = new ArrayList<>();
        dims.forEach(d -> axes.addAll(d.axes()));
        for (SweepAxis a : axes) {
            if (overridden.contains(a.path())) {
                throw new SpecException(Position.argument("--set " + a.key()), a.key(),
                        "this key is swept; override the sweep instead: --set sweep." + a.key() + "=[...]");
            }
        }
        YNode dataNode = top.get("data");
        if (dataNode instanceof YNode.YList list) {
            // a list of data sets is a sweep over data: each one is a block
            if (axes.stream().anyMatch(a -> a.key().equals("data"))) {
                throw Values.error(dataNode, "data", "is a list and also swept (sweep.data); use one or the other");
            }
            if (list.items().isEmpty()) {
                throw Values.error(dataNode, "data", "needs at least one data set");
            }
            SweepAxis dataAxis = new SweepAxis("data", keyPos((YNode.YMap) root, "data"), list.items());
            dims.add(new SweepDimension(List.of(dataAxis)));
            axes.add(dataAxis);
            root = ((YNode.YMap) root).without("data");
        }
        top.get("model");
        top.get("training");
        Section compareSection = top.section("compare");
        YNode checksNode = top.get("checks");
        top.finish();

        Path base = baseDir == null ? Path.of(".") : baseDir;
        List<Variant> variants = SweepExpansion.expand((YNode.YMap) root, dims, base);
        YNode.YMap resolved = SweepExpansion.firstPoint((YNode.YMap) root, dims);
        CompareSpec compare = compare(compareSection, axes, dims, variants, resolved, base);
        List<Trial> trials = trials(variants, seeds, compare);
        Set<String> blocks = new LinkedHashSet<>();
        trials.forEach(t -> blocks.add(t.block()));
        List<CheckSpec> checks = checksNode == null ? List.of()
                : Checks.read(checksNode, compare, tasks(variants), layers(variants), blocks,
                        value -> groupLabel(value.node(), value.key(), compare.by(), resolved, base, variants));
        return new ExperimentSpec(name, description, file, text, TrialId.sha256(text + inherited.basesText()), inherited.bases(), seeds,
                axes.stream().map(SweepAxis::key).toList(), variants, compare, checks, diagnostics, trials, overrides);
    }

    private static String name(Section top) {
        YNode node = top.get("name");
        if (node == null) {
            throw new SpecException(top.pos(), "name", "required: the experiment's name, e.g. name: activations-digits");
        }
        String name = Values.string(node, "name");
        if (!NAME.matcher(name).matches()) {
            throw Values.error(node, "name", "'" + name + "' is not a valid name: use lowercase letters, digits and '-'"
                    + " (1-64 characters, no '/' or '..'); it names the results folder");
        }
        return name;
    }

    private static List<Long> seeds(YNode node, String key) {
        if (node instanceof YNode.YList list) {
            List<Long> out = new ArrayList<>();
            for (int i = 0; i < list.items().size(); i++) {
                YNode item = list.items().get(i);
                long seed = Values.integer(item, key + "[" + i + "]");
                if (seed < 0) {
                    throw Values.error(item, key + "[" + i + "]", "a seed must be 0 or more");
                }
                if (out.contains(seed)) {
                    throw Values.error(item, key + "[" + i + "]", "seed " + seed + " is listed twice");
                }
                out.add(seed);
            }
            if (out.isEmpty()) {
                throw Values.error(node, key, "needs at least one seed");
            }
            return out;
        }
        int count = Values.integer(node, key, 1, MAX_SEEDS);
        List<Long> out = new ArrayList<>();
        for (long s = 1; s <= count; s++) {
            out.add(s);
        }
        return out;
    }

    static TrialConfig bind(YNode.YMap tree, Path baseDir) {
        Section data = Section.of(tree.get("data"), "data", keyPos(tree, "data"));
        if (tree.get("data") == null) {
            throw new SpecException(tree.pos(), "data", "required: where the rows come from, e.g. data: {dataset: digits}");
        }
        DataSpec dataSpec = DataSpec.read(data, baseDir);
        ModelSpec model = ModelSpec.read(Section.of(tree.get("model"), "model", keyPos(tree, "model")), dataSpec);
        TrainingSpec training = TrainingSpec.read(Section.of(tree.get("training"), "training", keyPos(tree, "training")), dataSpec);
        return new TrialConfig(dataSpec, model, training);
    }

    private static Position keyPos(YNode.YMap map, String key) {
        YNode.Entry e = map.entries().get(key);
        return e == null ? map.pos() : e.keyPos();
    }

    private static CompareSpec compare(Section s, List<SweepAxis> axes, List<SweepDimension> dims, List<Variant> variants,
                                       YNode.YMap root, Path baseDir) {
        String fallbackBy = axes.isEmpty() ? null : axes.get(0).key();
        YNode byNode = s.get("by");
        String by = byNode == null ? fallbackBy : Values.string(byNode, s.key("by"));
        List<String> swept = axes.stream().map(SweepAxis::key).toList();
        if (by != null && !swept.contains(by)) {
            String why = swept.isEmpty() ? "nothing is swept" : "swept keys: " + String.join(", ", swept) + Suggestions.hint(by, swept);
            throw new SpecException(byNode.pos(), s.key("by"), "'" + by + "' is not a swept key; " + why);
        }
        String baseline = null;
        YNode baselineNode = s.get("baseline");
        if (baselineNode != null) {
            if (by == null) {
                throw Values.error(baselineNode, s.key("baseline"), "a baseline needs something to compare: add a sweep");
            }
            baseline = groupLabel(baselineNode, s.key("baseline"), by, root, baseDir, variants);
        }
        Set<Task> tasks = tasks(variants);
        int layers = layers(variants);
        List<String> metrics = s.list("metrics", Metrics.defaults(tasks.iterator().next()), (n, k) -> Metrics.read(n, k, tasks, layers));
        if (metrics.isEmpty()) {
            throw new SpecException(s.keyPos("metrics"), s.key("metrics"), "needs at least one metric");
        }
        double alpha = s.number("alpha", CompareSpec.DEFAULT_ALPHA, 0.0, true, 0.5);
        TargetSpec target = s.value("target", null, TargetSpec::read);
        List<String> partners = partners(by, byNode == null ? s.pos() : byNode.pos(), s.key("by"), dims, variants);
        List<String> others = swept.stream().filter(k -> !k.equals(by) && !partners.contains(k)).toList();
        List<String> across = s.value("across", others, (n, k) -> across(n, k, others));
        s.finish();
        return new CompareSpec(by, baseline, metrics, alpha, across, target, partners);
    }

    /**
     * Keys that move with compare.by (zipped with it, or drawn with it by random): they belong to
     * the group, not to the block, or every block would hold one group and nothing would be
     * compared. Each value of by must then come with one setting of them.
     */
    private static List<String> partners(String by, Position pos, String key, List<SweepDimension> dims, List<Variant> variants) {
        if (by == null) {
            return List.of();
        }
        List<String> partners = dims.stream().filter(d -> d.axes().stream().anyMatch(a -> a.key().equals(by))).findFirst()
                .map(d -> d.axes().stream().map(SweepAxis::key).filter(k -> !k.equals(by)).toList()).orElse(List.of());
        Map<String, String> seen = new java.util.HashMap<>();
        for (Variant v : variants) {
            StringBuilder with = new StringBuilder();
            partners.forEach(k -> with.append(k).append('=').append(v.factors().get(k)).append(' '));
            String before = seen.putIfAbsent(v.factors().get(by), with.toString());
            if (before != null && !before.equals(with.toString())) {
                throw new SpecException(pos, key, "'" + by + "' is swept together with " + String.join(", ", partners)
                        + " (zip or random), and " + by + "=" + v.factors().get(by) + " comes with several settings of them ("
                        + before.trim() + "; " + with.toString().trim() + "); sweep " + by + " in the grid instead, "
                        + "e.g. sweep: {" + by + ": [...], random: {...}}");
            }
        }
        return partners;
    }

    /** One swept key or a list of them, other than the compared one. */
    private static List<String> across(YNode node, String key, List<String> others) {
        List<YNode> items = node instanceof YNode.YList l ? l.items() : List.of(node);
        List<String> out = new ArrayList<>();
        for (YNode item : items) {
            String k = Values.string(item, key);
            if (!others.contains(k)) {
                throw Values.error(item, key, "'" + k + "' is not a swept key other than compare.by"
                        + (others.isEmpty() ? "; nothing else is swept" : "; one of: " + String.join(", ", others))
                        + Suggestions.hint(k, others));
            }
            out.add(k);
        }
        return out;
    }

    /** Layers in the deepest network of the plan, as DL4J numbers them: the built hidden layers plus the output layer. */
    static int layers(List<Variant> variants) {
        return variants.stream().mapToInt(v -> v.config().model().networkLayers().size() + 1).max().orElse(1);
    }

    private static Set<Task> tasks(List<Variant> variants) {
        Set<Task> tasks = new LinkedHashSet<>();
        variants.forEach(v -> tasks.add(v.config().data().task()));
        return tasks;
    }

    /**
     * A compared value written like a sweep value (ReLU, logistic, {type: leakyrelu}), as its canonical
     * group label; it must be one of the groups.
     */
    private static String groupLabel(YNode node, String key, String by, YNode.YMap root, Path baseDir, List<Variant> variants) {
        List<String> groups = variants.stream().map(v -> v.factors().get(by)).distinct().toList();
        String label;
        try {
            YNode tree = SweepExpansion.apply(root, new SweepAxis(by, node.pos(), List.of(node)), node);
            TrialConfig c = bind((YNode.YMap) tree, baseDir);
            label = by.equals("data") ? c.data().source().displayName() : c.labelAt(by);
        } catch (SpecException e) {
            throw new SpecException(node.pos(), key, "not a valid value of " + by + ": " + e.problem());
        }
        if (!groups.contains(label)) {
            throw new SpecException(node.pos(), key, "'" + label + "' is not one of the compared values: "
                    + String.join(", ", groups) + Suggestions.hint(label, groups));
        }
        return label;
    }

    private static List<Trial> trials(List<Variant> variants, List<Long> seeds, CompareSpec compare) {
        if ((long) variants.size() * seeds.size() > MAX_TRIALS) {
            throw new SpecException(null, "seeds", "the plan has more than " + MAX_TRIALS + " trials");
        }
        List<Trial> out = new ArrayList<>();
        for (Variant v : variants) {
            String group = compare.by() == null ? "all" : v.factors().get(compare.by());
            StringBuilder block = new StringBuilder();
            v.factors().forEach((k, val) -> {
                if (!k.equals(compare.by()) && !compare.partners().contains(k)) {
                    block.append(block.length() == 0 ? "" : ", ").append(k).append('=').append(val);
                }
            });
            for (long seed : seeds) {
                out.add(new Trial(TrialId.of(v.config(), seed), v.config(), seed, v.factors(), group, block.toString()));
            }
        }
        return out;
    }
}
