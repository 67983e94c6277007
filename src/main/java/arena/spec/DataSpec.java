package arena.spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The data section: source, task, split and normalisation, resolved with their defaults. */
public record DataSpec(DataSource source, Task task, SplitSpec split, Normalization normalize) {

    public static final double DEFAULT_TEST = 0.2;

    static DataSpec read(Section s, Path baseDir) {
        s.notYetSupported("idx", "data.idx (MNIST-format image files)");
        s.notYetSupported("synthetic", "data.synthetic (generated data sets)");
        s.notYetSupported("stream", "data.stream (streaming large CSV files)");
        DataSource source = source(s, baseDir);
        Task defaultTask = source instanceof DataSource.Bundled b ? b.entry().task() : Task.CLASSIFICATION;
        Task task = s.value("task", defaultTask, Task::read);
        SplitSpec split = split(s.section("split"), source, task);
        Normalization normalize = s.value("normalize", Normalization.STANDARDIZE, Normalization::read);
        s.finish();
        return new DataSpec(source, task, split, normalize);
    }

    private static DataSource source(Section s, Path baseDir) {
        boolean hasDataset = s.has("dataset");
        boolean hasCsv = s.has("csv");
        if (hasDataset == hasCsv) {
            throw new SpecException(s.pos(), s.path(), hasDataset
                    ? "give either 'dataset' or 'csv', not both"
                    : "missing the data source: 'dataset: NAME' (see 'arena list datasets') or 'csv: FILE'");
        }
        if (hasDataset) {
            YNode node = s.get("dataset");
            String name = Values.string(node, s.key("dataset"));
            CatalogEntry entry = Catalog.find(name).orElseThrow(() -> Values.error(node, s.key("dataset"),
                    "unknown data set '" + name + "'" + Suggestions.hint(name, Catalog.names())
                            + "; bundled: " + String.join(", ", Catalog.names())));
            for (String csvOnly : new String[] {"label", "header", "delimiter"}) {
                if (s.has(csvOnly)) {
                    throw new SpecException(s.keyPos(csvOnly), s.key(csvOnly), "only for 'csv:' sources; bundled sets know their columns");
                }
            }
            return new DataSource.Bundled(entry);
        }
        return csv(s, baseDir);
    }

    private static DataSource.Csv csv(Section s, Path baseDir) {
        YNode pathNode = s.get("csv");
        String written = Values.string(pathNode, s.key("csv"));
        Path file = baseDir.resolve(written).normalize();
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
        return new DataSource.Csv(written.replace('\\', '/'), file, label, labelIndex, header, delimiter.charAt(0));
    }

    private static SplitSpec split(Section s, DataSource source, Task task) {
        double test = s.number("test", defaultTest(source), 0.0, false, 0.9);
        double validation = s.number("validation", 0.0, 0.0, false, 0.9);
        if (test + validation >= 0.95) {
            throw new SpecException(s.pos(), s.path(), "test + validation must leave at least 5% of the rows to train on");
        }
        boolean stratify = s.bool("stratify", task == Task.CLASSIFICATION);
        if (stratify && task == Task.REGRESSION) {
            throw new SpecException(s.keyPos("stratify"), s.key("stratify"), "stratified splits need classes; this is a regression task");
        }
        s.finish();
        return new SplitSpec(test, validation, stratify);
    }

    static double defaultTest(DataSource source) {
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
        c.put("normalize", normalize.label(), Normalization.STANDARDIZE.label());
        return c.map();
    }
}
