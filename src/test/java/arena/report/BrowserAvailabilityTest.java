package arena.report;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** The availability policy: no browser skips outside CI, fails under CI=true. Starts no browser. */
class BrowserAvailabilityTest {

    private static final List<Path> MISSING = List.of(Path.of("/nonexistent/chromium"));

    @Test
    void missingBrowserSkipsOutsideCi() {
        assertThrows(TestAbortedException.class, () -> Browser.assumeAvailableOrFailInCi(MISSING, null));
        assertThrows(TestAbortedException.class, () -> Browser.assumeAvailableOrFailInCi(MISSING, "false"));
    }

    @Test
    void missingBrowserFailsUnderCiNamingThePackages() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> Browser.assumeAvailableOrFailInCi(MISSING, "true"));
        assertTrue(e.getMessage().contains("/nonexistent/chromium"), e.getMessage());
        assertTrue(e.getMessage().contains("apt-get install -y chromium chromium-driver"), e.getMessage());
    }

    @Test
    void presentExecutablesPass() {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        assertDoesNotThrow(() -> Browser.assumeAvailableOrFailInCi(List.of(java), "true"));
    }
}
