package arena.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import arena.TestSupport;

/**
 * report.html from a real run, opened in Debian's headless Chromium: it renders with no console
 * errors (which includes any resource it would fetch), shows its charts, fits a phone's width, and
 * leaves a screenshot at target/report-screenshot.png.
 */
class ReportInBrowserTest {
    @TempDir
    Path dir;

    @Test
    void realReportRendersItsChartsWithoutErrors() throws Exception {
        Browser.assumeAvailableOrFailInCi();
        Path file = TestSupport.write(dir, "browser.yaml", """
                name: browser-report
                description: Activations on iris for the browser test <i>escaped</i>
                data: {dataset: iris, split: {test: 0.2, validation: 0.2}}
                model: {hidden: [8]}
                training: {optimizer: {type: sgd, learningRate: 0.1}, batchSize: 16, epochs: 8}
                seeds: 3
                sweep:
                  model.activation: [sigmoid, tanh, relu]
                  training.batchSize: [8, 16]
                compare: {baseline: sigmoid, metrics: [test.accuracy, test.loss]}
                checks:
                  - {metric: test.accuracy, atLeast: 0.1}
                """);
        Path out = dir.resolve("out");
        assertEquals(0, TestSupport.cli("run", file.toString(), "--out", out.toString()).code());
        Path html = out.resolve("browser-report/report.html");
        try (Browser browser = Browser.start()) {
            Browser.PageCheck page = browser.open(html);
            assertEquals("browser-report · Activation Arena", page.title());
            assertEquals(java.util.List.of(), page.consoleErrors());
            // 2 blocks × (4 learning curves + 2 box plots) + CD diagram + 2 activation charts
            assertTrue(page.visibleSvgCount() >= 15, "visible charts: " + page.visibleSvgCount());
            assertTrue(page.text().contains("Ranks across blocks"));
            assertTrue(page.text().contains("The compared activation functions"));
            assertTrue(page.text().contains("<i>escaped</i>"), "the description shows as text, not markup");
            // measured before the full-page screenshot, which overrides the viewport through DevTools
            int overflow = browser.horizontalOverflowPx();
            assertTrue(overflow <= 0, "the page fits a 390 px phone without sideways scrolling; overflow " + overflow + " px");
            Path shot = Path.of("target/report-screenshot.png");
            browser.screenshot(shot);
            assertTrue(Files.size(shot) > 10_000);
        }
    }
}
