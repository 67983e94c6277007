package arena.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import arena.TestSupport;

/** Self-test of the browser harness on tiny hand-written pages; one Chromium for the whole class. */
class BrowserHarnessTest {

    private static final String SVG = "<svg xmlns='http://www.w3.org/2000/svg' width='200' height='100' "
            + "viewBox='0 0 200 100'><rect width='200' height='100' fill='steelblue'/>"
            + "<svg x='10' y='10' width='20' height='20'><circle r='5' cx='10' cy='10'/></svg></svg>";

    @TempDir
    static Path dir;
    private static Browser browser;

    @BeforeAll
    static void startBrowser() {
        Browser.assumeAvailableOrFailInCi();
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private static Path page(String name, String head, String body) {
        return TestSupport.write(dir, name, "<!DOCTYPE html><html><head><meta charset='utf-8'>" + head
                + "</head><body>" + body + "</body></html>");
    }

    private static Path cleanPage() {
        return page("clean.html", "<title>Clean report</title>",
                "<h1>Results</h1><p>ReLU beats tanh.</p>" + SVG + SVG
                        + "<svg width='50' height='50' style='display:none'></svg>"   // not rendered
                        + "<p hidden>secret</p><script>console.log('fine'); console.warn('just a warning');</script>");
    }

    @Test
    void cleanPageHasTitleTextTwoSvgsAndNoErrors() {
        Browser.PageCheck check = browser.open(cleanPage());
        assertEquals("Clean report", check.title());
        assertEquals(java.util.List.of(), check.consoleErrors(), "info and warnings are not errors");
        assertEquals(2, check.visibleSvgCount(), "nested and display:none SVGs are not counted");
        assertTrue(check.text().contains("ReLU beats tanh."), check.text());
        assertTrue(!check.text().contains("secret"), "hidden text is not visible text");
    }

    @Test
    void consoleErrorsUncaughtExceptionsAndMissingFilesAreReported() {
        Path bad = page("bad.html", "<title>Broken</title>",
                "<p>x</p><script>console.error('chart data missing');</script>"
                        + "<script>setTimeout(() => { throw new TypeError('late failure'); }, 0);</script>"
                        + "<script>throw new Error('boom at load');</script>"
                        + "<script>Promise.reject(new RangeError('nobody caught me'));</script>"
                        + "<img src='not-bundled.png' alt='external file'>");
        Browser.PageCheck check = browser.open(bad);
        String all = String.join("\n", check.consoleErrors());
        assertEquals(5, check.consoleErrors().size(), all);
        assertTrue(all.contains("Uncaught RangeError: nobody caught me"), all);
        assertTrue(all.contains("not-bundled.png") && all.contains("ERR_FILE_NOT_FOUND"), all);
        assertTrue(all.contains("chart data missing"), all);
        assertTrue(all.contains("Uncaught Error: boom at load"), all);
        assertTrue(all.contains("Uncaught TypeError: late failure"), all);

        assertEquals(java.util.List.of(), browser.open(cleanPage()).consoleErrors(),
                "errors of the previous page must not leak into the next");
    }

    @Test
    void screenshotIsAFullPagePng() throws IOException {
        Path tall = page("tall.html", "<title>Tall</title><style>body{margin:0}</style>",
                SVG + "<div style='height:3000px;background:linear-gradient(white,orange)'>tall</div>");
        browser.open(tall);
        Path png = Path.of("target", "browser-selftest.png");
        Files.deleteIfExists(png);
        browser.screenshot(png);

        byte[] bytes = Files.readAllBytes(png);
        assertTrue(bytes.length > 1000, "PNG has " + bytes.length + " bytes");
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'},
                Arrays.copyOf(bytes, 8), "PNG signature");
        assertEquals("IHDR", new String(bytes, 12, 4, java.nio.charset.StandardCharsets.US_ASCII));
        int width = ByteBuffer.wrap(bytes, 16, 4).getInt();
        int height = ByteBuffer.wrap(bytes, 20, 4).getInt();
        assertEquals(Browser.WIDTH, width);
        assertTrue(height >= 3100, "full page, not just the window: height " + height);
    }

    @Test
    void phoneOverflowCatchesWideContentOnly() {
        browser.open(page("wide.html", "<title>Wide</title>",
                "<p>text</p><div style='width:2000px;height:10px;background:red'></div>"));
        int wide = browser.horizontalOverflowPx();
        assertTrue(wide > 1500, "2000px element on a 390px phone overflows by " + wide);

        browser.open(page("responsive.html",
                "<title>Responsive</title><meta name='viewport' content='width=device-width, initial-scale=1'>"
                        + "<style>svg{max-width:100%;height:auto}</style>",
                "<p>text</p>" + SVG.replace("width='200' height='100'", "width='1200' height='600'")));
        assertEquals(0, browser.horizontalOverflowPx(), "1200px chart scales down with max-width:100%");
    }
}
