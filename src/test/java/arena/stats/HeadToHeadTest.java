package arena.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import arena.run.PlanFile;
import arena.run.TrialResult;
import arena.spec.CompareSpec;

/** Edge cases of the head-to-head tables, on hand-made results. */
class HeadToHeadTest {
    private final List<PlanFile.Row> plan = new ArrayList<>();
    private final Map<String, TrialResult> results = new LinkedHashMap<>();

    private void trial(String group, long seed, Map<String, Double> metrics) {
        String id = group + seed;
        plan.add(new PlanFile.Row(id, group, "", seed, "done", Map.of("k", group)));
        results.put(id, new TrialResult(id, "done", seed, group, "", Map.of(), "d", "", false, 1, null, 1, metrics, null, null,
                Map.of("trainSeconds", 1.0), null));
    }

    private ComparisonTable table(String baseline, String... metrics) {
        return HeadToHead.tables(plan, results, new CompareSpec("k", baseline, List.of(metrics), 0.05, List.of(), null)).get(0);
    }

    @Test
    void oneSeedGivesNoTestAndNoMarker() {
        trial("a", 1, Map.of("test.accuracy", 0.9));
        trial("b", 1, Map.of("test.accuracy", 0.8));
        Comparison c = table("a", "test.accuracy").find("test.accuracy", "b", "a").orElseThrow();
        assertEquals(1, c.test().n());
        assertEquals(Marker.NONE, c.marker());
        assertTrue(Double.isNaN(c.pHolm()));
    }

    @Test
    void aMetricAbsentForOneGroupIsShownMissingNotDropped() {
        for (long s = 1; s <= 3; s++) {
            trial("a", s, Map.of("test.accuracy", 0.9 + s / 100.0, "test.auc", 0.8));
            trial("b", s, Map.of("test.accuracy", 0.8 + s / 100.0));
        }
        ComparisonTable t = table("a", "test.accuracy", "test.auc");
        GroupRow b = t.rows().get(1);
        assertFalse(b.metrics().containsKey("test.auc"));
        assertEquals(3, b.metrics().get("test.accuracy").n());
        Comparison auc = t.find("test.auc", "b", "a").orElseThrow();
        assertEquals(0, auc.test().n());
        assertEquals(Marker.NONE, auc.marker());
    }

    @Test
    void aConstantDifferenceIsSignificantAndDirectionAware() {
        for (long s = 1; s <= 4; s++) {
            trial("a", s, Map.of("test.loss", 0.5 + s / 10.0));
            trial("b", s, Map.of("test.loss", 0.3 + s / 10.0));   // always 0.2 lower: zero variance
        }
        Comparison c = table("a", "test.loss").find("test.loss", "b", "a").orElseThrow();
        assertTrue(c.test().pT() < 1e-10, "p " + c.test().pT());
        assertEquals(Marker.BETTER, c.marker(), "a lower loss is better");
    }

    @Test
    void withoutABaselineEveryPairIsTestedAndCountedAsWinTieLoss() {
        for (long s = 1; s <= 6; s++) {
            trial("a", s, Map.of("test.accuracy", 0.90 + s / 1000.0));
            trial("b", s, Map.of("test.accuracy", 0.80 + s / 1000.0 + (s % 2) / 500.0));
            trial("c", s, Map.of("test.accuracy", 0.80 + s / 1000.0 + ((s + 1) % 2) / 500.0));
        }
        ComparisonTable t = table(null, "test.accuracy");
        assertTrue(t.pairwise());
        assertEquals(3, t.comparisons().size());
        assertEquals(List.of(2, 0, 0), toList(t.winTieLoss("test.accuracy", "a")));
        assertEquals(List.of(0, 1, 1), toList(t.winTieLoss("test.accuracy", "b")));
    }

    private static List<Integer> toList(int[] a) {
        return List.of(a[0], a[1], a[2]);
    }
}
