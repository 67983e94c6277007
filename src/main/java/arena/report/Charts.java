package arena.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/** The report's charts, built with JFreeChart. */
public final class Charts {
    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 14);
    static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private Charts() { }

    /** One group's curve: mean per epoch and its standard deviation over seeds. */
    public record Band(String group, double[] epochs, double[] mean, double[] sd) { }

    /** Mean line per group with a band of ±1 sd over seeds. */
    public static JFreeChart learningCurves(String title, String metric, List<Band> bands, List<String> groups) {
        return curves(title, metric, bands, groups, metric.endsWith("loss"));
    }

    /**
     * Mean lines with ±1 sd bands; {@code logWhenWide} puts the y axis on a log scale when the values
     * are positive and span more than a factor of 20 (losses, gradient norms).
     */
    public static JFreeChart curves(String title, String metric, List<Band> bands, List<String> groups, boolean logWhenWide) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        boolean positive = true;
        double min = Double.MAX_VALUE, max = 0;
        for (Band b : bands) {
            YIntervalSeries s = new YIntervalSeries(b.group());
            for (int i = 0; i < b.epochs().length; i++) {
                double sd = Double.isNaN(b.sd()[i]) ? 0 : b.sd()[i];
                s.add(b.epochs()[i], b.mean()[i], b.mean()[i] - sd, b.mean()[i] + sd);
                positive &= b.mean()[i] - sd > 0;
                min = Math.min(min, b.mean()[i]);
                max = Math.max(max, b.mean()[i]);
            }
            data.addSeries(s);
        }
        DeviationRenderer r = new DeviationRenderer(true, false);
        for (int i = 0; i < bands.size(); i++) {
            Color c = Palette.of(groups.indexOf(bands.get(i).group()));
            r.setSeriesPaint(i, c);
            r.setSeriesFillPaint(i, c);
            r.setSeriesStroke(i, new BasicStroke(2f));
        }
        r.setAlpha(0.18f);
        NumberAxis x = new NumberAxis("epoch");
        x.setAutoRangeIncludesZero(false);
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        ValueAxis y;
        // losses that fall by orders of magnitude read better on a log scale
        if (logWhenWide && positive && max / min > 20) {
            LogAxis log = new LogAxis(metric + " (log scale)");
            log.setSmallestValue(1e-12);
            log.setNumberFormatOverride(new java.text.DecimalFormat("0.#####"));
            // ticks at powers of ten, minor marks between: readable values instead of 10^0.2 steps
            log.setAutoTickUnitSelection(false);
            log.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(1.0), false, false);
            log.setMinorTickCount(9);
            log.setMinorTickMarksVisible(true);
            y = log;
        } else {
            NumberAxis n = new NumberAxis(metric);
            n.setAutoRangeIncludesZero(false);
            y = n;
        }
        XYPlot plot = new XYPlot(data, x, y, r);
        return chart(title, plot);
    }

    /** Box plots of a final metric per group (median, quartiles, mean, whiskers; outliers as points). */
    public static JFreeChart boxPlot(String title, String metric, Map<String, List<Double>> valuesByGroup, List<String> groups) {
        DefaultBoxAndWhiskerCategoryDataset data = new DefaultBoxAndWhiskerCategoryDataset();
        valuesByGroup.forEach((g, v) -> data.add(v, metric, g));
        BoxAndWhiskerRenderer r = new BoxAndWhiskerRenderer();
        r.setMeanVisible(false);
        r.setMedianVisible(true);
        r.setFillBox(true);
        r.setSeriesPaint(0, new Color(0x4E79A7));
        r.setMaximumBarWidth(0.12);
        NumberAxis y = new NumberAxis(metric);
        y.setAutoRangeIncludesZero(false);
        CategoryAxis x = new CategoryAxis();
        x.setMaximumCategoryLabelLines(3);
        CategoryPlot plot = new CategoryPlot(data, x, y, r);
        JFreeChart c = chart(title, plot);
        c.removeLegend();
        return c;
    }

    /** Lines of y = f(x) per named series, e.g. activation functions or their derivatives. */
    public static JFreeChart lines(String title, String xLabel, String yLabel, Map<String, double[][]> series) {
        XYSeriesCollection data = new XYSeriesCollection();
        series.forEach((name, xy) -> {
            XYSeries s = new XYSeries(name, false, true);
            for (int i = 0; i < xy[0].length; i++) {
                s.add(xy[0][i], xy[1][i]);
            }
            data.addSeries(s);
        });
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < series.size(); i++) {
            r.setSeriesPaint(i, Palette.of(i));
            r.setSeriesStroke(i, new BasicStroke(2f));
        }
        NumberAxis x = new NumberAxis(xLabel);
        NumberAxis y = new NumberAxis(yLabel);
        y.setAutoRangeIncludesZero(false);
        return chart(title, new XYPlot(data, x, y, r));
    }

    /** Several line plots stacked over one shared x axis (e.g. functions above, derivatives below). */
    public static JFreeChart stacked(String title, String xLabel, Map<String, Map<String, double[][]>> panels, List<String> order) {
        org.jfree.chart.plot.CombinedDomainXYPlot combined = new org.jfree.chart.plot.CombinedDomainXYPlot(new NumberAxis(xLabel));
        combined.setGap(12);
        for (String name : order) {
            XYPlot p = (XYPlot) lines(name, xLabel, name, panels.get(name)).getPlot();
            p.setDomainGridlinePaint(new Color(0xDDDDDD));
            p.setRangeGridlinePaint(new Color(0xDDDDDD));
            combined.add(p, 1);
        }
        return chart(title, combined);
    }

    static JFreeChart chart(String title, org.jfree.chart.plot.Plot plot) {
        JFreeChart c = new JFreeChart(null, TITLE, plot, true);
        c.setTitle(new TextTitle(title, TITLE));
        c.setBackgroundPaint(Color.WHITE);
        plot.setBackgroundPaint(Color.WHITE);
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(new Color(0xDDDDDD));
            xy.setRangeGridlinePaint(new Color(0xDDDDDD));
        } else if (plot instanceof CategoryPlot cp) {
            cp.setRangeGridlinePaint(new Color(0xDDDDDD));
        }
        return c;
    }
}
