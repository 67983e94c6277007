package arena.spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code extends: base.yaml} (or a list of files): the bases are read first, in order, and the file
 * is laid over them. Maps merge key by key, at every depth; anything else (a list, a value) is
 * replaced whole. Paths are relative to the file that names them. A file that extends itself,
 * directly or through others, is an error naming the cycle.
 */
final class Inheritance {
    /** The merged tree and every base file read, for provenance. */
    record Resolved(YNode.YMap root, List<Path> bases, String basesText) { }

    private Inheritance() { }

    static Resolved resolve(YNode.YMap root, Path file) {
        List<Path> bases = new ArrayList<>();
        StringBuilder texts = new StringBuilder();
        YNode.YMap merged = resolve(root, file == null ? null : file.toAbsolutePath().normalize(), new ArrayList<>(), bases, texts);
        return new Resolved(merged, bases, texts.toString());
    }

    private static YNode.YMap resolve(YNode.YMap node, Path file, List<Path> chain, List<Path> bases, StringBuilder texts) {
        YNode.Entry ext = node.entries().get("extends");
        // extends: [] names no base, like extends: ~ (and must not leave nothing to merge over)
        if (ext == null || Values.isNull(ext.value()) || ext.value() instanceof YNode.YList l && l.items().isEmpty()) {
            return node.without("extends");
        }
        if (file == null) {
            throw new SpecException(ext.keyPos(), "extends", "needs the experiment file's location to find its base files");
        }
        List<Path> chainHere = new ArrayList<>(chain);
        chainHere.add(file);
        List<YNode> names = ext.value() instanceof YNode.YList l ? l.items() : List.of(ext.value());
        YNode.YMap merged = null;
        for (YNode name : names) {
            Path base = file.getParent().resolve(Values.string(name, "extends")).normalize();
            if (chainHere.contains(base)) {
                List<String> cycle = new ArrayList<>(chainHere.subList(chainHere.indexOf(base), chainHere.size()).stream()
                        .map(p -> p.getFileName().toString()).toList());
                cycle.add(base.getFileName().toString());
                throw Values.error(name, "extends", "cycle: " + String.join(" → ", cycle));
            }
            if (!Files.isRegularFile(base)) {
                throw Values.error(name, "extends", "file not found: " + base + " (paths are relative to the file that names them)");
            }
            String text;
            try {
                text = Files.readString(base, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw Values.error(name, "extends", "cannot read " + base + ": " + e.getMessage());
            }
            YNode parsed = YamlLoader.parse(text, base.toString());
            YNode.YMap baseMap = (YNode.YMap) Values.map(parsed, "extends " + base.getFileName());
            bases.add(base);
            texts.append(text);
            YNode.YMap resolvedBase = resolve(baseMap, base, chainHere, bases, texts);
            merged = merged == null ? resolvedBase : merge(merged, resolvedBase);
        }
        return merge(merged, node.without("extends"));
    }

    /** {@code over} laid on {@code base}: maps merge recursively, other values replace. */
    static YNode.YMap merge(YNode.YMap base, YNode.YMap over) {
        Map<String, YNode.Entry> out = new LinkedHashMap<>(base.entries());
        over.entries().forEach((k, e) -> {
            YNode.Entry b = out.get(k);
            YNode.YMap bm = b == null ? null : typedMap(b.value());
            if (bm != null && e.value() instanceof YNode.YMap om && sameType(bm, om)) {
                out.put(k, new YNode.Entry(k, e.keyPos(), merge(bm, om)));
            } else {
                out.put(k, e);
            }
        });
        return new YNode.YMap(out, over.pos());
    }

    /**
     * A map, or a bare name read as {type: name}, as --set and sweeps read it: over
     * {@code optimizer: adam}, {@code optimizer: {learningRate: 0.01}} stays adam (not silently sgd).
     * Booleans and numbers stay values ({@code diagnostics: false} is no type).
     */
    private static YNode.YMap typedMap(YNode node) {
        if (node instanceof YNode.YMap m) {
            return m;
        }
        if (node instanceof YNode.YScalar s && !s.isNull() && Character.isLetter(s.text().charAt(0))
                && !s.text().equalsIgnoreCase("true") && !s.text().equalsIgnoreCase("false")) {
            return new YNode.YMap(Map.of("type", new YNode.Entry("type", s.pos(), s)), s.pos());
        }
        return null;
    }

    /**
     * Parameters belong to their type: {type: elu} over {type: leakyrelu, alpha: 0.1} is elu with
     * its own default alpha, so a map naming another type replaces the base's instead of merging.
     */
    private static boolean sameType(YNode.YMap base, YNode.YMap over) {
        YNode b = base.get("type");
        YNode o = over.get("type");
        if (Values.isNull(o) || Values.isNull(b) || !(b instanceof YNode.YScalar bs) || !(o instanceof YNode.YScalar os)) {
            return true;
        }
        return Names.normalise(bs.text()).equals(Names.normalise(os.text()));
    }
}
