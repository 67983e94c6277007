package arena;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import arena.cli.Main;
import arena.spec.ExperimentParser;
import arena.spec.ExperimentSpec;
import arena.spec.KeyOverride;

/** Helpers shared by tests: write files, parse specs, run the real CLI in this JVM. */
public final class TestSupport {
    private TestSupport() { }

    public record CliResult(int code, String out, String err) { }

    public static CliResult cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliResult(code, out.toString(), err.toString());
    }

    public static Path write(Path dir, String name, String text) {
        try {
            Path p = dir.resolve(name);
            Files.createDirectories(p.getParent());
            Files.writeString(p, text, StandardCharsets.UTF_8);
            return p;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ExperimentSpec parse(Path dir, String yaml, String... sets) {
        Path file = write(dir, "exp.yaml", yaml);
        return ExperimentParser.parse(file, java.util.Arrays.stream(sets).map(KeyOverride::parse).toList());
    }

    public static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<String> lines(Path p) {
        try {
            return Files.readAllLines(p);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
