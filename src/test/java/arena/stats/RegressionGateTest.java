package arena.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import arena.run.PlanFile;
import arena.run.TrialResult;
import arena.spec.CompareSpec;

/** The regression gate's pairing, statistics and verdicts, on results built in memory. Reference values from SciPy. */
class RegressionGateTest {
    static final double[] SIGMOID_ACC = {0.900, 0.890, 0.910, 0.905, 0.895};
    static final double[] OLD_ACC = {0.951, 0.944, 0.962, 0.948, 0.957};
    static final double[] NEW_ACC = {0.902, 0.905, 0.910, 0.899, 0.915};
    static final double[] OLD_LOSS = {0.180, 0.195, 0.170, 0.188, 0.176};
    static final double[] NEW_LOSS = {0.240, 0.251, 0.236, 0.262, 0.229};
    static final GateSettings BOTH = new GateSettings(List.of("test.accuracy", "test.loss"), 0.05, Tolerances.NONE);

    /** One results folder in memory; ids are salted with the folder so that pairing cannot use them. */
    static final class Folder {
        final String name;
        final String experiment;
        final List<PlanFile.Row> plan = new ArrayList<>();
        final Map<String, TrialResult> results = new LinkedHashMap<>();
        final Map<String, String> status = new LinkedHashMap<>();

        Folder(String name) {
            this(name, "exp");
        }

        Folder(String name, String experiment) {
            this.name = name;
            this.experiment = experiment;
        }

        Folder group(String group, String block, double[] acc, double[] loss) {
            for (int i = 0; i < acc.length; i++) {
                Map<String, Double> m = new LinkedHashMap<>();
                m.put("test.accuracy", acc[i]);
                if (loss != null) {
                    m.put("test.loss", loss[i]);
                }
                trial(group, block, i + 1, "done", m);
            }
            return this;
        }

        Folder trial(String group, String block, long seed, String st, Map<String, Double> metrics) {
            String id = name + "-" + group + "-" + block + "-" + seed;
            plan.add(new PlanFile.Row(id, group, block, seed, st, Map.of("model.activation", group)));
            status.put(id, st);
            if (!st.equals("failed") && !st.equals("pending")) {
                results.put(id, new TrialResult(id, st, seed, group, block, Map.of(), "iris", "", false, 5,
                        st.equals("diverged") ? 3 : null, 20, st.equals("diverged") ? Map.of() : metrics, List.of(), null, Map.of(), Map.of()));
            }
            return this;
        }

        RegressionGate.Side side() {
            return new RegressionGate.Side(name, experiment, plan, results, status);
        }
    }

    static RegressionComparison find(RegressionResult r, String group, String metric) {
        return r.comparisons().stream().filter(c -> c.group().equals(group) && c.metric().equals(metric)).findFirst().orElseThrow();
    }

