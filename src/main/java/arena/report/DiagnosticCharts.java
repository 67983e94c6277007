package arena.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The diagnostics part of report.html for one block: per group, the weight-gradient norm of each
 * layer over the epochs (vanishing gradients show as layers fanning out on the log scale) and the
 * dead / saturated fractions of each hidden layer; across groups, the first / last gradient ratio.
 */
final class DiagnosticCharts {
    private DiagnosticCharts() { }

    static void section(StringBuilder sb, EpochHistory history, String block, List<String> groups, String where, int index) {
        if (history.columns().stream().noneMatch(c -> c.startsWith("diag."))) {
            return;
        }
        sb.append("<h4 id=\"diagnostics-").append(index).append("\">Diagnostics").append(Html.esc(where)).append("</h4>\n")
                .append("<p class=\"muted\">Per epoch, mean over seeds with ±1 sd: weight-gradient norm per example of each layer "
                        + "(0 = first hidden layer, the last = the output layer), and the share of dead units (never positive on the probe batch) or saturated "
                        + "outputs (near the asymptotes). See docs/diagnostics.md.</p><div class=\"grid\">\n");
        List<Charts.Band> ratio = history.bands(block, "diag.gradRatio");
        if (!ratio.isEmpty()) {
            figure(sb, Charts.curves("Gradient ratio: first / last hidden layer", "diag.gradRatio", ratio, groups, true));
        }
        for (String group : history.groups(block)) {
            List<Charts.Band> norms = history.layers(block, group, "diag.gradNorm");
            if (!norms.isEmpty()) {
                figure(sb, Charts.curves("Gradient norm by layer: " + group, "diag.gradNorm", norms, labels(norms), true));
            }
            for (String fraction : List.of("diag.deadFraction", "diag.saturatedFraction")) {
                List<Charts.Band> f = history.layers(block, group, fraction);
                if (!f.isEmpty()) {
                    String what = fraction.equals("diag.deadFraction") ? "Dead units" : "Saturated outputs";
                    figure(sb, Charts.curves(what + " by layer: " + group, fraction, f, labels(f), false));
                }
            }
        }
        sb.append("</div>\n");
    }

    private static List<String> labels(List<Charts.Band> bands) {
        List<String> out = new ArrayList<>();
        bands.forEach(b -> out.add(b.group()));
        return out;
    }

    private static void figure(StringBuilder sb, org.jfree.chart.JFreeChart chart) {
        sb.append("<figure>").append(Svg.of(chart, 560, 340)).append("</figure>\n");
    }
}
