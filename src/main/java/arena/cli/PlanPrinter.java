package arena.cli;

import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import arena.run.RunPlan;
import arena.run.Workload;
import arena.spec.ExperimentSpec;
import arena.spec.Trial;

/** Prints a plan as `validate` and `run --dry-run` show it: counts, groups, blocks, seeds, an estimate. */
final class PlanPrinter {
    private PlanPrinter() { }

    static void print(PrintWriter out, ExperimentSpec s, RunPlan plan, List<Workload> work, int workers, boolean listTrials) {
        Set<String> groups = new LinkedHashSet<>();
        Set<String> blocks = new LinkedHashSet<>();
        Set<Long> seeds = new LinkedHashSet<>();
        plan.trials().forEach(t -> {
            groups.add(t.group());
            blocks.add(t.block());
            seeds.add(t.seed());
        });
        out.printf(Locale.ROOT, "%s: %d trials = %d group%s × %d block%s × %d seed%s%n", s.name(), plan.trials().size(),
                groups.size(), plural(groups.size()), blocks.size(), plural(blocks.size()), seeds.size(), plural(seeds.size()));
        if (!plan.selection().isEmpty() || plan.shard() != null) {
            out.printf("  of %d planned; %s%s%n", plan.planIds().size(), plan.selection().isEmpty() ? "" : "selected: " + plan.selection() + " ",
                    plan.shard() == null ? "" : "shard " + plan.shard());
        }
        if (s.compare().by() != null) {
            out.printf("  compared by %s: %s%n", s.compare().by(), String.join(", ",
                    groups.stream().map(g -> g.equals(s.compare().baseline()) ? g + " (baseline)" : g).toList()));
        }
        if (blocks.size() > 1) {
            out.printf("  blocks: %s%n", String.join(" | ", blocks));
        }
        out.printf("  seeds: %s%n", String.join(", ", seeds.stream().map(String::valueOf).toList()));
        out.printf("  metrics: %s%n", String.join(", ", s.compare().metrics()));
        if (!s.checks().isEmpty()) {
            out.printf("  checks: %d%n", s.checks().size());
        }
        long steps = 0;
        double seconds = 0;
        for (Trial t : plan.trials()) {
            Workload w = work.stream().filter(x -> x.variant().config().equals(t.config())).findFirst().orElseThrow();
            steps += w.stepsPerSeed();
            seconds += w.seconds();
        }
        out.printf(Locale.ROOT, "  work: %,d gradient steps; rough estimate %s with %d worker%s%n", steps,
                duration(seconds / Math.min(workers, Math.max(1, plan.trials().size()))), workers, plural(workers));
        if (listTrials) {
            out.printf("  %-12s  %-6s  %s%n", "id", "seed", "group [block]");
            for (Trial t : plan.trials()) {
                out.printf("  %-12s  %-6d  %s%s%n", t.id(), t.seed(), t.group(), t.block().isEmpty() ? "" : " [" + t.block() + "]");
            }
        }
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }

    static String duration(double seconds) {
        if (seconds < 90) {
            return String.format(Locale.ROOT, "%.0f s", Math.max(1, seconds));
        }
        if (seconds < 5400) {
            return String.format(Locale.ROOT, "%.0f min", seconds / 60);
        }
        return String.format(Locale.ROOT, "%.1f h", seconds / 3600);
    }
}
