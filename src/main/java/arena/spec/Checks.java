package arena.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Reads the {@code checks} list; group names are canonicalised like the baseline. */
final class Checks {
    private Checks() { }

    /** A node and its key, to be read as a value of compare.by. */
    record Value(YNode node, String key) { }

    static List<CheckSpec> read(YNode node, CompareSpec compare, Set<Task> tasks, int layers, Set<String> blocks,
                                Function<Value, String> group) {
        List<YNode> items = Values.list(node, "checks");
        List<CheckSpec> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            out.add(one(Section.of(items.get(i), "checks[" + i + "]", items.get(i).pos()), compare, tasks, layers, blocks, group));
        }
        return out;
    }

    private static CheckSpec one(Section s, CompareSpec compare, Set<Task> tasks, int layers, Set<String> blocks,
                                 Function<Value, String> group) {
        YNode metricNode = s.get("metric");
        if (metricNode == null) {
            throw new SpecException(s.pos(), s.key("metric"), "a check needs 'metric', e.g. {metric: test.accuracy, group: relu, atLeast: 0.9}");
        }
        String metric = Metrics.read(metricNode, s.key("metric"), tasks, layers);
        boolean threshold = s.has("atLeast") || s.has("atMost");
        boolean significance = s.has("better") || s.has("than");
        if (threshold == significance) {
            throw new SpecException(s.pos(), s.path(), threshold
                    ? "a check is either a threshold (atLeast/atMost) or a significance test (better/than), not both"
                    : "a check needs atLeast/atMost (a threshold) or better/than (a significance test)");
        }
        String block = block(s, blocks);
        CheckSpec out;
        if (threshold) {
            String g = s.has("group") ? groupOf(s, "group", compare, group) : null;
            Double atLeast = s.has("atLeast") ? s.number("atLeast", 0, -Double.MAX_VALUE, false, Double.MAX_VALUE) : null;
            Double atMost = s.has("atMost") ? s.number("atMost", 0, -Double.MAX_VALUE, false, Double.MAX_VALUE) : null;
            out = new CheckSpec.Threshold(metric, g, atLeast, atMost, block);
        } else {
            if (!s.has("better") || !s.has("than")) {
                throw new SpecException(s.pos(), s.path(), "a significance check needs both 'better' and 'than'");
            }
            if (Metrics.direction(metric) == MetricInfo.Direction.NONE) {
                throw new SpecException(metricNode.pos(), s.key("metric"), metric + " has no better direction; "
                        + "use a threshold (atLeast/atMost) instead of better/than");
            }
            String better = groupOf(s, "better", compare, group);
            String than = groupOf(s, "than", compare, group);
            if (better.equals(than)) {
                throw new SpecException(s.keyPos("than"), s.key("than"), "compares " + better + " with itself");
            }
            out = new CheckSpec.Significance(metric, better, than, s.number("alpha", compare.alpha(), 0.0, true, 0.5), block);
        }
        s.finish();
        return out;
    }

    /** A block label as the reports write it (e.g. data.dataset=iris); every block when absent. */
    private static String block(Section s, Set<String> blocks) {
        YNode n = s.get("block");
        if (n == null) {
            return null;
        }
        String b = Values.string(n, s.key("block"));
        if (!blocks.contains(b)) {
            throw Values.error(n, s.key("block"), "'" + b + "' is not a block of this plan; blocks: " + String.join(" | ", blocks)
                    + Suggestions.hint(b, blocks));
        }
        return b;
    }

    private static String groupOf(Section s, String name, CompareSpec compare, Function<Value, String> group) {
        YNode n = s.get(name);
        if (compare.by() == null) {
            throw Values.error(n, s.key(name), "naming a group needs something compared: add a sweep");
        }
        return group.apply(new Value(n, s.key(name)));
    }
}
