package arena.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import arena.run.PlanFile;
import arena.run.TrialResult;
import arena.stats.Analysis;
import arena.stats.CheckResult;
import arena.stats.Comparison;
import arena.stats.ComparisonTable;
import arena.stats.GroupRow;
import arena.stats.Marker;
import arena.stats.PValues;
import arena.stats.RankAnalysis;
import arena.stats.Wilcoxon;

/** summary.md: the head-to-head tables, comparisons, ranks and checks in GitHub-flavoured Markdown. */
public final class MarkdownSummary {
    private MarkdownSummary() { }

    public static String render(ResultSet rs, Analysis a) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(rs.name()).append("\n\n");
        if (!rs.description().isBlank()) {
            sb.append(Html.esc(rs.description().strip())).append("\n\n");
        }
        sb.append(Overview.line(rs)).append("\n\n");
        for (ComparisonTable t : a.tables()) {
            if (a.tables().size() > 1 || !t.block().isEmpty()) {
                sb.append("## ").append(t.block().isEmpty() ? "all trials" : t.block()).append("\n\n");
            }
            table(sb, rs, t);
            comparisons(sb, rs, t);
        }
        legend(sb, rs, a);
        ranks(sb, rs, a.ranks());
        checks(sb, a.checks());
        if (ResultSet.partial(rs.manifest()) && !rs.manifest().path("checks").isEmpty()) {
            sb.append("\n> Checks are not evaluated on part of a plan (a shard or a selection); merge the shards "
                    + "(`arena merge`) or run the whole plan.\n");
        }
        notes(sb, rs);
        return sb.toString();
    }

    private static void table(StringBuilder sb, ResultSet rs, ComparisonTable t) {
        String first = rs.compareBy() == null ? "group" : rs.compareBy();
        boolean anyDiverged = t.rows().stream().anyMatch(r -> r.diverged() > 0);
        boolean anyMissing = t.rows().stream().anyMatch(r -> r.failed() > 0 || r.pending() > 0);
        List<String> head = new ArrayList<>(List.of(first, "n"));
        head.addAll(t.metrics());
        if (anyDiverged) {
            head.add("diverged");
        }
        if (anyMissing) {
            head.add("failed / not run");
        }
        sb.append(row(head)).append(row(head.stream().map(h -> h.equals(first) ? "---" : "---:").toList()));
        for (GroupRow r : t.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add(r.group() + (r.group().equals(rs.baseline()) ? " (baseline)" : ""));
            cells.add(Integer.toString(r.planned() - r.diverged() - r.failed() - r.pending()));
            for (String m : t.metrics()) {
                String v = Format.meanSd(m, r.metrics().get(m));
                v = r.group().equals(t.best().get(m)) ? "**" + v + "**" : v;
                Comparison c = t.pairwise() ? null : t.find(m, r.group(), rs.baseline()).orElse(null);
                cells.add(v + Verdicts.markerCell(c));
            }
            if (anyDiverged) {
                cells.add(Integer.toString(r.diverged()));
            }
            if (anyMissing) {
                cells.add(r.failed() + " / " + r.pending());
            }
            sb.append(row(cells));
        }
        sb.append('\n');
    }

    private static void comparisons(StringBuilder sb, ResultSet rs, ComparisonTable t) {
        if (t.comparisons().isEmpty()) {
            return;
        }
        String first = rs.compareBy() == null ? "group" : rs.compareBy();
        if (!t.pairwise()) {
            sb.append("Against ").append(rs.baseline()).append(", paired by seed:\n\n");
            for (GroupRow r : t.rows()) {
                if (r.group().equals(rs.baseline())) {
                    continue;
                }
                String verdicts = t.metrics().stream().map(m -> t.find(m, r.group(), rs.baseline()))
                        .filter(java.util.Optional::isPresent).map(o -> Verdicts.sentence(o.get())).collect(Collectors.joining("; "));
                sb.append("- **").append(r.group()).append("**: ").append(verdicts).append('\n');
            }
            sb.append('\n');
        } else {
            sb.append("Win / tie / loss in paired comparisons with every other group:\n\n");
            List<String> head = new ArrayList<>(List.of(first));
            head.addAll(t.metrics());
            sb.append(row(head)).append(row(head.stream().map(h -> h.equals(first) ? "---" : "---:").toList()));
            for (GroupRow r : t.rows()) {
                List<String> cells = new ArrayList<>(List.of(r.group()));
                for (String m : t.metrics()) {
                    int[] w = t.winTieLoss(m, r.group());
                    cells.add(w[0] + " / " + w[1] + " / " + w[2]);
                }
                sb.append(row(cells));
            }
            sb.append('\n');
        }
        sb.append("<details><summary>Every paired test</summary>\n\n");
        List<String> head = List.of(first, "vs", "metric", "n", "difference [95% CI]", "d_z", "p (t)", "p (t, Holm)",
                "p (Wilcoxon)", "p (Wilcoxon, Holm)", "");
        sb.append(row(head)).append(row(head.stream().map(h -> "---").toList()));
        for (Comparison c : t.comparisons()) {
            sb.append(row(List.of(c.group(), c.against(), c.metric(), Integer.toString(c.test().n()), Verdicts.difference(c),
                    fmt(c.test().cohenDz()), PValues.format(c.test().pT()), PValues.format(c.pHolm()),
                    PValues.format(c.test().wilcoxon().p()), PValues.format(c.wilcoxonPHolm()), c.marker().meaning())));
        }
        sb.append("\n</details>\n\n");
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "–" : Double.isInfinite(v) ? (v > 0 ? "∞" : "−∞") : String.format(Locale.ROOT, "%.2f", v);
    }

    private static void legend(StringBuilder sb, ResultSet rs, Analysis a) {
        sb.append("Mean ± sample standard deviation over seeds; **bold** is the best mean in its column (")
                .append(rs.metrics().stream().map(m -> m + " " + Verdicts.better(m)).collect(Collectors.joining(", ")))
                .append("). ");
        sb.append("▲ / ▼ significantly better / worse, ≠ significantly different (no better direction), · no significant difference, "
                + "by a paired t-test over seeds at α = ")
                .append(arena.spec.Names.number(rs.compare().alpha()))
                .append(", Holm-corrected over the comparisons in the same column; Wilcoxon's signed-rank test is reported beside it.\n");
        // the largest n is the best case: if even it cannot reach alpha, Wilcoxon never can here
        int n = a.tables().stream().flatMap(t -> t.comparisons().stream()).mapToInt(c -> c.test().n()).max().orElse(0);
        if (n >= 2 && Wilcoxon.smallestPossibleP(n) >= rs.compare().alpha()) {
            sb.append(String.format(Locale.ROOT, "%nWith at most %d paired seeds the exact Wilcoxon p cannot go below %s, so Wilcoxon alone "
                    + "can never reach α = %s here (it needs at least %d seeds); the markers use the paired t-test.%n", n,
                    PValues.format(Wilcoxon.smallestPossibleP(n)), arena.spec.Names.number(rs.compare().alpha()),
                    seedsForWilcoxon(rs.compare().alpha())));
        }
        if (a.tables().stream().flatMap(t -> t.comparisons().stream()).anyMatch(c -> c.marker() == Marker.NONE)) {
            sb.append("\nComparisons with fewer than 2 paired seeds are not tested.\n");
        }
    }

    private static int seedsForWilcoxon(double alpha) {
        int n = 1;
        while (Wilcoxon.smallestPossibleP(n) >= alpha) {
            n++;
        }
        return n;
    }

    private static void ranks(StringBuilder sb, ResultSet rs, List<RankAnalysis> ranks) {
        if (ranks.isEmpty()) {
            return;
        }
        Map<String, List<RankAnalysis>> byScope = ranks.stream().collect(Collectors.groupingBy(RankAnalysis::scope,
                java.util.LinkedHashMap::new, Collectors.toList()));
        byScope.forEach((scope, list) -> {
            RankAnalysis first = list.get(0);
            sb.append("\n## Ranks across ").append(first.blocks().size()).append(" blocks")
                    .append(scope.isEmpty() ? "" : " [" + scope + "]").append("\n\n");
            sb.append("Average rank of each group's mean over seeds within each block (1 = best; ties share ranks), "
                    + "Friedman test of equal ranks, and the Nemenyi critical difference: two groups differ "
                    + "significantly when their average ranks differ by more than CD.\n\n");
            String by = rs.compareBy();
            List<String> head = new ArrayList<>(List.of(by));
            list.forEach(r -> head.add(r.metric()));
            sb.append(row(head)).append(row(head.stream().map(h -> h.equals(by) ? "---" : "---:").toList()));
            for (String g : first.groups()) {
                List<String> cells = new ArrayList<>(List.of(g));
                list.forEach(r -> cells.add(r.friedman() == null ? "–" : String.format(Locale.ROOT, "%.2f", r.averageRank(g))));
                sb.append(row(cells));
            }
            List<String> fr = new ArrayList<>(List.of("Friedman p"));
            list.forEach(r -> fr.add(r.friedman() == null ? "–" : PValues.format(r.friedman().p())));
            sb.append(row(fr));
            List<String> cd = new ArrayList<>(List.of("Nemenyi CD (α = " + arena.spec.Names.number(first.alpha()) + ")"));
            list.forEach(r -> cd.add(Double.isNaN(r.criticalDifference()) ? "–" : String.format(Locale.ROOT, "%.2f", r.criticalDifference())));
            sb.append(row(cd)).append('\n');
            if (first.friedman() != null) {
                sb.append("![Critical-difference diagram](").append(Reports.cdFileName(first)).append(")\n");
            }
            list.stream().filter(r -> !r.excluded().isEmpty()).findFirst().ifPresent(r ->
                    sb.append("\nLeft out of the ranks (a group has no result there): ").append(String.join("; ", r.excluded())).append('\n'));
        });
    }

    private static void checks(StringBuilder sb, List<CheckResult> checks) {
        if (checks.isEmpty()) {
            return;
        }
        long failed = checks.stream().filter(c -> !c.passed()).count();
        sb.append("\n## Checks: ").append(failed == 0 ? "all " + checks.size() + " passed" : failed + " of " + checks.size() + " FAILED")
                .append("\n\n");
        sb.append(row(List.of("check", "result", "figures"))).append(row(List.of("---", "---", "---")));
        for (CheckResult c : checks) {
            sb.append(row(List.of(c.name(), c.passed() ? "pass" : "**FAIL**", c.detail())));
        }
    }

    private static void notes(StringBuilder sb, ResultSet rs) {
        if (rs.results().values().stream().anyMatch(TrialResult::testOnTrain)) {
            sb.append("\n> **Note:** `split.test` is 0 for this data, so test metrics are measured on the training rows.\n");
        }
        List<String> diverged = new ArrayList<>();
        for (PlanFile.Row r : rs.plan()) {
            TrialResult t = rs.results().get(r.id());
            if (t != null && t.diverged()) {
                diverged.add("- `" + r.id() + "` " + r.group() + (r.block().isEmpty() ? "" : " [" + r.block() + "]") + " seed "
                        + r.seed() + ": loss became NaN/Inf in epoch " + t.divergedEpoch());
            }
        }
        if (!diverged.isEmpty()) {
            sb.append("\n## Diverged trials\n\n").append(String.join("\n", diverged)).append('\n');
        }
        if (!rs.errors().isEmpty()) {
            sb.append("\n## Failed trials\n\n");
            rs.errors().forEach((id, e) -> sb.append("- `").append(id).append("`: ").append(e.lines().findFirst().orElse(""))
                    .append(" (see trials/").append(id).append("/error.txt)\n"));
        }
    }

    static String row(List<String> cells) {
        return "| " + cells.stream().map(c -> c.replace("|", "\\|")).collect(Collectors.joining(" | ")) + " |\n";
    }
}
