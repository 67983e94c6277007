package arena.spec;

import java.nio.file.Path;

/** Where the rows come from. */
public sealed interface DataSource {

    /** Short name used in labels and reports. */
    String displayName();

    /** A bundled data set by catalog name. */
    record Bundled(CatalogEntry entry) implements DataSource {
        @Override
        public String displayName() {
            return entry.name();
        }
    }

    /**
     * Any CSV file. {@code path} is as written (relative to the experiment file), {@code file} resolved;
     * {@code labelColumn} is a column name, or a 0-based index when {@code labelIndex} is set; null means the last column.
     */
    record Csv(String path, Path file, String labelColumn, Integer labelIndex, boolean header, char delimiter) implements DataSource {
        @Override
        public String displayName() {
            String name = file.getFileName().toString();
            return name.endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        }
    }
}
