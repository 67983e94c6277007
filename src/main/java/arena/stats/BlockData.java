package arena.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import arena.run.PlanFile;
import arena.run.TrialResult;

/** The planned trials of one block, by group, with their stored results (diverged ones hold no metrics). */
final class BlockData {
    final String block;
    final Map<String, List<PlanFile.Row>> byGroup = new LinkedHashMap<>();
    private final Map<String, TrialResult> results;

    BlockData(String block, List<PlanFile.Row> rows, Map<String, TrialResult> results) {
        this.block = block;
        this.results = results;
        rows.forEach(r -> byGroup.computeIfAbsent(r.group(), g -> new ArrayList<>()).add(r));
    }

    static List<BlockData> split(List<PlanFile.Row> plan, Map<String, TrialResult> results) {
        Map<String, List<PlanFile.Row>> blocks = new LinkedHashMap<>();
        plan.forEach(r -> blocks.computeIfAbsent(r.block(), b -> new ArrayList<>()).add(r));
        List<BlockData> out = new ArrayList<>();
        blocks.forEach((b, rows) -> out.add(new BlockData(b, rows, results)));
        return out;
    }

    List<String> groups() {
        return List.copyOf(byGroup.keySet());
    }

    /** The metric's value per seed for a group, from trials that finished without diverging. */
    SortedMap<Long, Double> values(String group, String metric) {
        SortedMap<Long, Double> out = new TreeMap<>();
        for (PlanFile.Row r : byGroup.getOrDefault(group, List.of())) {
            TrialResult t = results.get(r.id());
            if (t != null && !t.diverged() && t.metric(metric) != null) {
                out.put(r.seed(), t.metric(metric));
            }
        }
        return out;
    }

    TrialResult result(String id) {
        return results.get(id);
    }
}
