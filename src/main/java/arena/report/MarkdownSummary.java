package arena.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import arena.run.PlanFile;
import arena.run.TrialResult;
import arena.spec.Metrics;
import arena.stats.ComparisonTable;
import arena.stats.GroupRow;

/** summary.md: the head-to-head tables in GitHub-flavoured Markdown. */
public final class MarkdownSummary {
    private MarkdownSummary() { }

    public static String render(ResultSet rs, List<ComparisonTable> tables) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(rs.name()).append("\n\n");
        if (!rs.description().isBlank()) {
            sb.append(rs.description().strip()).append("\n\n");
        }
        sb.append(overview(rs)).append("\n\n");
        for (ComparisonTable t : tables) {
            if (tables.size() > 1 || !t.block().isEmpty()) {
                sb.append("## ").append(t.block().isEmpty() ? "all trials" : t.block()).append("\n\n");
            }
            table(sb, rs, t);
        }
        sb.append("Mean ± sample standard deviation over seeds; **bold** marks the best mean in each column (")
                .append(directions(rs.metrics())).append(").\n");
        notes(sb, rs);
        return sb.toString();
    }

    private static String overview(ResultSet rs) {
        long done = rs.plan().stream().filter(r -> "done".equals(rs.status(r))).count();
        long diverged = rs.plan().stream().filter(r -> "diverged".equals(rs.status(r))).count();
        long failed = rs.plan().stream().filter(r -> "failed".equals(rs.status(r))).count();
        long pending = rs.plan().size() - done - diverged - failed;
        List<String> parts = new ArrayList<>();
        parts.add(rs.plan().size() + " trials: " + done + " done");
        if (diverged > 0) {
            parts.add(diverged + " diverged");
        }
        if (failed > 0) {
            parts.add(failed + " failed");
        }
        if (pending > 0) {
            parts.add(pending + " not run");
        }
        String by = rs.compareBy() == null ? "" : " · compared by `" + rs.compareBy() + "`";
        String base = rs.baseline() == null ? "" : " · baseline " + rs.baseline();
        return String.join(", ", parts) + by + base;
    }

    private static void table(StringBuilder sb, ResultSet rs, ComparisonTable t) {
        String first = rs.compareBy() == null ? "group" : rs.compareBy();
        boolean anyDiverged = t.rows().stream().anyMatch(r -> r.diverged() > 0);
        boolean anyFailed = t.rows().stream().anyMatch(r -> r.failed() > 0 || r.pending() > 0);
        List<String> head = new ArrayList<>(List.of(first, "n"));
        head.addAll(t.metrics());
        if (anyDiverged) {
            head.add("diverged");
        }
        if (anyFailed) {
            head.add("failed / not run");
        }
        sb.append(row(head)).append(row(head.stream().map(h -> h.equals(first) ? "---" : "---:").toList()));
        for (GroupRow r : t.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add(r.group() + (r.group().equals(rs.baseline()) ? " (baseline)" : ""));
            cells.add(Integer.toString(r.planned() - r.diverged() - r.failed() - r.pending()));
            for (String m : t.metrics()) {
                String v = Format.meanSd(m, r.metrics().get(m));
                cells.add(r.group().equals(t.best().get(m)) ? "**" + v + "**" : v);
            }
            if (anyDiverged) {
                cells.add(Integer.toString(r.diverged()));
            }
            if (anyFailed) {
                cells.add(r.failed() + " / " + r.pending());
            }
            sb.append(row(cells));
        }
        sb.append('\n');
    }

    private static String row(List<String> cells) {
        return "| " + String.join(" | ", cells.stream().map(c -> c.replace("|", "\\|")).toList()) + " |\n";
    }

    private static String directions(List<String> metrics) {
        List<String> out = new ArrayList<>();
        for (String m : metrics) {
            out.add(m + " " + (Metrics.higherIsBetter(m) ? "higher" : "lower") + " is better");
        }
        return String.join("; ", out);
    }

    private static void notes(StringBuilder sb, ResultSet rs) {
        boolean onTrain = rs.results().values().stream().anyMatch(TrialResult::testOnTrain);
        if (onTrain) {
            sb.append("\n> **Note:** `split.test` is 0 for this data, so test metrics are measured on the training rows.\n");
        }
        List<String> diverged = new ArrayList<>();
        for (PlanFile.Row r : rs.plan()) {
            TrialResult t = rs.results().get(r.id());
            if (t != null && t.diverged()) {
                diverged.add("- `" + r.id() + "` " + r.group() + " seed " + r.seed() + ": loss became NaN/Inf in epoch " + t.divergedEpoch());
            }
        }
        if (!diverged.isEmpty()) {
            sb.append("\n## Diverged trials\n\n").append(String.join("\n", diverged)).append('\n');
        }
        if (!rs.errors().isEmpty()) {
            sb.append("\n## Failed trials\n\n");
            for (Map.Entry<String, String> e : rs.errors().entrySet()) {
                sb.append("- `").append(e.getKey()).append("`: ").append(e.getValue().lines().findFirst().orElse(""))
                        .append(" (see trials/").append(e.getKey()).append("/error.txt)\n");
            }
        }
    }
}
