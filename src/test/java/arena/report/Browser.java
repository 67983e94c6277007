package arena.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Test harness: opens a local HTML file (report.html) in Debian's headless Chromium and reports what a
 * reader would get: title, console errors, rendered inline SVGs, visible text, screenshot, phone fit.
 *
 * <p>Always uses /usr/bin/chromium and /usr/bin/chromedriver; because the driver path is given
 * explicitly, Selenium Manager is never consulted and nothing is ever downloaded.
 * One instance per test class: starting the browser costs about a second, opening a page milliseconds.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final int WIDTH = 1280;
    public static final int HEIGHT = 2000;
    public static final int PHONE_WIDTH = 390;
    public static final int PHONE_HEIGHT = 844;
    /** Chromium cannot capture taller images in one piece; longer pages are cut off there. */
    private static final int MAX_SCREENSHOT_HEIGHT = 16_000;

    /**
     * What a reader gets from one page.
     *
     * @param consoleErrors SEVERE browser log entries: console.error calls, uncaught exceptions
     *                      (also in event handlers and timers that ran before the page settled),
     *                      failed resource loads
     * @param visibleSvgCount outermost inline {@code <svg>} elements with a non-zero rendered box
     * @param text the body's visible text as WebDriver sees it (hidden elements excluded)
     */
    public record PageCheck(String title, List<String> consoleErrors, int visibleSvgCount, String text) { }

    /**
     * Selenium probes for a CDP binding matching the browser version at every start and warns when
     * there is none (none ships for Chromium 156). Only its own DevTools client needs one, which this
     * class does not use: executeCdpCommand goes through chromedriver. Held here so it stays configured.
     */
    private static final java.util.logging.Logger CDP_VERSION_LOG =
            java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /**
     * Availability policy: outside CI a machine without the browser skips browser tests;
     * under CI=true a missing browser fails the run (a green CI must mean the report was checked).
     */
    public static void assumeAvailableOrFailInCi() {
        assumeAvailableOrFailInCi(List.of(CHROMIUM, CHROMEDRIVER), System.getenv("CI"));
    }

    static void assumeAvailableOrFailInCi(List<Path> required, String ciEnv) {
        List<String> missing = required.stream()
                .filter(p -> !Files.isExecutable(p)).map(Path::toString).toList();
        if (missing.isEmpty()) {
            return;
        }
        String what = "missing " + String.join(" and ", missing)
                + "; install the Debian packages: apt-get install -y chromium chromium-driver";
        if ("true".equals(ciEnv)) {
            Assertions.fail("CI=true, so browser tests must run, but " + what);
        }
        Assumptions.abort("browser test skipped (no browser, not CI): " + what);
    }

    /** Starts headless Chromium with a fresh profile; applies {@link #assumeAvailableOrFailInCi()} first. */
    public static Browser start() {
        assumeAvailableOrFailInCi();
        CDP_VERSION_LOG.setLevel(Level.SEVERE);
        Path profile;
        try {
            profile = Files.createTempDirectory("arena-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())   // set => Selenium Manager is skipped
                .usingAnyFreePort()
                .withLogOutput(OutputStream.nullOutputStream())
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile,
                "--window-size=" + WIDTH + "," + HEIGHT,
                "--hide-scrollbars");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);   // "goog:loggingPrefs"
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
            return new Browser(driver, profile);
        } catch (RuntimeException e) {
            deleteTree(profile);
            throw e;
        }
    }

    /** Loads the file, waits until it has settled (load event, then a frame and a timer tick), checks it. */
    public PageCheck open(Path htmlFile) {
        driver.manage().logs().get(LogType.BROWSER);   // drop entries left over from the previous page
        driver.get(htmlFile.toAbsolutePath().toUri().toString());
        driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + "requestAnimationFrame(() => setTimeout(done, 0));");
        Number svgs = (Number) driver.executeScript(
                "return Array.from(document.querySelectorAll('svg')).filter(s => {"
                + "  if (s.parentElement && s.parentElement.closest('svg')) return false;"   // nested: part of a chart
                + "  const r = s.getBoundingClientRect(), cs = getComputedStyle(s);"
                + "  return r.width > 0 && r.height > 0 && cs.visibility !== 'hidden';"
                + "}).length;");
        String text = driver.findElement(By.tagName("body")).getText();
        List<String> errors = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(e.getMessage());
            }
        }
        return new PageCheck(driver.getTitle(), List.copyOf(errors), svgs.intValue(), text);
    }

    /**
     * Saves a PNG of the whole current page at {@value #WIDTH}px wide (capped at 16000px tall);
     * falls back to the {@value #WIDTH}x{@value #HEIGHT} window if full-page capture is unavailable.
     */
    public void screenshot(Path png) {
        byte[] bytes;
        try {
            Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
            @SuppressWarnings("unchecked")
            Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
            double w = ((Number) size.get("width")).doubleValue();
            double h = Math.min(((Number) size.get("height")).doubleValue(), MAX_SCREENSHOT_HEIGHT);
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                    "format", "png", "captureBeyondViewport", true,
                    "clip", Map.of("x", 0, "y", 0, "width", Math.ceil(w), "height", Math.ceil(h), "scale", 1)));
            bytes = Base64.getDecoder().decode((String) shot.get("data"));
        } catch (WebDriverException | ClassCastException | NullPointerException e) {
            bytes = driver.getScreenshotAs(OutputType.BYTES);
        }
        try {
            if (png.getParent() != null) {
                Files.createDirectories(png.getParent());
            }
            Files.write(png, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Lays the current page out in a {@value #PHONE_WIDTH}px wide viewport and returns how far it
     * sticks out sideways (document scrollWidth - clientWidth); 0 means no horizontal scrolling on a phone.
     * The window is a plain narrow viewport (no mobile emulation), so a page without a
     * viewport meta tag is measured at 390px too rather than hidden behind a 980px virtual layout.
     */
    public int horizontalOverflowPx() {
        Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(PHONE_WIDTH, PHONE_HEIGHT));
        try {
            Number inner = (Number) driver.executeScript("return window.innerWidth;");
            if (inner.intValue() != PHONE_WIDTH) {
                throw new IllegalStateException("could not get a " + PHONE_WIDTH + "px viewport, got " + inner);
            }
            Number overflow = (Number) driver.executeScript(
                    "const d = document.documentElement, b = document.body;"
                    + "return Math.max(d.scrollWidth, b ? b.scrollWidth : 0) - d.clientWidth;");
            return Math.max(0, overflow.intValue());
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();   // also stops chromedriver
        } finally {
            deleteTree(profile);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // best effort: a leftover temporary profile is harmless
        }
    }
}
