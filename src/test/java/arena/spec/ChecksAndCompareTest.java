package arena.spec;

import static arena.TestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChecksAndCompareTest {
    @TempDir
    Path dir;

    private static final String HEAD = """
            name: c
            data: {dataset: iris}
            sweep:
              model.activation: [sigmoid, tanh, ReLU]
              model.hidden: [[4], [8]]
            """;

    @Test
    void checksAreReadWithCanonicalGroupNames() {
        ExperimentSpec s = parse(dir, HEAD + """
                compare: {baseline: logistic, alpha: 0.01}
                checks:
                  - {metric: test.accuracy, group: RELU, atLeast: 0.9}
                  - {metric: test.loss, atMost: 0.5, block: "model.hidden=[8]"}
                  - {metric: test.accuracy, better: relu, than: Logistic}
                """);
        assertEquals(0.01, s.compare().alpha());
        assertEquals(List.of("model.hidden"), s.compare().across());
        assertEquals(new CheckSpec.Threshold("test.accuracy", "relu", 0.9, null, null), s.checks().get(0));
        assertEquals(new CheckSpec.Threshold("test.loss", null, null, 0.5, "model.hidden=[8]"), s.checks().get(1));
        assertEquals(new CheckSpec.Significance("test.accuracy", "relu", "sigmoid", 0.01, null), s.checks().get(2),
                "alpha defaults to compare.alpha");
        assertEquals("relu better than sigmoid on test.accuracy (paired t, Holm, α = 0.01)", s.checks().get(2).describe());
        assertEquals("test.loss of every group ≤ 0.5", s.checks().get(1).describe());
        assertEquals(s.checks().get(2), CheckSpec.fromMap(new java.util.LinkedHashMap<>(s.checks().get(2).toMap())));
    }

    @Test
    void acrossNamesTheBlockKeys() {
        ExperimentSpec s = parse(dir, HEAD + "compare: {across: model.hidden}\n");
        assertEquals(List.of("model.hidden"), s.compare().across());
        assertEquals(CompareSpec.DEFAULT_ALPHA, s.compare().alpha());
    }

    @Test
    void baselineIsCanonicalisedEvenWhenTheDataComesFromTheSweep() {
        ExperimentSpec s = parse(dir, """
                name: d
                data: {split: {test: 0.25}}
                sweep:
                  model.activation: [sigmoid, relu]
                  data.dataset: [iris, wine]
                compare: {baseline: Logistic, across: data.dataset}
                checks:
                  - {metric: test.accuracy, better: ReLU, than: sigmoid}
                """);
        assertEquals("sigmoid", s.compare().baseline());
        assertEquals(List.of("data.dataset=iris", "data.dataset=wine"), List.copyOf(s.blocks()));
        assertEquals("relu", ((CheckSpec.Significance) s.checks().get(0)).better());
    }

    private String error(String tail) {
        return assertThrows(SpecException.class, () -> parse(dir, HEAD + tail)).getMessage();
    }

    @Test
    void badChecksAndCompareSettings() {
        assertTrue(error("checks:\n  - {metric: test.accuracy, group: elu, atLeast: 0.9}\n")
                .contains(":7:36: checks[0].group: 'elu(alpha=1)' is not one of the compared values: sigmoid, tanh, relu"));
        assertTrue(error("checks:\n  - {metric: test.accuracy, group: relu}\n")
                .contains("checks[0]: a check needs atLeast/atMost (a threshold) or better/than (a significance test)"));
        assertTrue(error("checks:\n  - {metric: test.accuracy, better: relu, than: tanh, atLeast: 1}\n")
                .contains("not both"));
        assertTrue(error("checks:\n  - {metric: test.accuracy, better: relu}\n").contains("needs both 'better' and 'than'"));
        assertTrue(error("checks:\n  - {metric: test.acc, atLeast: 1}\n").contains("checks[0].metric: unknown metric 'test.acc'"));
        assertTrue(error("checks:\n  - {metric: test.accuracy, better: relu, than: ReLU}\n").contains("compares relu with itself"));
        assertTrue(error("checks:\n  - {metric: test.accuracy, atLeast: 0.9, atleast: 1}\n").contains("checks[0].atleast: unknown key"));
        assertTrue(error("checks:\n  - {metric: test.loss, atMost: 0.5, block: hidden=8}\n")
                .contains("checks[0].block: 'hidden=8' is not a block of this plan; blocks: model.hidden=[4] | model.hidden=[8]"));
        assertTrue(error("compare: {alpha: 0.7}\n").contains("compare.alpha: must be above 0 and at most 0.5, got 0.7"));
        assertTrue(error("compare: {across: model.activation}\n")
                .contains("compare.across: 'model.activation' is not a swept key other than compare.by; one of: model.hidden"));
    }
}