    @Test
    void clearRegressionMatchesScipy() {
        Folder old = new Folder("old").group("sigmoid", "", SIGMOID_ACC, OLD_LOSS).group("relu", "", OLD_ACC, OLD_LOSS);
        Folder neu = new Folder("new").group("sigmoid", "", SIGMOID_ACC, OLD_LOSS).group("relu", "", NEW_ACC, NEW_LOSS);
        RegressionResult r = RegressionGate.compare(neu.side(), old.side(), BOTH);
        assertEquals(4, r.comparisons().size());
        assertEquals(4, r.tested());
        RegressionComparison acc = find(r, "relu", "test.accuracy");
        assertEquals(5, acc.n());
        // numpy.mean(OLD_ACC) = 0.9524000000000001, numpy.mean(NEW_ACC) = 0.9062000000000001,
        // numpy.mean(numpy.subtract(NEW_ACC, OLD_ACC)) = -0.04619999999999993
        assertEquals(0.9524000000000001, acc.oldMean(), 1e-15);
        assertEquals(0.9062000000000001, acc.newMean(), 1e-15);
        assertEquals(-0.04619999999999993, acc.change(), 1e-15);
        assertEquals(-0.04619999999999993 / 0.9524000000000001, acc.relativeChange(), 1e-15);
        // scipy.stats.ttest_rel(NEW_ACC, OLD_ACC).pvalue = 4.5618551794221774e-05,
        //   .confidence_interval() = (-0.05296678399889705, -0.039433216001102805)
        assertEquals(4.5618551794221774e-05, acc.test().pT(), 1e-15);
        assertEquals(-0.05296678399889705, acc.test().ciLow(), 1e-12);
        assertEquals(-0.039433216001102805, acc.test().ciHigh(), 1e-12);
        // Holm over the 4 comparisons of the run; sigmoid's two have identical values (p = 1):
        // sorted 4.56e-05, 7.91e-05 (ttest_rel(NEW_LOSS, OLD_LOSS).pvalue = 7.913386462794188e-05), 1, 1
        // → 4 · 4.56e-05 = 0.0001824742071768871 and max(that, 3 · 7.91e-05) = 0.00023740159388382562
        assertEquals(0.0001824742071768871, acc.pHolm(), 1e-15);
        assertEquals(0.00023740159388382562, find(r, "relu", "test.loss").pHolm(), 1e-15);
        assertEquals(RegressionVerdict.REGRESSION, acc.verdict());
        assertTrue(acc.significant() && acc.worse() && !acc.beyondTolerance());
        assertEquals(RegressionVerdict.REGRESSION, find(r, "relu", "test.loss").verdict(), "higher loss is worse");
        assertEquals(1.0, find(r, "sigmoid", "test.accuracy").pHolm());
        assertEquals(RegressionVerdict.NO_CHANGE, find(r, "sigmoid", "test.accuracy").verdict());
        assertEquals(2, r.regressions().size());
        assertFalse(r.passed());
    }

    @Test
    void clearImprovementIsReportedAndPasses() {
        Folder old = new Folder("old").group("relu", "", NEW_ACC, NEW_LOSS);
        Folder neu = new Folder("new").group("relu", "", OLD_ACC, OLD_LOSS);
        RegressionResult r = RegressionGate.compare(neu.side(), old.side(), BOTH);
        assertTrue(r.passed());
        assertTrue(r.comparisons().stream().allMatch(c -> c.verdict() == RegressionVerdict.IMPROVEMENT), r.toString());
    }

    @Test
    void pairsByBlockGroupAndSeedNotById() {
        // OLD lists its trials in another order and has different ids; NEW has an extra seed OLD lacks
        Folder old = new Folder("old");
        for (int i = 4; i >= 0; i--) {
            old.trial("relu", "model.hidden=[8]", i + 1, "done", Map.of("test.accuracy", OLD_ACC[i]));
            old.trial("relu", "model.hidden=[4]", i + 1, "done", Map.of("test.accuracy", 0.5));
        }
        Folder neu = new Folder("new").group("relu", "model.hidden=[8]", NEW_ACC, null).group("relu", "model.hidden=[4]", new double[] {0.5, 0.5, 0.5, 0.5, 0.5}, null)
                .trial("relu", "model.hidden=[8]", 6, "done", Map.of("test.accuracy", 0.1))
                .group("tanh", "model.hidden=[8]", OLD_ACC, null);
        RegressionResult r = RegressionGate.compare(neu.side(), old.side(), new GateSettings(List.of("test.accuracy"), 0.05, Tolerances.NONE));
        RegressionComparison c = r.comparisons().stream().filter(x -> x.block().equals("model.hidden=[8]")).findFirst().orElseThrow();
        assertEquals(5, c.n(), "seed 6 has no OLD partner");
        assertEquals(4.5618551794221774e-05, c.test().pT(), 1e-15, "same pairs as clearRegressionMatchesScipy");
        assertEquals(List.of(new RegressionResult.GroupKey("model.hidden=[8]", "tanh")), r.newOnly());
        assertEquals(1.0, r.comparisons().stream().filter(x -> x.block().equals("model.hidden=[4]")).findFirst().orElseThrow().test().pT());
    }

