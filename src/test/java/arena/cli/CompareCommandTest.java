package arena.cli;

import static arena.TestSupport.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import arena.SyntheticResults;
import arena.TestSupport;
import arena.TestSupport.CliResult;
import arena.run.Json;

/** arena compare end to end, on result folders written by hand (no training). */
class CompareCommandTest {
    static final double[] SIGMOID_ACC = {0.900, 0.890, 0.910, 0.905, 0.895};
    static final double[] SIGMOID_LOSS = {0.300, 0.320, 0.290, 0.310, 0.305};
    static final double[] OLD_ACC = {0.951, 0.944, 0.962, 0.948, 0.957};
    static final double[] OLD_LOSS = {0.180, 0.195, 0.170, 0.188, 0.176};
    static final double[] WORSE_ACC = {0.902, 0.905, 0.910, 0.899, 0.915};
    static final double[] WORSE_LOSS = {0.240, 0.251, 0.236, 0.262, 0.229};

    @TempDir
    Path dir;

    /** sigmoid unchanged; relu with the given values; wall-clock time three times slower in NEW. */
    static SyntheticResults run(String version, double[] reluAcc, double[] reluLoss) {
        SyntheticResults r = SyntheticResults.experiment("gate", "test.accuracy", "test.loss", "time.trainSeconds").version(version);
        double seconds = version.equals("old") ? 2.0 : 6.0;
        for (int i = 0; i < 5; i++) {
            r.done("sigmoid", "", i + 1, metrics(SIGMOID_ACC[i], SIGMOID_LOSS[i], seconds + 0.1 * i));
        }
        for (int i = 0; i < reluAcc.length; i++) {
            r.done("relu", "", i + 1, metrics(reluAcc[i], reluLoss[i], seconds - 0.05 * i));
        }
        return r;
    }

