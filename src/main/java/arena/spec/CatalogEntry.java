package arena.spec;

/**
 * A data set known by name: enough to use it with {@code dataset: NAME} and nothing else.
 * {@code location} is a classpath resource (a CSV file, or a folder of IDX files, bundled in the
 * jar) or, for {@code system} entries, a folder on disk that a package installs.
 * {@code defaultTest} is 0 for sets too small to hold out rows (XOR, the 8-row exam table).
 */
public record CatalogEntry(String name, Format format, String location, boolean system, Task task, String label,
                           double defaultTest, String description, String source) {

    /** How the files are stored. */
    public enum Format { CSV, IDX }

    static CatalogEntry csv(String name, String file, Task task, String label, double defaultTest, String description, String source) {
        return new CatalogEntry(name, Format.CSV, file, false, task, label, defaultTest, description, source);
    }

    /** IDX images come with their own test set and 8-bit pixels. */
    public boolean images() {
        return format == Format.IDX;
    }
}
