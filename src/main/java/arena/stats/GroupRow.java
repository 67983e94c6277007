package arena.stats;

import java.util.Map;

/**
 * One compared value (e.g. an activation) within a block: its summaries per metric over the seeds
 * that produced a result, and how many of its trials diverged or failed (shown, never dropped).
 */
public record GroupRow(String group, int planned, int diverged, int failed, int pending, Map<String, Summary> metrics) {
    public GroupRow {
        metrics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metrics));
    }
}
