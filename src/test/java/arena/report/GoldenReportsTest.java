package arena.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import arena.TestSupport;
import arena.run.Csv;
import arena.run.ResultsDir;
import arena.stats.Analysis;

/**
 * Reports from a fixed trials/ folder (src/test/resources/golden/results/golden: 3 activations ×
 * 3 hidden sizes × 5 seeds, one diverged and one failed trial, three checks) must equal the stored
 * expected files. After an intended change, regenerate them with -Dgolden.update=true and review the diff.
 */
class GoldenReportsTest {
    static final Path FIXTURE = Path.of("src/test/resources/golden/results/golden");
    static final Path EXPECTED = Path.of("src/test/resources/golden/expected");

    @TempDir
    static Path dir;
    static ResultsDir results;
    static Analysis analysis;

    @BeforeAll
    static void writeReports() throws IOException {
        Path copy = dir.resolve("golden");
        try (Stream<Path> files = Files.walk(FIXTURE)) {
            for (Path p : files.toList()) {
                Path target = copy.resolve(FIXTURE.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        results = new ResultsDir(copy);
        analysis = Reports.writeAll(results);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(EXPECTED);
            for (String f : List.of("summary.md", "summary.csv", "summary.json", "trials.csv", "junit.xml")) {
                Files.copy(copy.resolve(f), EXPECTED.resolve(f), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"summary.md", "summary.csv", "summary.json", "trials.csv", "junit.xml"})
    void reportEqualsTheGoldenFile(String file) {
        assertEquals(TestSupport.read(EXPECTED.resolve(file)), TestSupport.read(results.root().resolve(file)), file);
    }

    @Test
    void statisticsInTheSummaryAgreeWithScipy() {
        List<List<String>> rows = TestSupport.lines(results.root().resolve("summary.csv")).stream().map(Csv::parse).toList();
        List<String> header = rows.get(0);
        List<String> relu = rows.stream().filter(r -> r.get(0).equals("model.hidden=[8]") && r.get(1).equals("relu")
                && r.get(2).equals("test.accuracy") && r.get(11).equals("sigmoid")).findFirst().orElseThrow();
        // scipy.stats.ttest_rel([0.9514,0.9499,0.9394,0.9447,0.9482],[0.8628,0.8493,0.8827,0.8637,0.8631]).pvalue
        assertEquals(0.0003342887661976871, Double.parseDouble(relu.get(header.indexOf("pT"))), 1e-12);
        // Holm over {relu, tanh} vs sigmoid: tanh's p 0.00024609710877154843 is smaller, so relu's becomes max(2·0.000246, 0.000334)
        assertEquals(0.0004921942175430969, Double.parseDouble(relu.get(header.indexOf("pTHolm"))), 1e-12);
        // scipy.stats.wilcoxon(differences).pvalue with 5 positive differences
        assertEquals(0.0625, Double.parseDouble(relu.get(header.indexOf("pWilcoxon"))), 1e-12);
        assertEquals("better", relu.get(header.indexOf("marker")));
        // scipy.stats.friedmanchisquare over the block means (sigmoid, tanh, relu): statistic 6.0, p 0.04978706836786395
        var ranks = analysis.ranks().stream().filter(r -> r.metric().equals("test.accuracy")).findFirst().orElseThrow();
        assertEquals(6.0, ranks.friedman().chiSquare(), 1e-12);
        assertEquals(0.04978706836786395, ranks.friedman().p(), 1e-12);
        assertEquals(3.0, ranks.averageRank("sigmoid"));
        assertEquals(1.0, ranks.averageRank("relu"));
    }

    @Test
    void junitXmlIsWellFormedWithOneCasePerTrialAndCheck() throws Exception {
        var doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(results.root().resolve("junit.xml").toFile());
        assertEquals(45 + 9, doc.getElementsByTagName("testcase").getLength());
        assertEquals(2 + 3, doc.getElementsByTagName("failure").getLength(), "1 diverged + 1 failed trial, 3 failed checks");
    }

    @Test
    void checksAreEvaluatedPerBlock() {
        assertEquals(9, analysis.checks().size());
        assertFalse(analysis.checksPassed(), "sigmoid's test.loss is far above 0.1");
        assertTrue(analysis.checks().stream().filter(c -> c.check().metric().equals("test.loss")).noneMatch(c -> c.passed()));
        assertTrue(analysis.checks().stream().filter(c -> c.check() instanceof arena.spec.CheckSpec.Significance).allMatch(c -> c.passed()));
    }

    @Test
    void htmlIsSelfContainedAndEscapesTheExperimentText() {
        String html = TestSupport.read(results.root().resolve("report.html"));
        assertTrue(html.contains("&lt;b&gt;escaped&lt;/b&gt;"), "description is escaped");
        assertFalse(html.contains("<b>escaped</b>"));
        assertFalse(html.contains("<script"), "no scripts");
        assertFalse(html.matches("(?s).*(src|href)=\"https?://.*"), "no network resources");
        long svgs = html.split("<svg", -1).length - 1;
        assertTrue(svgs >= 3 * (2 + 3) + 1 + 2, "learning curves, box plots, CD diagram, activation shapes: " + svgs);
        assertTrue(html.contains("Critical difference: test.accuracy"));
        assertTrue(Files.isRegularFile(results.root().resolve("cd-test.accuracy.svg")));
    }
}
