package arena.stats;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The head-to-head table of one block: a row per group, a column per metric, the group with the
 * best mean per column, and the paired comparisons — against the baseline, or all pairs when there
 * is none ({@code pairwise}).
 */
public record ComparisonTable(String block, List<String> metrics, List<GroupRow> rows, Map<String, String> best,
                              List<Comparison> comparisons, boolean pairwise) {
    public ComparisonTable {
        metrics = List.copyOf(metrics);
        rows = List.copyOf(rows);
        best = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(best));
        comparisons = List.copyOf(comparisons);
    }

    /** The comparison of group against other on a metric, in either order (sign follows group - other). */
    public Optional<Comparison> find(String metric, String group, String other) {
        return comparisons.stream()
                .filter(c -> c.metric().equals(metric) && c.group().equals(group) && c.against().equals(other))
                .findFirst();
    }

    /** Wins, ties and losses of a group on a metric over all its pairwise comparisons. */
    public int[] winTieLoss(String metric, String group) {
        int[] wtl = new int[3];
        for (Comparison c : comparisons) {
            if (!c.metric().equals(metric) || c.marker() == Marker.NONE) {
                continue;
            }
            if (c.marker() == Marker.DIFFERENT) {
                continue;                       // no winner without a better direction
            }
            if (c.group().equals(group)) {
                wtl[c.marker() == Marker.BETTER ? 0 : c.marker() == Marker.WORSE ? 2 : 1]++;
            } else if (c.against().equals(group)) {
                wtl[c.marker() == Marker.WORSE ? 0 : c.marker() == Marker.BETTER ? 2 : 1]++;
            }
        }
        return wtl;
    }
}
