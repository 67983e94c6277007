package arena.spec;

import static arena.TestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ids hash the canonical resolved configuration and the seed, and nothing else. */
class TrialIdTest {
    @TempDir
    Path dir;

    private String id(String model, String training, long seedIndex) {
        ExperimentSpec s = parse(dir, "name: a\ndata: {dataset: iris}\nseeds: 5\nmodel: " + model + "\ntraining: " + training + "\n");
        return s.trials().stream().filter(t -> t.seed() == seedIndex).findFirst().orElseThrow().id();
    }

    @Test
    void namesAndNumbersAreNormalised() {
        String base = id("{activation: relu}", "{optimizer: {type: sgd, learningRate: 0.1}}", 1);
        assertEquals(base, id("{activation: ReLU}", "{optimizer: {type: SGD, learningRate: 1e-1}}", 1));
        assertEquals(id("{activation: sigmoid}", "{}", 2), id("{activation: logistic}", "{}", 2));
    }

    @Test
    void keysEqualToTheirDefaultDoNotChangeTheId() {
        assertEquals(id("{}", "{}", 1), id("{hidden: [100], activation: relu, weightInit: xavier, output: {activation: softmax, loss: mcxent}}",
                "{epochs: 30, batchSize: 32, optimizer: {type: sgd, learningRate: 0.001}, l2: 0}", 1));
    }

    @Test
    void hiddenShorthandAndLayersListAreTheSameNetwork() {
        assertEquals(id("{hidden: [8, 4], activation: tanh}", "{}", 1),
                id("{activation: tanh, layers: [{units: 8}, {type: dense, units: 4, activation: tanh}]}", "{}", 1));
    }

    @Test
    void whatIsTrainedChangesTheId() {
        String base = id("{}", "{}", 1);
        assertNotEquals(base, id("{}", "{epochs: 31}", 1));
        assertNotEquals(base, id("{activation: tanh}", "{}", 1));
        assertNotEquals(base, id("{}", "{}", 2));
        assertNotEquals(base, id("{activation: {type: leakyrelu, alpha: 0.2}}", "{}", 1));
    }

    @Test
    void theIdDependsOnNeitherOtherSeedsNorOtherSweepValuesNorNames() {
        ExperimentSpec big = parse(dir, "name: big\ndescription: x\ndata: {dataset: iris}\nseeds: 5\nsweep:\n  model.activation: [sigmoid, tanh, relu]\n");
        ExperimentSpec small = parse(dir, "name: other\ndata: {dataset: iris}\nseeds: [1]\nsweep:\n  model.activation: [relu]\n");
        Trial relu1 = big.trials().stream().filter(t -> t.group().equals("relu") && t.seed() == 1).findFirst().orElseThrow();
        assertEquals(relu1.id(), small.trials().get(0).id());
        ExperimentSpec reduced = parse(dir, "name: big\ndata: {dataset: iris}\nseeds: 5\nsweep:\n  model.activation: [sigmoid, tanh, relu]\n", "seeds=1");
        assertEquals(big.trials().get(0).id(), reduced.trials().get(0).id(), "--set seeds=1 reruns exactly trial 1");
    }

    @Test
    void idIsTwelveHexDigits() {
        assertEquals(12, id("{}", "{}", 1).length());
        assertEquals(true, id("{}", "{}", 1).matches("[0-9a-f]{12}"));
    }
}
