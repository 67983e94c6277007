package arena.report;

import java.awt.Rectangle;
import java.util.concurrent.atomic.AtomicInteger;

import org.jfree.chart.JFreeChart;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Renders a chart to an inline SVG element that scales with its container (viewBox, no fixed size).
 * Each SVG gets its own prefix for clip-path ids, so many charts can share one HTML page.
 */
public final class Svg {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private Svg() { }

    public static String of(JFreeChart chart, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        String id = "c" + COUNTER.incrementAndGet();
        g.setDefsKeyPrefix(id + "_");
        chart.draw(g, new Rectangle(0, 0, width, height));
        return g.getSVGElement(id, false, new ViewBox(0, 0, width, height), PreserveAspectRatio.XMID_YMID, null);
    }

    /** A standalone .svg file (XML declaration, fixed size, still scalable). */
    public static String standalone(JFreeChart chart, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        chart.draw(g, new Rectangle(0, 0, width, height));
        return g.getSVGDocument();
    }
}
