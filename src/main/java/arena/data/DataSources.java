package arena.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import arena.spec.CatalogEntry;
import arena.spec.DataSource;
import arena.spec.Task;
import arena.spec.TrialId;

/**
 * Loads data sets, once per source and task for a whole run (trials share the rows read-only).
 * Bundled sets are read from the jar, so `java -jar` works from any folder.
 */
public final class DataSources {
    private final Map<String, LoadedData> cache = new ConcurrentHashMap<>();

    public LoadedData load(DataSource source, Task task) {
        return cache.computeIfAbsent(key(source, task), k -> read(source, task));
    }

    private static String key(DataSource source, Task task) {
        return source + "|" + task;
    }

    public static LoadedData read(DataSource source, Task task) {
        if (source instanceof DataSource.Bundled b) {
            CatalogEntry e = b.entry();
            return CsvData.read(e.name(), e.resource(), resource(e.resource()),
                    new CsvData.Layout(true, ',', e.label(), null), task);
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
