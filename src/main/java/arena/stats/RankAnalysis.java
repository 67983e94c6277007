package arena.stats;

import java.util.List;

/**
 * Ranks of the groups across blocks for one metric (Demšar 2006): within each block the groups are
 * ranked by their mean over seeds (1 = best, ties averaged), ranks are averaged over blocks, the
 * Friedman test asks whether they differ, and the Nemenyi critical difference says how far apart
 * two average ranks must be to differ at {@code alpha}. {@code scope} names the values of swept
 * keys outside {@code compare.across} ("" when there are none); {@code excluded} lists blocks
 * left out because some group had no result there.
 */
public record RankAnalysis(String scope, String metric, List<String> groups, List<String> blocks, List<String> excluded,
                           Friedman.Result friedman, double criticalDifference, double alpha) {
    public RankAnalysis {
        groups = List.copyOf(groups);
        blocks = List.copyOf(blocks);
        excluded = List.copyOf(excluded);
    }

    public double averageRank(String group) {
        return friedman.averageRanks()[groups.indexOf(group)];
    }
}
