package arena.spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The data section: source, task, split and normalisation, resolved with their defaults.
 * {@code imageShape} (channels, height, width) reads a table's feature columns as images, so
 * convolutional layers can take e.g. the 8×8 digits; null when not given (IDX files bring their own).
 */
public record DataSpec(DataSource source, Task task, SplitSpec split, Normalization normalize, List<Integer> imageShape) {

    public DataSpec {
        imageShape = imageShape == null ? null : List.copyOf(imageShape);
    }

    public static final double DEFAULT_TEST = 0.2;

    static DataSpec read(Section s, Path baseDir) {
        DataSource source = source(s, baseDir);
        Task defaultTask = source instanceof DataSource.Bundled b ? b.entry().task() : Task.CLASSIFICATION;
        Task task = s.value("task", defaultTask, Task::read);
        if (task == Task.REGRESSION && !(source instanceof DataSource.Csv || source instanceof DataSource.Bundled b && !b.entry().images())) {
            throw new SpecException(s.keyPos("task"), s.key("task"), source.displayName() + " is a classification data set");
        }
        boolean streamed = source instanceof DataSource.Csv csv && csv.streams();
        SplitSpec split = split(s.section("split"), source, task, streamed);
        Normalization normalize = s.value("normalize", defaultNormalization(source), Normalization::read);
        List<Integer> imageShape = imageShape(s, source);
        if (streamed && imageShape != null) {
            throw new SpecException(s.keyPos("imageShape"), s.key("imageShape"), "not for a streamed CSV (over "
                    + ((DataSource.Csv) source).streamAboveMB() + " MB, or data.stream: true); convolutional layers need the images in memory");
        }
        s.finish();
        return new DataSpec(source, task, split, normalize, imageShape);
    }

    /** Whether rows are images (IDX files, or a table given an imageShape): what conv and pool layers need. */
    public boolean images() {
        return imageShape != null || defaultNormalization(source) == Normalization.PIXELS;
    }

    private static List<Integer> imageShape(Section s, DataSource source) {
        YNode n = s.get("imageShape");
        if (n == null) {
            return null;
        }
        if (!(source instanceof DataSource.Csv || source instanceof DataSource.Bundled b && !b.entry().images())) {
            throw Values.error(n, s.key("imageShape"), "only for tables (csv: or a CSV data set); "
                    + source.displayName() + " knows its image shape");
        }
        List<Integer> dims = s.list("imageShape", null, (v, k) -> Values.integer(v, k, 1, 100_000));
        if (dims.size() == 2) {
            return List.of(1, dims.get(0), dims.get(1));
        }
        if (dims.size() != 3) {
            throw Values.error(n, s.key("imageShape"), "expected [height, width] or [channels, height, width]");
        }
        return dims;
    }

    private static DataSource source(Section s, Path baseDir) {
        List<String> given = java.util.stream.Stream.of("dataset", "csv", "idx", "synthetic").filter(s::has).toList();
        if (given.size() != 1) {
            throw new SpecException(s.pos(), s.path(), given.isEmpty()
                    ? "missing the data source: 'dataset: NAME' (see 'arena list datasets'), 'csv: FILE', 'idx: {images, labels}' "
                    + "or 'synthetic: {kind: spirals}'"
                    : "give one data source, not " + String.join(" and ", given));
        }
        if (!given.get(0).equals("csv")) {
            for (String csvOnly : new String[] {"label", "header", "delimiter", "stream", "streamAboveMB"}) {
                if (s.has(csvOnly)) {
                    throw new SpecException(s.keyPos(csvOnly), s.key(csvOnly), "only for 'csv:' sources");
                }
            }
        }
        if (s.has("idx")) {
            return idx(s.section("idx"), baseDir);
        }
        if (s.has("synthetic")) {
            return synthetic(s.section("synthetic"));
        }
        boolean hasDataset = s.has("dataset");
        if (hasDataset) {
            YNode node = s.get("dataset");
            String name = Values.string(node, s.key("dataset"));
            CatalogEntry entry = Catalog.find(name).orElseThrow(() -> Values.error(node, s.key("dataset"),
                    "unknown data set '" + name + "'" + Suggestions.hint(name, Catalog.names())
                            + "; bundled: " + String.join(", ", Catalog.names())));
            for (String csvOnly : new String[] {"label", "header", "delimiter", "stream", "streamAboveMB"}) {
                if (s.has(csvOnly)) {
                    throw new SpecException(s.keyPos(csvOnly), s.key(csvOnly), "only for 'csv:' sources; bundled sets are small and load whole");
                }
            }
            return new DataSource.Bundled(entry);
        }
        return csv(s, baseDir);
    }

