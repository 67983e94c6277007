package arena.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import picocli.CommandLine;

/**
 * Every arena command written in the README and docs (CI recipes included) uses commands and
 * options that exist, and names experiment files that exist: the docs cannot drift from the CLI.
 */
class DocumentedCommandsTest {
    private static final Pattern COMMAND = Pattern.compile(
            "(?:\\./|(?<=\\$ ))arena (?:run|validate|report|compare|merge|verify|list|plot)\\b[^'\"\\n;&|>#]*");

    static Stream<String> commands() throws IOException {
        List<Path> docs = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> s = Files.list(Path.of("docs"))) {
            s.filter(p -> p.toString().endsWith(".md")).forEach(docs::add);
        }
        List<String> out = new ArrayList<>();
        for (Path doc : docs) {
            boolean code = false;
            for (String line : Files.readAllLines(doc)) {
                if (line.startsWith("```")) {
                    code = !code;
                    continue;
                }
                if (!code || line.contains("...") || line.contains("[-")) {
                    continue;                       // prose and synopsis lines are not commands
                }
                Matcher m = COMMAND.matcher(line);
                while (m.find()) {
                    out.add(doc + ": " + m.group().trim());
                }
            }
        }
        assertTrue(out.size() >= 10, "found only " + out.size() + " documented commands");
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void parses(String documented) {
        String command = documented.substring(documented.indexOf(": ") + 2)
                .replaceAll("\\$\\{\\{ matrix\\.shard }}|\\$\\{SHARD}", "1")
                .replaceAll("\\$\\(date [^)]*\\)", "2026-01-01")
                .replaceFirst("^\\./arena |^arena ", "");
        String[] args = command.trim().split("\\s+");
        try {
            new CommandLine(new Main()).parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            fail(documented + ": " + e.getMessage());
        }
        for (String a : args) {
            if (a.startsWith("experiments/")) {
                assertTrue(Files.isRegularFile(Path.of(a)), documented + ": no such file " + a);
            }
        }
    }
}
