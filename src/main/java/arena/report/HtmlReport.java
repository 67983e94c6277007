package arena.report;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import arena.run.PlanFile;
import arena.run.TrialResult;
import arena.spec.ActivationSpec;
import arena.stats.Analysis;
import arena.stats.CheckResult;
import arena.stats.Comparison;
import arena.stats.ComparisonTable;
import arena.stats.GroupRow;
import arena.stats.PValues;
import arena.stats.RankAnalysis;

/**
 * report.html: one self-contained page (inline CSS and SVG, no scripts, no network) with the
 * tables, learning curves with seed bands, box plots of final metrics, the critical-difference
 * diagram, the compared activation functions and the provenance.
 */
public final class HtmlReport {
    private static final String CSS = """
            :root{--fg:#1d2430;--muted:#5b6472;--line:#d9dde3;--accent:#4E79A7}
            *{box-sizing:border-box}body{margin:0;font:15px/1.5 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:var(--fg);background:#fff}
            main{max-width:1120px;margin:0 auto;padding:16px}h1{font-size:1.6em;margin:.4em 0}h2{margin-top:1.8em;border-bottom:1px solid var(--line)}
            .muted{color:var(--muted)}nav a{margin-right:1em}.scroll{overflow-x:auto}
            table{border-collapse:collapse;margin:.6em 0;font-size:.92em}th,td{padding:4px 8px;border-bottom:1px solid var(--line);text-align:right;white-space:nowrap}
            th:first-child,td:first-child{text-align:left}th{background:#f4f6f8}
            .best{font-weight:700}.mark{display:block;font-size:.85em}.better{color:#2e7d32}.worse{color:#c62828}.fail{color:#c62828;font-weight:700}.pass{color:#2e7d32}
            .grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,460px),1fr));gap:12px}
            figure{margin:0;border:1px solid var(--line);border-radius:6px;padding:4px}figure svg{width:100%;height:auto;display:block}
            p,li,summary,h1,h2,h3,h4{overflow-wrap:anywhere}
            pre{background:#f4f6f8;padding:8px;overflow-x:auto;font-size:.85em}ul.verdicts li{margin:.2em 0}
            """;

    private HtmlReport() { }

