package arena.spec;

import static arena.TestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The diagnostics section, compare.target, biasInit and diagnostic metric names. */
class DiagnosticsSpecTest {
    @TempDir
    Path dir;

    private static final String HEAD = "name: d\ndata: {dataset: iris, split: {validation: 0.2}}\nmodel: {hidden: [8, 4]}\n"
            + "sweep:\n  model.activation: [sigmoid, relu]\n";

    @Test
    void diagnosticsDefaultOnAndConfigurable() {
        assertEquals(DiagnosticsSpec.DEFAULT, parse(dir, HEAD).diagnostics());
        assertEquals(DiagnosticsSpec.OFF, parse(dir, HEAD + "diagnostics: false\n").diagnostics());
        DiagnosticsSpec d = parse(dir, HEAD + "diagnostics: {gradients: false, every: 5, probe: 64, saturation: 0.99}\n").diagnostics();
        assertEquals(new DiagnosticsSpec(false, true, 5, 64, 0.99), d);
        assertTrue(d.measures(5, 12) && d.measures(12, 12) && !d.measures(6, 12), "every 5th epoch and the last");
    }

    @Test
    void diagnosticsSwitchesDoNotChangeTrialIds() {
        assertEquals(parse(dir, HEAD).trials().get(0).id(), parse(dir, HEAD + "diagnostics: false\n").trials().get(0).id());
    }

    @Test
    void targetAndDiagnosticMetrics() {
        ExperimentSpec s = parse(dir, HEAD + "compare:\n  target: {metric: validation.accuracy, value: 0.9}\n"
                + "  metrics: [test.accuracy, diag.gradRatio, diag.deadFraction.layer1, diag.gradNorm.layer2, epochs.toTarget]\n");
        assertEquals(new TargetSpec("validation.accuracy", 0.9), s.compare().target());
        assertTrue(s.compare().target().reached(0.9) && !s.compare().target().reached(0.89));
        assertEquals(MetricInfo.Direction.LOWER, Metrics.direction("diag.deadFraction.layer1"));
        assertEquals(MetricInfo.Direction.NONE, Metrics.direction("diag.gradRatio"));
    }

    @Test
    void biasInitIsPartOfTheConfigurationAndTheId() {
        ExperimentSpec swept = parse(dir, "name: b\ndata: {dataset: iris}\nsweep:\n  model.biasInit: [0, -2]\n");
        assertEquals(-2.0, swept.trials().get(1).config().model().resolvedLayers().get(0).biasInit());
        assertEquals("-2", swept.trials().get(1).group());
        ExperimentSpec zero = parse(dir, HEAD.replace("hidden: [8, 4]", "hidden: [8, 4], biasInit: 0"));
        assertEquals(parse(dir, HEAD).trials().get(0).id(), zero.trials().get(0).id(), "the default changes no id");
    }

    private String error(String tail) {
        return assertThrows(SpecException.class, () -> parse(dir, HEAD + tail)).getMessage();
    }

    @Test
    void badDiagnosticsAndTargets() {
        assertTrue(error("compare: {metrics: [diag.deadFraction.layer3]}\n")
                .contains("diag.deadFraction.layer3: the networks have layers 0..2 (hidden layers, then the output layer)"));
        assertTrue(error("compare: {metrics: [diag.deadFractoin.layer0]}\n").contains("unknown metric 'diag.deadFractoin.layer0'"));
        assertTrue(error("compare: {target: {metric: test.accuracy, value: 0.9}}\n")
                .contains("compare.target.metric: 'test.accuracy' is not recorded every epoch"));
        assertTrue(error("compare: {target: {metric: validation.accuracy}}\n").contains("a target needs 'metric' and 'value'"));
        assertTrue(error("diagnostics: {every: 0}\n").contains("diagnostics.every: must be between 1 and 100000"));
        assertTrue(error("diagnostics: {saturaton: 0.9}\n").contains("diagnostics.saturaton: unknown key (did you mean 'saturation'?)"));
        assertTrue(error("checks:\n  - {metric: diag.gradRatio, better: relu, than: sigmoid}\n")
                .contains("diag.gradRatio has no better direction; use a threshold"));
    }
}
