package arena.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeriesCollection;

import arena.stats.RankAnalysis;

/**
 * Critical-difference diagram (Demšar 2006): the groups' average ranks on an axis (1 = best, on the
 * left), the Nemenyi critical difference as a bar, and thick lines joining groups whose ranks differ
 * by less than it (not significantly different). Built from a JFreeChart XY plot and its annotations.
 */
public final class CdDiagram {
    private CdDiagram() { }

    public static JFreeChart of(RankAnalysis r) {
        int k = r.groups().size();
        NumberAxis x = new NumberAxis("average rank (1 = best)");
        x.setRange(0.8, k + 0.2);
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis y = new NumberAxis();
        y.setVisible(false);
        y.setRange(-(k + 1.5), 2.2);
        XYPlot plot = new XYPlot(new XYSeriesCollection(), x, y, new XYLineAndShapeRenderer());
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setOutlineVisible(false);

        double cd = r.criticalDifference();
        if (!Double.isNaN(cd)) {
            double end = Math.min(k, 1 + cd);
            plot.addAnnotation(new XYLineAnnotation(1, 1.5, end, 1.5, new BasicStroke(2f), Color.BLACK));
            plot.addAnnotation(text(String.format(Locale.ROOT, "CD = %.2f (α = %s)", cd, arena.spec.Names.number(r.alpha())),
                    (1 + end) / 2, 1.95, TextAnchor.CENTER));
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble(i -> r.averageRank(r.groups().get(i))));
        for (int pos = 0; pos < k; pos++) {
            String g = r.groups().get(order.get(pos));
            double rank = r.averageRank(g);
            double level = -(pos + 1);
            plot.addAnnotation(new XYLineAnnotation(rank, 0, rank, level, new BasicStroke(1f), Color.DARK_GRAY));
            boolean left = pos < (k + 1) / 2;
            double labelX = left ? 0.85 : k + 0.15;
            plot.addAnnotation(new XYLineAnnotation(rank, level, labelX, level, new BasicStroke(1f), Color.DARK_GRAY));
            plot.addAnnotation(text(String.format(Locale.ROOT, "%s (%.2f)", g, rank), labelX, level + 0.3,
                    left ? TextAnchor.BOTTOM_LEFT : TextAnchor.BOTTOM_RIGHT));
        }
        cliques(plot, r, order, cd);
        JFreeChart c = Charts.chart("Critical difference: " + r.metric() + (r.scope().isEmpty() ? "" : " [" + r.scope() + "]"), plot);
        c.removeLegend();
        return c;
    }

    /** Maximal runs of rank-ordered groups whose extreme ranks are within the critical difference. */
    private static void cliques(XYPlot plot, RankAnalysis r, List<Integer> order, double cd) {
        if (Double.isNaN(cd)) {
            return;
        }
        int k = order.size();
        int lastEnd = -1;
        double y = -0.25;
        for (int i = 0; i < k; i++) {
            int j = i;
            while (j + 1 < k && rank(r, order, j + 1) - rank(r, order, i) < cd) {
                j++;
            }
            if (j > i && j > lastEnd) {
                plot.addAnnotation(new XYLineAnnotation(rank(r, order, i) - 0.03, y, rank(r, order, j) + 0.03, y,
                        new BasicStroke(4f), new Color(0xE15759)));
                y -= 0.22;
                lastEnd = j;
            }
        }
    }

    private static double rank(RankAnalysis r, List<Integer> order, int pos) {
        return r.averageRank(r.groups().get(order.get(pos)));
    }

    private static XYTextAnnotation text(String s, double x, double y, TextAnchor anchor) {
        XYTextAnnotation a = new XYTextAnnotation(s, x, y);
        a.setFont(Charts.LABEL);
        a.setTextAnchor(anchor);
        return a;
    }
}