    public static String render(ResultSet rs, Analysis a, EpochHistory history) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(Html.esc(rs.name())).append(" · Activation Arena</title><style>").append(CSS)
                .append("</style></head><body><main>\n");
        sb.append("<h1>").append(Html.esc(rs.name())).append("</h1>\n");
        if (!rs.description().isBlank()) {
            sb.append("<p>").append(Html.esc(rs.description())).append("</p>\n");
        }
        sb.append("<p class=\"muted\">").append(Html.esc(Overview.line(rs).replace("`", ""))).append("</p>\n");
        sb.append("<nav><a href=\"#results\">Results</a><a href=\"#curves-0\">Learning curves</a>")
                .append(a.ranks().isEmpty() ? "" : "<a href=\"#ranks\">Ranks</a>")
                .append("<a href=\"#provenance\">Provenance</a></nav>\n");
        sb.append("<h2 id=\"results\">Results</h2>\n");
        for (int i = 0; i < a.tables().size(); i++) {
            block(sb, rs, a.tables().get(i), history, i);
        }
        legend(sb, rs);
        ranks(sb, a.ranks());
        activations(sb, ActivationShapes.compared(rs));
        checks(sb, a.checks());
        problems(sb, rs);
        provenance(sb, rs);
        return sb.append("</main></body></html>\n").toString();
    }

    private static void block(StringBuilder sb, ResultSet rs, ComparisonTable t, EpochHistory history, int index) {
        if (!t.block().isEmpty()) {
            sb.append("<h3>").append(Html.esc(t.block())).append("</h3>\n");
        }
        table(sb, rs, t);
        verdicts(sb, rs, t);
        List<String> groups = t.rows().stream().map(GroupRow::group).toList();
        String where = t.block().isEmpty() ? "" : " [" + t.block() + "]";
        sb.append("<h4 id=\"curves-").append(index).append("\">Learning curves").append(Html.esc(where)).append("</h4>\n")
                .append("<p class=\"muted\">Mean over seeds, band ±1 sd.</p><div class=\"grid\">\n");
        for (String column : history.columns()) {
            List<Charts.Band> bands = column.startsWith("diag.") ? List.of() : history.bands(t.block(), column);
            if (!bands.isEmpty()) {
                figure(sb, Svg.of(Charts.learningCurves(column, column, bands, groups), 560, 340));
            }
        }
        sb.append("</div>\n");
        DiagnosticCharts.section(sb, history, t.block(), groups, where, index);
        sb.append("<h4>Final metrics").append(Html.esc(where)).append("</h4><div class=\"grid\">\n");
        for (String m : t.metrics()) {
            Map<String, List<Double>> values = finalValues(rs, t, m);
            if (!values.isEmpty()) {
                figure(sb, Svg.of(Charts.boxPlot(m, m, values, groups), 560, 320));
            }
        }
        sb.append("</div>\n");
    }

    private static Map<String, List<Double>> finalValues(ResultSet rs, ComparisonTable t, String metric) {
        Map<String, List<Double>> out = new LinkedHashMap<>();
        for (PlanFile.Row r : rs.plan()) {
            TrialResult res = rs.results().get(r.id());
            if (r.block().equals(t.block()) && res != null && !res.diverged() && res.metric(metric) != null) {
                out.computeIfAbsent(r.group(), g -> new ArrayList<>()).add(res.metric(metric));
            }
        }
        return out;
    }

    private static void table(StringBuilder sb, ResultSet rs, ComparisonTable t) {
        sb.append("<div class=\"scroll\"><table><thead><tr><th>").append(Html.esc(rs.compareBy() == null ? "group" : rs.compareBy()))
                .append("</th><th>n</th>");
        t.metrics().forEach(m -> sb.append("<th>").append(Html.esc(m)).append("</th>"));
        sb.append("<th>diverged</th><th>failed / not run</th></tr></thead><tbody>\n");
        for (GroupRow r : t.rows()) {
            sb.append("<tr><td>").append(Html.esc(r.group())).append(r.group().equals(rs.baseline()) ? " <span class=\"muted\">(baseline)</span>" : "")
                    .append("</td><td>").append(r.planned() - r.diverged() - r.failed() - r.pending()).append("</td>");
            for (String m : t.metrics()) {
                Comparison c = t.pairwise() ? null : t.find(m, r.group(), rs.baseline()).orElse(null);
                String cls = r.group().equals(t.best().get(m)) ? "best" : "";
                sb.append("<td class=\"").append(cls).append("\">").append(Html.esc(Format.meanSd(m, r.metrics().get(m))));
                if (c != null && c.marker() != arena.stats.Marker.NONE) {
                    String mc = c.marker() == arena.stats.Marker.BETTER ? "better" : c.marker() == arena.stats.Marker.WORSE ? "worse"
                            : c.marker() == arena.stats.Marker.DIFFERENT ? "" : "muted";
                    sb.append(" <span class=\"mark ").append(mc).append("\" title=\"").append(Html.esc(c.marker().meaning())).append("\">")
                            .append(c.marker().symbol()).append(' ').append(Html.esc(PValues.phrase(c.pHolm()))).append("</span>");
                }
                sb.append("</td>");
            }
            sb.append("<td>").append(r.diverged()).append("</td><td>").append(r.failed()).append(" / ").append(r.pending()).append("</td></tr>\n");
        }
        sb.append("</tbody></table></div>\n");
    }

    private static void verdicts(StringBuilder sb, ResultSet rs, ComparisonTable t) {
        if (t.comparisons().isEmpty()) {
            return;
        }
        sb.append("<ul class=\"verdicts\">\n");
        if (!t.pairwise()) {
            for (GroupRow r : t.rows()) {
                if (r.group().equals(rs.baseline())) {
                    continue;
                }
                List<String> parts = new ArrayList<>();
                t.metrics().forEach(m -> t.find(m, r.group(), rs.baseline()).ifPresent(c -> parts.add(Verdicts.sentence(c))));
                sb.append("<li><b>").append(Html.esc(r.group())).append("</b>: ").append(Html.esc(String.join("; ", parts))).append("</li>\n");
            }
        } else {
            for (GroupRow r : t.rows()) {
                List<String> parts = new ArrayList<>();
                for (String m : t.metrics()) {
                    int[] w = t.winTieLoss(m, r.group());
                    parts.add(String.format(Locale.ROOT, "%s %d/%d/%d", m, w[0], w[1], w[2]));
                }
                sb.append("<li><b>").append(Html.esc(r.group())).append("</b> win/tie/loss: ").append(Html.esc(String.join(", ", parts))).append("</li>\n");
            }
        }
        sb.append("</ul>\n");
    }

    private static void legend(StringBuilder sb, ResultSet rs) {
        sb.append("<p class=\"muted\">Mean ± sample sd over seeds; bold = best mean per column. ▲/▼ significantly better/worse than ")
                .append(rs.baseline() == null ? "the others" : Html.esc(rs.baseline()))
                .append(", · no significant difference: paired t-test over seeds, Holm-corrected per column, α = ")
                .append(arena.spec.Names.number(rs.compare().alpha())).append(". Every test, with Wilcoxon beside it, is in summary.md.</p>\n");
    }

    private static void ranks(StringBuilder sb, List<RankAnalysis> ranks) {
        if (ranks.isEmpty()) {
            return;
        }
        sb.append("<h2 id=\"ranks\">Ranks across blocks</h2>\n<div class=\"scroll\"><table><thead><tr><th>scope</th><th>metric</th>")
                .append("<th>blocks</th><th>average ranks (1 = best)</th><th>Friedman p</th><th>Nemenyi CD</th></tr></thead><tbody>\n");
        for (RankAnalysis r : ranks) {
            StringBuilder avg = new StringBuilder();
            if (r.friedman() != null) {
                r.groups().forEach(g -> avg.append(String.format(Locale.ROOT, "%s %.2f; ", g, r.averageRank(g))));
            }
            sb.append("<tr><td>").append(Html.esc(r.scope())).append("</td><td>").append(Html.esc(r.metric())).append("</td><td>")
                    .append(r.blocks().size()).append("</td><td>").append(Html.esc(avg.toString())).append("</td><td>")
                    .append(r.friedman() == null ? "–" : PValues.format(r.friedman().p())).append("</td><td>")
                    .append(Double.isNaN(r.criticalDifference()) ? "–" : String.format(Locale.ROOT, "%.2f", r.criticalDifference()))
                    .append("</td></tr>\n");
        }
        sb.append("</tbody></table></div><div class=\"grid\">\n");
        ranks.stream().filter(r -> r.friedman() != null).forEach(r -> figure(sb, Svg.of(CdDiagram.of(r), CdDiagram.width(r), CdDiagram.height(r))));
        sb.append("</div>\n");
    }

    private static void activations(StringBuilder sb, List<ActivationSpec> activations) {
        if (activations.isEmpty()) {
            return;
        }
        sb.append("<h2 id=\"activations\">The compared activation functions</h2><div class=\"grid\">\n");
        ActivationShapes.charts(activations).forEach(c -> figure(sb, Svg.of(c, 560, 380)));
        sb.append("</div>\n");
    }

    private static void checks(StringBuilder sb, List<CheckResult> checks) {
        if (checks.isEmpty()) {
            return;
        }
        sb.append("<h2 id=\"checks\">Checks</h2><div class=\"scroll\"><table><thead><tr><th>check</th><th>result</th><th>figures</th></tr></thead><tbody>\n");
        for (CheckResult c : checks) {
            sb.append("<tr><td>").append(Html.esc(c.name())).append("</td><td class=\"").append(c.passed() ? "pass\">pass" : "fail\">FAIL")
                    .append("</td><td>").append(Html.esc(c.detail())).append("</td></tr>\n");
        }
        sb.append("</tbody></table></div>\n");
    }

    private static void problems(StringBuilder sb, ResultSet rs) {
        List<String> items = new ArrayList<>();
        for (PlanFile.Row r : rs.plan()) {
            TrialResult t = rs.results().get(r.id());
            String what = r.group() + (r.block().isEmpty() ? "" : " [" + r.block() + "]") + " seed " + r.seed() + " (" + r.id() + ")";
            if (t != null && t.diverged()) {
                items.add(what + ": diverged in epoch " + t.divergedEpoch());
            } else if (rs.errors().containsKey(r.id())) {
                items.add(what + ": failed: " + rs.errors().get(r.id()).lines().findFirst().orElse(""));
            }
        }
        if (rs.results().values().stream().anyMatch(TrialResult::testOnTrain)) {
            items.add("split.test is 0 for this data: test metrics are measured on the training rows");
        }
        if (!items.isEmpty()) {
            sb.append("<h2>Notes</h2><ul>\n");
            items.forEach(i -> sb.append("<li>").append(Html.esc(i)).append("</li>\n"));
            sb.append("</ul>\n");
        }
    }

    private static void provenance(StringBuilder sb, ResultSet rs) {
        JsonNode m = rs.manifest();
        sb.append("<h2 id=\"provenance\">Provenance</h2><div class=\"scroll\"><table><tbody>\n");
        for (String section : new String[] {"software", "machine", "threads", "git"}) {
            Iterator<Map.Entry<String, JsonNode>> it = m.path(section).fields();
            while (it.hasNext()) {
                var e = it.next();
                sb.append("<tr><td>").append(Html.esc(section + "." + e.getKey())).append("</td><td>")
                        .append(Html.esc(e.getValue().isNull() ? "–" : e.getValue().asText())).append("</td></tr>\n");
            }
        }
        sb.append("<tr><td>jvmFlags</td><td>").append(Html.esc(m.path("jvmFlags").toString())).append("</td></tr>\n");
        sb.append("<tr><td>started / ended</td><td>").append(Html.esc(m.path("startedAt").asText("–") + " / " + m.path("endedAt").asText("–")))
                .append("</td></tr>\n<tr><td>experiment sha256</td><td>").append(Html.esc(m.path("experiment").path("sha256").asText()))
                .append("</td></tr>\n</tbody></table></div>\n");
        sb.append("<details><summary>Experiment file (").append(Html.esc(m.path("experiment").path("file").asText("")))
                .append(")</summary><pre>").append(Html.esc(m.path("experiment").path("text").asText())).append("</pre></details>\n");
    }

    private static void figure(StringBuilder sb, String svg) {
        sb.append("<figure>").append(svg).append("</figure>\n");
    }
}
