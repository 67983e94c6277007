package arena.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import arena.spec.CatalogEntry;
import arena.spec.DataSource;
import arena.spec.Task;
import arena.spec.TrialId;

/**
 * Loads data sets, once per source and task for a whole run (trials share the rows read-only).
 * Bundled sets are read from the jar, so `java -jar` works from any folder; sets a system package
 * installs (the full Fashion-MNIST) from where the package puts them.
 */
public final class DataSources {
    private final Map<String, LoadedData> cache = new ConcurrentHashMap<>();
    private final Map<String, StreamedCsv> streamed = new ConcurrentHashMap<>();

    public LoadedData load(DataSource source, Task task) {
        return cache.computeIfAbsent(key(source, task), k -> read(source, task));
    }

    /** A CSV too large to load: validated in one pass, once per run, and read again by each use. */
    public StreamedCsv stream(DataSource.Csv csv, Task task) {
        return streamed.computeIfAbsent(key(csv, task), k -> StreamedCsv.scan(csv.displayName(), csv.file(), csv.header(),
                csv.delimiter(), csv.labelColumn(), csv.labelIndex(), task));
    }

    private static String key(DataSource source, Task task) {
        return source + "|" + task;
    }

    public static LoadedData read(DataSource source, Task task) {
        if (source instanceof DataSource.Bundled b) {
            return catalog(b.entry(), task);
        }
        if (source instanceof DataSource.Idx idx) {
            return IdxData.read(idx.displayName(), idx.images(), idx.labels(), idx.testImages(), idx.testLabels());
        }
        if (source instanceof DataSource.Synthetic syn) {
            return SyntheticData.generate(syn.kind(), syn.samples(), syn.noise(), syn.classes(), syn.seed());
        }
        DataSource.Csv csv = (DataSource.Csv) source;
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(csv.file());
        } catch (IOException e) {
            throw new DataException(csv.file().toString(), null, "cannot read: " + e.getMessage());
        }
        return CsvData.read(csv.displayName(), csv.file().toString(), bytes,
                new CsvData.Layout(csv.header(), csv.delimiter(), csv.labelColumn(), csv.labelIndex()), task);
    }

    private static LoadedData catalog(CatalogEntry e, Task task) {
        if (e.format() == CatalogEntry.Format.CSV) {
            return CsvData.read(e.name(), e.location(), resource(e.location()), new CsvData.Layout(true, ',', e.label(), null), task);
        }
        Path dir = e.system() ? installed(e) : extracted(e);
        return IdxData.read(e.name(), dir.resolve(TRAIN_IMAGES), dir.resolve(TRAIN_LABELS), dir.resolve(TEST_IMAGES), dir.resolve(TEST_LABELS));
    }

    /** MNIST's file names, which Fashion-MNIST keeps. */
    private static final String TRAIN_IMAGES = "train-images-idx3-ubyte.gz";
    private static final String TRAIN_LABELS = "train-labels-idx1-ubyte.gz";
    private static final String TEST_IMAGES = "t10k-images-idx3-ubyte.gz";
    private static final String TEST_LABELS = "t10k-labels-idx1-ubyte.gz";
    private static final List<String> IDX_FILES = List.of(TRAIN_IMAGES, TRAIN_LABELS, TEST_IMAGES, TEST_LABELS);

    /** A set a system package installs: there, or a message saying how to get it. */
    private static Path installed(CatalogEntry e) {
        Path dir = Path.of(e.location());
        for (String f : IDX_FILES) {
            if (!Files.isRegularFile(dir.resolve(f))) {
                throw new DataException(dir.resolve(f).toString(), null, e.name() + " is not installed: on Debian or Ubuntu, "
                        + "sudo apt-get install dataset-" + e.name() + " (or use fashion-mnist-small, bundled)");
            }
        }
        return dir;
    }

    /** IDX files bundled in the jar, copied out once per JVM (DataVec's readers take files). */
    private static synchronized Path extracted(CatalogEntry e) {
        try {
            Path dir = Files.createTempDirectory("arena-" + e.name() + "-");
            for (String f : IDX_FILES) {
                Path target = dir.resolve(f);
                Files.write(target, resource(e.location() + f));
                target.toFile().deleteOnExit();
            }
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException ex) {
            throw new DataException(e.location(), null, "cannot copy the bundled files out of the jar: " + ex.getMessage());
        }
    }

    static byte[] resource(String path) {
        try (InputStream in = DataSources.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new DataException(path, null, "bundled data set missing from the jar (rebuild with mvn package)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new DataException(path, null, "cannot read: " + e.getMessage());
        }
    }

    static String sha256(byte[] bytes) {
        return TrialId.sha256(bytes);
    }
}
