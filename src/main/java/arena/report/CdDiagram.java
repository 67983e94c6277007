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
import org.jfree.chart.axis.AxisLocation;
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
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble(i -> r.averageRank(r.groups().get(i))));
        List<double[]> cliques = cliques(r, order, r.criticalDifference());
        // layout from the top: rank axis, CD bar, rank ticks, clique bars, then one label per row
        double cdY = -0.35;
        double tickTop = -0.6;
        double firstClique = -0.85;
        double firstLabel = firstClique - 0.25 * cliques.size() - 0.55;
        double bottom = firstLabel - (k - 1) - 0.5;

        // labels sit outside the rank range, left and right, as in Demšar's figures
        double margin = labelPixels(r) * (k - 1) / (double) axisPixels(r);
        NumberAxis x = new RankAxis(k);
        x.setRange(1 - margin, k + margin);
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis y = new NumberAxis();
        y.setVisible(false);
        y.setRange(bottom, 0.05);
        XYPlot plot = new XYPlot(new XYSeriesCollection(), x, y, new XYLineAndShapeRenderer());
        plot.setDomainAxisLocation(AxisLocation.TOP_OR_LEFT);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setOutlineVisible(false);

        double cd = r.criticalDifference();
        if (!Double.isNaN(cd)) {
            double end = Math.min(k, 1 + cd);
            plot.addAnnotation(new XYLineAnnotation(1, cdY, end, cdY, new BasicStroke(2f), Color.BLACK));
            plot.addAnnotation(new XYLineAnnotation(1, cdY - 0.08, 1, cdY + 0.08, new BasicStroke(2f), Color.BLACK));
            plot.addAnnotation(new XYLineAnnotation(end, cdY - 0.08, end, cdY + 0.08, new BasicStroke(2f), Color.BLACK));
            plot.addAnnotation(text(String.format(Locale.ROOT, "CD = %.2f (α = %s)", cd, arena.spec.Names.number(r.alpha())),
                    end + 0.1, cdY, TextAnchor.CENTER_LEFT));
        }
        for (int pos = 0; pos < k; pos++) {
            String g = r.groups().get(order.get(pos));
            double rank = r.averageRank(g);
            double level = firstLabel - pos;
            boolean left = pos < (k + 1) / 2;
            double labelX = left ? 1 - 0.15 * margin : k + 0.15 * margin;
            plot.addAnnotation(new XYLineAnnotation(rank, tickTop, rank, level, new BasicStroke(1f), Color.DARK_GRAY));
            plot.addAnnotation(new XYLineAnnotation(rank, level, labelX, level, new BasicStroke(1f), Color.DARK_GRAY));
            plot.addAnnotation(text(String.format(Locale.ROOT, "%s (%.2f)", g, rank), labelX, level,
                    left ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT));
        }
        for (int i = 0; i < cliques.size(); i++) {
            double cy = firstClique - 0.25 * i;
            plot.addAnnotation(new XYLineAnnotation(cliques.get(i)[0] - 0.03, cy, cliques.get(i)[1] + 0.03, cy,
                    new BasicStroke(4f), new Color(0xE15759)));
        }
        JFreeChart c = Charts.chart("Critical difference: " + r.metric() + (r.scope().isEmpty() ? "" : " [" + r.scope() + "]"), plot);
        c.removeLegend();
        return c;
    }

    /**
     * Maximal runs of rank-ordered groups whose extreme ranks are within the critical difference
     * (groups not significantly different), as [lowest rank, highest rank].
     */
    private static List<double[]> cliques(RankAnalysis r, List<Integer> order, double cd) {
        List<double[]> out = new ArrayList<>();
        if (Double.isNaN(cd)) {
            return out;
        }
        int k = order.size();
        int lastEnd = -1;
        for (int i = 0; i < k; i++) {
            int j = i;
            while (j + 1 < k && rank(r, order, j + 1) - rank(r, order, i) < cd) {
                j++;
            }
            if (j > i && j > lastEnd) {
                out.add(new double[] {rank(r, order, i), rank(r, order, j)});
                lastEnd = j;
            }
        }
        return out;
    }

    /** A rank axis that shows ticks only at ranks 1..k, though it spans the label margins too. */
    private static final class RankAxis extends NumberAxis {
        private final int k;

        RankAxis(int k) {
            super("average rank (1 = best)");
            this.k = k;
        }

        @Override
        @SuppressWarnings("rawtypes")
        protected java.util.List refreshTicksHorizontal(java.awt.Graphics2D g2, java.awt.geom.Rectangle2D dataArea,
                                                        org.jfree.chart.ui.RectangleEdge edge) {
            java.util.List<?> ticks = super.refreshTicksHorizontal(g2, dataArea, edge);
            return ticks.stream().filter(t -> {
                double v = ((org.jfree.chart.axis.NumberTick) t).getValue();
                return v >= 1 && v <= k;
            }).toList();
        }
    }

    /** Room for the longest label ("name (rank)") beside the axis, at about 7 px per character. */
    private static int labelPixels(RankAnalysis r) {
        int chars = r.groups().stream().mapToInt(String::length).max().orElse(8) + 7;
        return 7 * chars + 24;
    }

    private static int axisPixels(RankAnalysis r) {
        return Math.max(300, 90 * (r.groups().size() - 1));
    }

    /** Pixel width: the rank axis plus label room on both sides (and the plot's insets). */
    public static int width(RankAnalysis r) {
        return axisPixels(r) + 2 * labelPixels(r) + 40;
    }

    /** Pixel height that gives every label row the same room. */
    public static int height(RankAnalysis r) {
        return 150 + 32 * r.groups().size();
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
