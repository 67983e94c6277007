package arena.stats;

import java.util.List;
import java.util.Map;

/**
 * The head-to-head table of one block: a row per group, a column per metric, and per column the
 * group with the best mean (null when no group has a value).
 */
public record ComparisonTable(String block, List<String> metrics, List<GroupRow> rows, Map<String, String> best) {
    public ComparisonTable {
        metrics = List.copyOf(metrics);
        rows = List.copyOf(rows);
        best = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(best));
    }
}