    @Test
    void toleranceFlagsASmallWorseningThatIsNotSignificant() {
        double[] d = {-0.004, 0.001, -0.003, 0.002, -0.006};
        double[] neuAcc = new double[5];
        for (int i = 0; i < 5; i++) {
            neuAcc[i] = OLD_ACC[i] + d[i];
        }
        Folder old = new Folder("old").group("relu", "", OLD_ACC, null);
        Folder neu = new Folder("new").group("relu", "", neuAcc, null);
        List<String> acc = List.of("test.accuracy");
        RegressionComparison plain = RegressionGate.compare(neu.side(), old.side(), new GateSettings(acc, 0.05, Tolerances.NONE)).comparisons().get(0);
        // scipy.stats.ttest_1samp(d, 0).pvalue = 0.25768352199813555
        assertEquals(0.25768352199813555, plain.test().pT(), 1e-12);
        assertEquals(RegressionVerdict.NO_CHANGE, plain.verdict());
        RegressionComparison strict = RegressionGate.compare(neu.side(), old.side(),
                new GateSettings(acc, 0.05, Tolerances.parse(List.of("test.accuracy=0.001")))).comparisons().get(0);
        assertEquals(RegressionVerdict.REGRESSION, strict.verdict());
        assertTrue(strict.beyondTolerance() && !strict.significant());
        RegressionComparison loose = RegressionGate.compare(neu.side(), old.side(),
                new GateSettings(acc, 0.05, Tolerances.parse(List.of("0.0025")))).comparisons().get(0);
        assertEquals(RegressionVerdict.NO_CHANGE, loose.verdict(), "mean worsening 0.002 is within 0.0025");
    }

    @Test
    void relativeToleranceIsAShareOfTheBaselineMean() {
        Tolerance ten = Tolerance.parse("10%");
        assertTrue(ten.relative());
        assertEquals(0.02, ten.limit(0.2), 1e-15);
        assertEquals(0.02, ten.limit(-0.2), 1e-15);
        assertFalse(ten.exceededBy(0.02, 0.2), "equal to the limit, up to rounding, is within it");
        assertTrue(ten.exceededBy(0.0201, 0.2));
        // 0.95 − 0.949 is 0.0010000000000000009 in binary: still within a tolerance of 0.001
        assertFalse(Tolerance.parse("0.001").exceededBy(0.95 - 0.949, 0.95));
        assertEquals("10%", ten.toString());
        assertEquals("100%", Tolerance.parse("100%").toString());
        assertEquals("0.005", Tolerance.parse("0.005").toString());
    }

    @Test
    void singlePairIsNotTestedAndOnlyToleranceCanFlagIt() {
        Folder old = new Folder("old").trial("relu", "", 1, "done", Map.of("test.accuracy", 0.95));
        Folder neu = new Folder("new").trial("relu", "", 1, "done", Map.of("test.accuracy", 0.90));
        List<String> acc = List.of("test.accuracy");
        RegressionResult plain = RegressionGate.compare(neu.side(), old.side(), new GateSettings(acc, 0.05, Tolerances.NONE));
        RegressionComparison c = plain.comparisons().get(0);
        assertEquals(RegressionVerdict.NOT_TESTED, c.verdict());
        assertTrue(Double.isNaN(c.pHolm()));
        assertEquals(0, plain.tested());
        assertEquals(-0.05, c.change(), 1e-12);
        RegressionResult strict = RegressionGate.compare(neu.side(), old.side(), new GateSettings(acc, 0.05, Tolerances.parse(List.of("0.01"))));
        assertEquals(RegressionVerdict.REGRESSION, strict.comparisons().get(0).verdict());
    }

    @Test
    void newTrialsThatDivergedOrFailedWhereOldFinishedAreARegression() {
        Folder old = new Folder("old").group("relu", "", OLD_ACC, null).trial("relu", "", 6, "diverged", Map.of());
        Folder neu = new Folder("new");
        for (int i = 0; i < 5; i++) {
            String st = i == 1 || i == 3 ? "diverged" : i == 4 ? "failed" : "done";
            neu.trial("relu", "", i + 1, st, Map.of("test.accuracy", OLD_ACC[i]));
        }
        neu.trial("relu", "", 6, "diverged", Map.of());
        RegressionResult r = RegressionGate.compare(neu.side(), old.side(), new GateSettings(List.of("test.accuracy"), 0.05, Tolerances.NONE));
        RegressionComparison c = r.comparisons().get(0);
        assertEquals(List.of(2L, 4L, 5L, 6L), r.unpaired().stream().map(RegressionResult.UnpairedSeed::seed).toList());
        assertEquals(new RegressionResult.UnpairedSeed("", "relu", 6, "diverged", "diverged"), r.unpaired().get(3));
        assertEquals(2, c.n());
        assertEquals(1.0, c.test().pT(), "the seeds both finished are identical");
        assertEquals(RegressionVerdict.REGRESSION, c.verdict());
        assertEquals(List.of(2L, 4L, 5L), c.lost().stream().map(RegressionComparison.LostTrial::seed).toList(), "seed 6 diverged in OLD too");
        assertEquals(List.of("diverged", "diverged", "failed"), c.lost().stream().map(RegressionComparison.LostTrial::newStatus).toList());
    }