    private static DataSource.Csv csv(Section s, Path baseDir) {
        YNode pathNode = s.get("csv");
        String written = Values.string(pathNode, s.key("csv"));
        Path file = origin(pathNode, baseDir).resolve(written).normalize();
        if (!Files.isRegularFile(file)) {
            throw Values.error(pathNode, s.key("csv"), "file not found: " + file + " (paths are relative to the experiment file)");
        }
        YNode labelNode = s.get("label");
        String label = null;
        Integer labelIndex = null;
        if (labelNode != null) {
            YNode.YScalar sc = Values.scalar(labelNode, s.key("label"), "a column name or a 0-based column index");
            if (!sc.quoted() && sc.text().matches("[0-9]+")) {
                labelIndex = Values.integer(labelNode, s.key("label"), 0, Integer.MAX_VALUE);
            } else {
                label = sc.text();
            }
        }
        boolean header = s.bool("header", true);
        if (!header && label != null) {
            throw new SpecException(s.keyPos("label"), s.key("label"), "a column name needs 'header: true'; give a 0-based index instead");
        }
        String delimiter = s.string("delimiter", ",");
        if (delimiter.length() != 1) {
            throw new SpecException(s.keyPos("delimiter"), s.key("delimiter"), "must be a single character, got '" + delimiter + "'");
        }
        DataSource.Streaming stream = s.value("stream", DataSource.Streaming.AUTO, DataSpec::streaming);
        double aboveMB = s.number("streamAboveMB", DataSource.DEFAULT_STREAM_ABOVE_MB, 0.0, true, 1_000_000.0);
        return new DataSource.Csv(written.replace('\\', '/'), file, label, labelIndex, header, delimiter.charAt(0), stream, aboveMB);
    }

    private static DataSource.Streaming streaming(YNode node, String key) {
        YNode.YScalar sc = Values.scalar(node, key, "auto, true or false");
        return switch (sc.quoted() ? "" : sc.text().toLowerCase(java.util.Locale.ROOT)) {
            case "auto" -> DataSource.Streaming.AUTO;
            case "true" -> DataSource.Streaming.ON;
            case "false" -> DataSource.Streaming.OFF;
            default -> throw Values.error(node, key, "expected auto, true or false, got " + node.describe());
        };
    }

    private static DataSource.Idx idx(Section s, Path baseDir) {
        String written = s.has("images") ? Values.string(s.get("images"), s.key("images")).replace('\\', '/') : null;
        Path images = file(s, "images", true, baseDir);
        Path labels = file(s, "labels", true, baseDir);
        Path testImages = file(s, "testImages", false, baseDir);
        Path testLabels = file(s, "testLabels", false, baseDir);
        if ((testImages == null) != (testLabels == null)) {
            throw new SpecException(s.pos(), s.path(), "give both testImages and testLabels, or neither");
        }
        s.finish();
        return new DataSource.Idx(written, images, labels, testImages, testLabels);
    }

    private static Path file(Section s, String key, boolean required, Path baseDir) {
        YNode n = s.get(key);
        if (n == null) {
            if (required) {
                throw new SpecException(s.pos(), s.key(key), "required: an IDX file (gzip or not), relative to the experiment file");
            }
            return null;
        }
        Path p = origin(n, baseDir).resolve(Values.string(n, s.key(key))).normalize();
        if (!Files.isRegularFile(p)) {
            throw Values.error(n, s.key(key), "file not found: " + p + " (paths are relative to the experiment file)");
        }
        return p;
    }

    /** The generated 2-D sets; defaults follow scikit-learn's generators where there is one. */
    static final List<String> SYNTHETIC = List.of("xor", "circles", "moons", "spirals", "blobs");

    private static DataSource.Synthetic synthetic(Section s) {
        YNode kindNode = s.get("kind");
        if (kindNode == null) {
            throw new SpecException(s.pos(), s.key("kind"), "required: one of " + String.join(", ", SYNTHETIC));
        }
        String kind = Names.normalise(Values.string(kindNode, s.key("kind")));
        if (!SYNTHETIC.contains(kind)) {
            throw Values.error(kindNode, s.key("kind"), "unknown synthetic set '" + kind + "'" + Suggestions.hint(kind, SYNTHETIC)
                    + "; one of " + String.join(", ", SYNTHETIC));
        }
        boolean fixedTwo = List.of("xor", "circles", "moons").contains(kind);
        int classes = s.integer("classes", kind.equals("blobs") ? 3 : 2, 2, 100);
        if (fixedTwo && classes != 2) {
            throw new SpecException(s.keyPos("classes"), s.key("classes"), kind + " has exactly 2 classes");
        }
        int samples = s.integer("samples", 1000, 2 * classes, 10_000_000);
        double noise = s.number("noise", 0.1, 0.0, false, 100.0);
        long seed = s.value("seed", 0L, Values::integer);
        s.finish();
        return new DataSource.Synthetic(kind, samples, noise, classes, seed);
    }

