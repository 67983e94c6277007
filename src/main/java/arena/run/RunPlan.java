package arena.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import arena.spec.ExperimentSpec;
import arena.spec.Trial;
import arena.spec.TrialConfig;

/**
 * The trials one run executes: all of the experiment's, or a selection ({@code --only},
 * {@code --trials}) and/or one shard of them ({@code --shard I/N}). {@code planIds} is the whole
 * plan in order, recorded in the manifest so that {@code arena merge} can put shards back together.
 */
public record RunPlan(List<Trial> trials, String selection, String shard, List<String> planIds) {

    public RunPlan {
        trials = List.copyOf(trials);
        planIds = List.copyOf(planIds);
    }

    public static RunPlan all(ExperimentSpec spec) {
        return new RunPlan(spec.trials(), "", null, spec.trials().stream().map(Trial::id).toList());
    }

    /**
     * Keeps the trials whose factors match every {@code key=value} (key {@code group} means the
     * compared value; values are matched by canonical label) and, if ids are given, whose id is listed.
     */
    public RunPlan select(List<String> only, List<String> ids) {
        List<Trial> kept = new ArrayList<>(trials);
        List<String> described = new ArrayList<>();
        for (String o : only) {
            int eq = o.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--only expects KEY=VALUE, e.g. --only group=relu or --only model.hidden=[32], got '" + o + "'");
            }
            String key = o.substring(0, eq).trim();
            String value = o.substring(eq + 1).trim();
            List<String> available = kept.stream().map(t -> valueOf(t, key)).filter(java.util.Objects::nonNull).distinct().toList();
            if (available.isEmpty()) {
                throw new IllegalArgumentException("--only " + o + ": '" + key + "' is not 'group' or a swept key");
            }
            kept.removeIf(t -> !value.equals(valueOf(t, key)));
            if (kept.isEmpty()) {
                throw new IllegalArgumentException("--only " + o + ": no trial has " + key + " = " + value + "; values: " + String.join(", ", available));
            }
            described.add(o);
        }
        if (!ids.isEmpty()) {
            Set<String> wanted = new LinkedHashSet<>(ids);
            Set<String> known = new LinkedHashSet<>();
            trials.forEach(t -> known.add(t.id()));
            for (String id : wanted) {
                if (!known.contains(id)) {
                    throw new IllegalArgumentException("--trials: no trial " + id + " in the plan (see 'arena validate FILE --trials')");
                }
            }
            kept.removeIf(t -> !wanted.contains(t.id()));
            described.add("trials " + String.join(",", wanted));
        }
        return new RunPlan(kept, String.join(" ", described), shard, planIds);
    }

    private static String valueOf(Trial t, String key) {
        return key.equals("group") ? t.group() : t.factors().get(key);
    }

    /**
     * Shard {@code index} (1-based) of {@code count}: trials are dealt to shards greedily by their
     * estimated cost (longest first, ties by plan order), so shards finish at about the same time.
     * The deal depends only on the plan, so reruns and other agents get the same shards.
     */
    public RunPlan shard(int index, int count, Map<TrialConfig, Double> secondsByConfig) {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("--shard expects I/N with 1 <= I <= N, got " + index + "/" + count);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < trials.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -secondsByConfig.getOrDefault(trials.get(i).config(), 1.0))
                .thenComparingInt(i -> i));
        double[] load = new double[count];
        Map<Integer, Integer> shardOf = new HashMap<>();
        for (int i : order) {
            int best = 0;
            for (int s = 1; s < count; s++) {
                if (load[s] < load[best]) {
                    best = s;
                }
            }
            load[best] += secondsByConfig.getOrDefault(trials.get(i).config(), 1.0);
            shardOf.put(i, best);
        }
        List<Trial> mine = new ArrayList<>();
        for (int i = 0; i < trials.size(); i++) {
            if (shardOf.get(i) == index - 1) {
                mine.add(trials.get(i));
            }
        }
        return new RunPlan(mine, selection, index + "/" + count, planIds);
    }
}