    static Map<String, Double> metrics(double acc, double loss, double seconds) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("test.accuracy", acc);
        m.put("test.loss", loss);
        m.put("time.trainSeconds", seconds);
        return m;
    }

    Path old() {
        return run("old", OLD_ACC, OLD_LOSS).write(dir.resolve("old"));
    }

    static double[] plus(double[] v, double... d) {
        double[] out = v.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] += d[i % d.length];
        }
        return out;
    }

    static JsonNode json(Path p) throws Exception {
        return Json.MAPPER.readTree(p.toFile());
    }

    static JsonNode comparison(Path newDir, String group, String metric) throws Exception {
        for (JsonNode c : json(newDir.resolve("regression.json")).path("comparisons")) {
            if (c.path("group").asText().equals(group) && c.path("metric").asText().equals(metric)) {
                return c;
            }
        }
        throw new AssertionError(group + " " + metric + " not compared");
    }

    @Test
    void clearlyWorseFailsTheGateAndEveryOutputSaysSo() throws Exception {
        Path old = old();
        Path neu = run("new", WORSE_ACC, WORSE_LOSS).write(dir.resolve("new"));
        CliResult r = cli("compare", neu.toString(), "--baseline", old.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("| group | metric | n | OLD | NEW | change | p (Holm) | verdict |"), r.out());
        assertTrue(r.out().contains("| relu | test.accuracy | 5 | 0.9524 | 0.9062 | -0.0462 (-4.9%) | < 0.001 | **REGRESSION**: significantly lower test.accuracy"), r.out());
        assertTrue(r.out().contains("| sigmoid | test.accuracy | 5 | 0.9000 | 0.9000 | 0 | 1.00 | no significant change |"), r.out());
        assertTrue(r.out().contains("2 regressions in 4 comparisons."), r.out());
        assertFalse(r.out().contains("time.trainSeconds"), "time is left out by default: " + r.out());

        String md = TestSupport.read(neu.resolve("regression.md"));
        assertTrue(md.startsWith("# Regression gate: gate\n\n- NEW: `" + neu + "`\n- baseline (OLD): `" + old + "`\n"), md);
        assertTrue(md.contains("- tolerance: none (only significance counts)"), md);
        assertTrue(md.contains("**REGRESSION**: significantly higher test.loss"), md);

        // scipy.stats.ttest_rel(WORSE_ACC, OLD_ACC).pvalue = 4.5618551794221774e-05; Holm over 4 comparisons (2 with p = 1)
        JsonNode acc = comparison(neu, "relu", "test.accuracy");
        assertEquals(4.5618551794221774e-05, acc.path("pT").asDouble(), 1e-15);
        assertEquals(0.0001824742071768871, acc.path("pTHolm").asDouble(), 1e-15);
        assertEquals(-0.04619999999999993, acc.path("change").asDouble(), 1e-15);
        assertEquals("regression", acc.path("verdict").asText());
        assertEquals(5, acc.path("seeds").size());
        assertFalse(json(neu.resolve("regression.json")).path("passed").asBoolean());

        var doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(neu.resolve("junit.xml").toFile());
        NodeList suites = doc.getElementsByTagName("testsuite");
        Element gate = (Element) suites.item(suites.getLength() - 1);
        assertEquals("gate.regression", gate.getAttribute("name"));
        assertEquals("4", gate.getAttribute("tests"));
        assertEquals("2", gate.getAttribute("failures"));
        assertEquals(2, gate.getElementsByTagName("failure").getLength());
        assertEquals("relu test.accuracy", ((Element) gate.getElementsByTagName("failure").item(0).getParentNode()).getAttribute("name"));
        assertEquals("2", doc.getDocumentElement().getAttribute("failures"), "no trial failed; the 2 regressions");

        // arena report keeps the gate's suite in junit.xml
        assertEquals(0, cli("report", neu.toString()).code());
        assertTrue(TestSupport.read(neu.resolve("junit.xml")).contains("<testsuite name=\"gate.regression\" tests=\"4\" failures=\"2\">"));
    }

    @Test
    void clearlyBetterPassesAndIsReportedAsAnImprovement() throws Exception {
        Path old = run("old", WORSE_ACC, WORSE_LOSS).write(dir.resolve("old"));
        Path neu = run("new", OLD_ACC, OLD_LOSS).write(dir.resolve("new"));
        CliResult r = cli("compare", neu.toString(), "--baseline", old.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("improvement: significantly higher test.accuracy"), r.out());
        assertTrue(r.out().contains("improvement: significantly lower test.loss"), r.out());
        assertTrue(r.out().contains("No regression in 4 comparisons, 2 improvements."), r.out());
        String junit = TestSupport.read(neu.resolve("junit.xml"));
        assertTrue(junit.contains("<testsuite name=\"gate.regression\" tests=\"4\" failures=\"0\">"), junit);
    }

    @Test
    void equalResultsPassEvenWhenOnlyTimeGotWorse() throws Exception {
        Path old = old();
        Path neu = run("new", OLD_ACC, OLD_LOSS).write(dir.resolve("new"));
        CliResult r = cli("compare", neu.toString(), "--baseline", old.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertEquals(4, r.out().lines().filter(l -> l.endsWith("| 1.00 | no significant change |")).count(), r.out());
        // named explicitly, the 3× slower training time is compared, and fails
        CliResult time = cli("compare", neu.toString(), "--baseline", old.toString(), "--metrics", "test.accuracy,time.trainSeconds");
        assertEquals(1, time.code(), time.out());
        assertTrue(time.out().contains("| relu | time.trainSeconds |"), time.out());
    }

    @Test
    void aTinyWorseningFailsOnlyWithATolerance() throws Exception {
        Path old = old();
        // mean −0.002, scipy.stats.ttest_1samp(d, 0).pvalue = 0.258: not significant
        Path neu = run("new", plus(OLD_ACC, -0.004, 0.001, -0.003, 0.002, -0.006), OLD_LOSS).write(dir.resolve("new"));
        CliResult plain = cli("compare", neu.toString(), "--baseline", old.toString());
        assertEquals(0, plain.code(), plain.out());
        CliResult strict = cli("compare", neu.toString(), "--baseline", old.toString(), "--tolerance", "test.accuracy=0.001");
        assertEquals(1, strict.code(), strict.out());
        assertTrue(strict.out().contains("**REGRESSION**: worse by 0.00200, beyond tolerance 0.001"), strict.out());
        assertTrue(strict.out().contains("tolerance: test.accuracy 0.001"), strict.out());
        JsonNode acc = comparison(neu, "relu", "test.accuracy");
        assertFalse(acc.path("significant").asBoolean());
        assertTrue(acc.path("beyondTolerance").asBoolean());
        // the run without tolerance left a passing regression.json; the strict one replaced it
        assertTrue(TestSupport.read(neu.resolve("junit.xml")).contains("failures=\"1\">"));
    }

    @Test
    void relativeToleranceInPercent() throws Exception {
        Path old = old();
        // relu's test.loss +0.03 on average over a mean of 0.1818 (+16.5%), p = 0.123 (not significant)
        Path neu = run("new", OLD_ACC, plus(OLD_LOSS, 0.06, -0.01, 0.05, -0.005, 0.055)).write(dir.resolve("new"));
        assertEquals(0, cli("compare", neu.toString(), "--baseline", old.toString()).code());
        CliResult ten = cli("compare", neu.toString(), "--baseline", old.toString(), "--tolerance", "test.loss=10%");
        assertEquals(1, ten.code(), ten.out());
        assertTrue(ten.out().contains("beyond tolerance 10% (0.0182)"), ten.out());
        assertEquals(0.01818, comparison(neu, "relu", "test.loss").path("toleranceLimit").asDouble(), 1e-12);
        assertEquals(0, cli("compare", neu.toString(), "--baseline", old.toString(), "--tolerance", "test.loss=20%").code());
        assertEquals(0, cli("compare", neu.toString(), "--baseline", old.toString(), "--tolerance", "20%").code());
    }

    @Test
    void onePairIsNotTestedAndOnlyAToleranceCanFailIt() throws Exception {
        Path old = run("old", new double[] {0.95}, new double[] {0.2}).write(dir.resolve("old"));
        Path neu = run("new", new double[] {0.94}, new double[] {0.2}).write(dir.resolve("new"));
        CliResult plain = cli("compare", neu.toString(), "--baseline", old.toString(), "--metrics", "test.accuracy");
        assertEquals(0, plain.code(), plain.out());
        assertTrue(plain.out().contains("| relu | test.accuracy | 1 | 0.9500 | 0.9400 | -0.0100 (-1.1%) | – | not tested: 1 paired seed, too few for a test; "
                + "no tolerance set, so nothing could flag it |"), plain.out());
        CliResult strict = cli("compare", neu.toString(), "--baseline", old.toString(), "--metrics", "test.accuracy", "--tolerance", "0.005");
        assertEquals(1, strict.code(), strict.out());
        assertTrue(strict.out().contains("beyond tolerance 0.005; 1 paired seed, too few for a test"), strict.out());
    }

    @Test
    void newTrialsThatDivergedWhereOldFinishedFailTheGate() throws Exception {
        Path old = old();
        SyntheticResults neu = SyntheticResults.experiment("gate", "test.accuracy", "test.loss").version("new");
        for (int i = 0; i < 5; i++) {
            neu.done("sigmoid", "", i + 1, metrics(SIGMOID_ACC[i], SIGMOID_LOSS[i], 2));
            if (i == 1 || i == 3) {
                neu.diverged("relu", "", i + 1);
            } else if (i == 4) {
                neu.failed("relu", "", i + 1);
            } else {
                neu.done("relu", "", i + 1, metrics(OLD_ACC[i], OLD_LOSS[i], 2));
            }
        }
        neu.done("tanh", "", 1, metrics(0.9, 0.2, 2));
        Path neuDir = neu.write(dir.resolve("new"));
        CliResult r = cli("compare", neuDir.toString(), "--baseline", old.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("| relu | test.accuracy | 2 | 0.9565 | 0.9565 | 0 | 1.00 | **REGRESSION**: "
                + "2 NEW trials diverged (seeds 2, 4), 1 NEW trial failed (seed 5) where OLD finished |"), r.out());
        assertTrue(r.out().contains("New, not compared: tanh\n"), r.out());
        assertTrue(r.out().contains("Seeds without a pair (left out of n): relu seed 2 (OLD done, NEW diverged); relu seed 4 (OLD done, NEW diverged); "
                + "relu seed 5 (OLD done, NEW failed)\n"), r.out());
        assertEquals("failed", comparison(neuDir, "relu", "test.loss").path("lostTrials").get(2).path("newStatus").asText());
    }

    @Test
    void badInputExitsTwoWithAClearMessage() throws Exception {
        Path old = old();
        Path other = SyntheticResults.experiment("something-else", "test.accuracy").done("relu", "", 1, Map.of("test.accuracy", 0.9))
                .write(dir.resolve("other"));
        CliResult names = cli("compare", other.toString(), "--baseline", old.toString());
        assertEquals(2, names.code());
        assertTrue(names.err().contains("different experiments") && names.err().contains("'something-else'") && names.err().contains("'gate'"), names.err());
        assertFalse(Files.exists(other.resolve("regression.json")), "nothing is written on bad input");

        Files.createDirectories(dir.resolve("empty"));
        CliResult notResults = cli("compare", dir.resolve("empty").toString(), "--baseline", old.toString());
        assertEquals(2, notResults.code());
        assertTrue(notResults.err().contains("is not a results folder"), notResults.err());
        assertEquals(2, cli("compare", old.toString(), "--baseline", dir.resolve("missing").toString()).code());

        Path neu = run("new", OLD_ACC, OLD_LOSS).write(dir.resolve("new"));
        CliResult typo = cli("compare", neu.toString(), "--baseline", old.toString(), "--metrics", "test.acuracy");
        assertEquals(2, typo.code());
        assertTrue(typo.err().contains("did you mean 'test.accuracy'"), typo.err());
        assertEquals(2, cli("compare", neu.toString(), "--baseline", old.toString(), "--tolerance", "test.f1=0.01").code());
        assertEquals(2, cli("compare", neu.toString(), "--baseline", old.toString(), "--tolerance", "lots").code());
        assertEquals(2, cli("compare", neu.toString(), "--baseline", old.toString(), "--alpha", "2").code());
        assertEquals(2, cli("compare", neu.toString()).code(), "--baseline is required");
    }

    @Test
    void helpNamesEveryOption() {
        CliResult r = cli("compare", "--help");
        assertEquals(0, r.code());
        for (String opt : new String[] {"NEW", "--baseline", "--tolerance", "--metrics", "--alpha"}) {
            assertTrue(r.out().contains(opt), opt + " in " + r.out());
        }
        assertTrue(cli("--help").out().contains("compare"));
    }
}
