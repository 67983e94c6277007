package arena.spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Expands the sweep into variants: the cartesian product of its dimensions, each point bound and
 * validated. The key {@code data} takes whole data sections (or catalog names), merged over the
 * file's own {@code data} map, so shared settings such as the split apply to every data set.
 */
final class SweepExpansion {
    /** Keys that name where the rows come from; a data item that sets one replaces the base's. */
    private static final Set<String> SOURCES = Set.of("dataset", "csv", "idx", "synthetic");

    private SweepExpansion() { }

    static List<Variant> expand(YNode.YMap root, List<SweepDimension> dims, Path baseDir) {
        long size = 1;
        for (SweepDimension d : dims) {
            size *= d.points();
            if (size > ExperimentParser.MAX_TRIALS) {
                throw new SpecException(d.axes().get(0).keyPos(), "sweep", "the sweep has more than " + ExperimentParser.MAX_TRIALS + " points");
            }
        }
        List<Variant> out = new ArrayList<>();
        Map<String, Map<String, String>> seen = new HashMap<>();
        int[] index = new int[dims.size()];
        for (long n = 0; n < size; n++) {
            YNode tree = root;
            YNode last = root;
            for (int d = 0; d < dims.size(); d++) {
                for (SweepAxis axis : dims.get(d).axes()) {
                    last = axis.values().get(index[d]);
                    tree = apply(tree, axis, last);
                }
            }
            TrialConfig config = ExperimentParser.bind((YNode.YMap) tree, baseDir);
            Map<String, String> factors = new LinkedHashMap<>();
            dims.forEach(d -> d.axes().forEach(a -> factors.put(a.key(), label(config, a.key()))));
            String canonical = TrialId.canonicalJson(config, 0);
            if (seen.containsKey(canonical)) {
                throw new SpecException(last.pos(), "sweep", "sweep points " + seen.get(canonical) + " and " + factors
                        + " resolve to the same configuration");
            }
            seen.put(canonical, factors);
            out.add(new Variant(factors, config));
            for (int d = dims.size() - 1; d >= 0; d--) {
                if (++index[d] < dims.get(d).points()) {
                    break;
                }
                index[d] = 0;
            }
        }
        return distinctDataLabels(out);
    }

    /** The file with every swept key at its first value: a complete configuration to bind single values against. */
    static YNode.YMap firstPoint(YNode.YMap root, List<SweepDimension> dims) {
        YNode tree = root;
        for (SweepDimension d : dims) {
            for (SweepAxis a : d.axes()) {
                tree = apply(tree, a, a.values().get(0));
            }
        }
        return (YNode.YMap) tree;
    }

    static YNode apply(YNode tree, SweepAxis axis, YNode value) {
        if (!axis.key().equals("data")) {
            return Tree.put(tree, axis.path(), value, axis.keyPos(), axis.key());
        }
        return Tree.put(tree, List.of("data"), mergedData(((YNode.YMap) tree).get("data"), value), axis.keyPos(), "data");
    }

    /** A data item over the base data section: a bare name is {dataset: name}; a source key replaces the base's source. */
    static YNode mergedData(YNode base, YNode item) {
        YNode.YMap itemMap = item instanceof YNode.YScalar s && !s.isNull()
                ? new YNode.YMap(Map.of("dataset", new YNode.Entry("dataset", s.pos(), s)), s.pos())
                : Values.map(item, "data");
        if (!(base instanceof YNode.YMap baseMap)) {
            return itemMap;
        }
        boolean itemHasSource = itemMap.entries().keySet().stream().anyMatch(SOURCES::contains);
        Map<String, YNode.Entry> shared = new LinkedHashMap<>();
        baseMap.entries().forEach((k, e) -> {
            if (!(itemHasSource && SOURCES.contains(k))) {
                shared.put(k, e);
            }
        });
        // merged at every depth, as extends does: an item's split: {test: 0} keeps the shared split.validation
        return Inheritance.merge(new YNode.YMap(shared, baseMap.pos()), itemMap);
    }

    /** A data set is labelled by its name (iris, spirals); the full settings only where names would clash. */
    private static String label(TrialConfig config, String key) {
        return key.equals("data") ? config.data().source().displayName() : config.labelAt(key);
    }

    private static List<Variant> distinctDataLabels(List<Variant> variants) {
        Map<String, String> canonicalByLabel = new HashMap<>();
        boolean clash = false;
        for (Variant v : variants) {
            String label = v.factors().get("data");
            if (label == null) {
                return variants;
            }
            String canon = String.valueOf(v.config().canonical().get("data"));
            clash |= canonicalByLabel.containsKey(label) && !canonicalByLabel.get(label).equals(canon);
            canonicalByLabel.putIfAbsent(label, canon);
        }
        if (!clash) {
            return variants;
        }
        List<Variant> out = new ArrayList<>();
        for (Variant v : variants) {
            Map<String, String> f = new LinkedHashMap<>(v.factors());
            f.put("data", v.config().labelAt("data"));
            out.add(new Variant(f, v.config()));
        }
        return out;
    }
}
