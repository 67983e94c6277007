package arena.cli;

import static arena.TestSupport.cli;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import arena.TestSupport.CliResult;

/**
 * Every shipped example runs as it is, in reduced form (2 epochs, 1 seed). Exit code 1 is allowed:
 * an example's checks may fail after 2 epochs, and that is a finished run with a verdict.
 */
class ExamplesTest {
    @TempDir
    Path dir;

    static Stream<Path> examples() throws IOException {
        try (var s = Files.list(Path.of("experiments"))) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void runsInReducedForm(Path example) {
        CliResult r = cli("run", example.toString(), "--out", dir.toString(), "--set", "training.epochs=2", "--set", "seeds=1");
        assertTrue(r.code() == 0 || r.code() == 1, "exit " + r.code() + "\n" + r.err());
        try (var s = Files.list(dir)) {
            Path results = s.findFirst().orElseThrow();
            assertTrue(Files.isRegularFile(results.resolve("summary.md")));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
