package arena.spec;

/**
 * A data set bundled with the product: enough to use it with {@code dataset: NAME} and nothing else.
 * {@code defaultTest} is 0 for sets too small to hold out rows (XOR, the 8-row exam table).
 */
public record CatalogEntry(String name, String resource, Task task, String label, double defaultTest,
                           String description, String source) { }