    @Test
    void refusesDifferentExperimentsAndFoldersWithNothingInCommon() {
        Folder old = new Folder("old", "xor").group("relu", "", OLD_ACC, null);
        Folder neu = new Folder("new", "iris").group("relu", "", OLD_ACC, null);
        var e = assertThrows(IllegalArgumentException.class, () -> RegressionGate.compare(neu.side(), old.side(), BOTH));
        assertTrue(e.getMessage().contains("'iris'") && e.getMessage().contains("'xor'"), e.getMessage());
        Folder other = new Folder("other").group("tanh", "", OLD_ACC, null);
        assertThrows(IllegalArgumentException.class, () -> RegressionGate.compare(other.side(), new Folder("old").group("relu", "", OLD_ACC, null).side(), BOTH));
        var noValues = assertThrows(IllegalArgumentException.class, () -> RegressionGate.compare(new Folder("n").group("relu", "", OLD_ACC, null).side(),
                new Folder("o").group("relu", "", OLD_ACC, null).side(), new GateSettings(List.of("test.rmse"), 0.05, Tolerances.NONE)));
        assertTrue(noValues.getMessage().contains("test.rmse"), noValues.getMessage());
    }

    @Test
    void settingsDefaultToTheNewFoldersMetricsWithoutTime() {
        CompareSpec compare = new CompareSpec("model.activation", "sigmoid", List.of("test.accuracy", "test.loss", "time.trainSeconds"), 0.01, List.of(), null);
        GateSettings s = GateSettings.resolve(compare, null, null, Tolerances.NONE);
        assertEquals(List.of("test.accuracy", "test.loss"), s.metrics());
        assertEquals(0.01, s.alpha());
        GateSettings named = GateSettings.resolve(compare, List.of("time.trainSeconds"), 0.1, Tolerances.NONE);
        assertEquals(List.of("time.trainSeconds"), named.metrics());
        assertEquals(0.1, named.alpha());
        var typo = assertThrows(IllegalArgumentException.class, () -> GateSettings.resolve(compare, List.of("test.acuracy"), null, Tolerances.NONE));
        assertTrue(typo.getMessage().contains("did you mean 'test.accuracy'"), typo.getMessage());
        assertThrows(IllegalArgumentException.class, () -> GateSettings.resolve(compare, null, 1.5, Tolerances.NONE));
        var notCompared = assertThrows(IllegalArgumentException.class,
                () -> GateSettings.resolve(compare, null, null, Tolerances.parse(List.of("test.f1=0.01"))));
        assertTrue(notCompared.getMessage().contains("test.f1, which is not compared"), notCompared.getMessage());
    }

    @Test
    void tolerancesParse() {
        Tolerances t = Tolerances.parse(List.of("0.01", "test.loss=10%", "test.accuracy=0.005"));
        assertEquals(new Tolerance(0.01, false), t.forMetric("test.f1"));
        assertEquals(new Tolerance(10, true), t.forMetric("test.loss"));
        assertEquals(new Tolerance(0.005, false), t.forMetric("test.accuracy"));
        assertNull(Tolerances.NONE.forMetric("test.loss"));
        for (String bad : new String[] {"abc", "-0.1", "test.loss=", "=0.1", "test.loss=x%", "NaN"}) {
            assertThrows(IllegalArgumentException.class, () -> Tolerances.parse(List.of(bad)), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> Tolerances.parse(List.of("0.1", "0.2")));
        assertThrows(IllegalArgumentException.class, () -> Tolerances.parse(List.of("test.loss=0.1", "test.loss=5%")));
    }
}