    /** 8-bit images are scaled to [0, 1] as a whole; tables are standardized per column. */
    static Normalization defaultNormalization(DataSource source) {
        boolean images = source instanceof DataSource.Idx || source instanceof DataSource.Bundled b && b.entry().images();
        return images ? Normalization.PIXELS : Normalization.STANDARDIZE;
    }

    /** MNIST-format sets bring their test set (the t10k files): no rows are held out for it. */
    static boolean hasOwnTestSet(DataSource source) {
        return source instanceof DataSource.Idx idx && idx.hasTestSet() || source instanceof DataSource.Bundled b && b.entry().images();
    }

    private static SplitSpec split(Section s, DataSource source, Task task, boolean streamed) {
        if (hasOwnTestSet(source) && s.has("test")) {
            throw new SpecException(s.keyPos("test"), s.key("test"), source.displayName()
                    + " has its own test set (the t10k files); split.test does not apply (validation does)");
        }
        double test = s.number("test", defaultTest(source), 0.0, false, 0.9);
        double validation = s.number("validation", 0.0, 0.0, false, 0.9);
        if (test + validation >= 0.95) {
            throw new SpecException(s.pos(), s.path(), "test + validation must leave at least 5% of the rows to train on");
        }
        if (streamed && s.has("stratify") && s.bool("stratify", false)) {
            throw new SpecException(s.keyPos("stratify"), s.key("stratify"), "a streamed CSV is split row by row with a seeded hash, "
                    + "never stratified (that would need every label first); set stratify: false or data.stream: false");
        }
        boolean stratify = s.bool("stratify", task == Task.CLASSIFICATION && !streamed);
        if (stratify && task == Task.REGRESSION) {
            throw new SpecException(s.keyPos("stratify"), s.key("stratify"), "stratified splits need classes; this is a regression task");
        }
        s.finish();
        return new SplitSpec(test, validation, stratify);
    }

    /** Relative paths resolve against the file that wrote them (a base file's, with extends). */
    static Path origin(YNode node, Path baseDir) {
        if (node.pos().line() > 0) {
            Path source = Path.of(node.pos().source()).toAbsolutePath();
            if (Files.isRegularFile(source)) {
                return source.getParent();
            }
        }
        return baseDir;
    }

    static double defaultTest(DataSource source) {
        if (hasOwnTestSet(source)) {
            return 0.0;
        }
        return source instanceof DataSource.Bundled b ? b.entry().defaultTest() : DEFAULT_TEST;
    }

    Map<String, Object> toMap(boolean canonical) {
        Canon c = new Canon(canonical);
        if (source instanceof DataSource.Bundled b) {
            c.put("dataset", b.entry().name());
        } else if (source instanceof DataSource.Csv csv) {
            c.put("csv", csv.path());
            c.put("label", csv.labelIndex() != null ? csv.labelIndex() : csv.labelColumn());
            c.put("header", csv.header(), true);
            c.put("delimiter", String.valueOf(csv.delimiter()), ",");
            c.put("stream", csv.stream().label(), DataSource.Streaming.AUTO.label());
            c.put("streamAboveMB", csv.streamAboveMB(), DataSource.DEFAULT_STREAM_ABOVE_MB);
        } else if (source instanceof DataSource.Idx idx) {
            Canon i = new Canon(canonical);
            i.put("images", idx.written());
            i.put("labels", idx.labels().getFileName().toString());
            i.put("testImages", idx.testImages() == null ? null : idx.testImages().getFileName().toString());
            i.put("testLabels", idx.testLabels() == null ? null : idx.testLabels().getFileName().toString());
            c.put("idx", i.map());
        } else if (source instanceof DataSource.Synthetic syn) {
            Canon g = new Canon(canonical);
            g.put("kind", syn.kind());
            g.put("samples", syn.samples(), 1000);
            g.put("noise", syn.noise(), 0.1);
            g.put("classes", syn.classes(), syn.kind().equals("blobs") ? 3 : 2);
            g.put("seed", syn.seed(), 0L);
            c.put("synthetic", g.map());
        }
        Task defaultTask = source instanceof DataSource.Bundled b ? b.entry().task() : Task.CLASSIFICATION;
        c.put("task", task.label(), defaultTask.label());
        Canon sp = new Canon(canonical);
        sp.put("test", split.test(), defaultTest(source));
        sp.put("validation", split.validation(), 0.0);
        sp.put("stratify", split.stratify(), task == Task.CLASSIFICATION);
        if (!sp.map().isEmpty()) {
            c.put("split", sp.map());
        }
        c.put("normalize", normalize.label(), defaultNormalization(source).label());
        c.put("imageShape", imageShape);
        return c.map();
    }
}
