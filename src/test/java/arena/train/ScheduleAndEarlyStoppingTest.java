package arena.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.ndarray.INDArray;

import arena.TestSupport;
import arena.data.DataSources;
import arena.data.TrialData;
import arena.eval.Evaluator;
import arena.model.NetworkFactory;
import arena.model.NetworkInput;
import arena.model.OutputEncoding;
import arena.spec.EarlyStoppingSpec;
import arena.spec.ScheduleSpec;
import arena.spec.SpecException;
import arena.spec.TrialConfig;

/** Learning-rate schedules change the step DL4J takes each epoch; early stopping stops and restores. */
class ScheduleAndEarlyStoppingTest {
    @TempDir
    Path dir;

    private TrialConfig config(String training) {
        return TestSupport.parse(dir, "name: s\ndata: {dataset: iris}\nmodel: {hidden: [5]}\ntraining: " + training + "\n")
                .trials().get(0).config();
    }

    @ParameterizedTest(name = "{0} epoch {1}")
    @CsvSource({
            // step every 3, factor 0.5: lr · 0.5^⌊e/3⌋
            "'{type: step, every: 3, factor: 0.5}', 0, 0.1",
            "'{type: step, every: 3, factor: 0.5}', 2, 0.1",
            "'{type: step, every: 3, factor: 0.5}', 3, 0.05",
            "'{type: step, every: 3, factor: 0.5}', 7, 0.025",
            // exponential gamma 0.9: lr · 0.9^e
            "'{type: exponential, gamma: 0.9}', 2, 0.081",
            // cosine over 10 epochs to min 0.01: 0.01 + 0.09 · (1 + cos(π e / 10)) / 2
            "'{type: cosine, min: 0.01}', 0, 0.1",
            "'{type: cosine, min: 0.01}', 5, 0.055",
            "'{type: cosine, min: 0.01}', 10, 0.01",
            "'{type: constant}', 7, 0.1"})
    void ratesFollowTheFormulas(String schedule, int epoch, double expected) {
        TrialConfig c = config("{optimizer: {type: sgd, learningRate: 0.1}, epochs: 10, schedule: " + schedule + "}");
        ScheduleSpec s = c.training().schedule();
        assertEquals(expected, s.rate(0.1, epoch, 10), 1e-12);
        if (epoch < 10) {
            // what DL4J's updater will use in that (0-based) epoch
            MultiLayerNetwork net = net(c);
            double dl4j = net.getLayerWiseConfigurations().getConf(0).getLayer().getUpdaterByParam("W").getLearningRate(0, epoch);
            assertEquals(expected, dl4j, 1e-9);
        }
    }

    /**
     * Independent check: training two epochs with a step schedule (0.1, then 0.05) gives the same
     * weights as training one epoch at 0.1 and then one at 0.05 set by hand through DL4J's API.
     */
    @ParameterizedTest
    @CsvSource({"sgd", "momentum", "adam"})
    void theScheduledRateIsTheRateDl4jSteps(String optimizer) {
        TrialConfig scheduled = config("{optimizer: {type: " + optimizer + ", learningRate: 0.1}, epochs: 2, batchSize: full, "
                + "schedule: {type: step, every: 1, factor: 0.5}}");
        TrialConfig constant = config("{optimizer: {type: " + optimizer + ", learningRate: 0.1}, epochs: 1, batchSize: full}");
        TrialData td = data(scheduled);
        INDArray targets = new Evaluator(encoding(scheduled, td)).targets(td.train());
        MultiLayerNetwork a = net(scheduled);
        new Trainer(1000, 2, 1).train(a, td.train().features(), targets, (e, n) -> Map.of(), () -> false);
        MultiLayerNetwork b = net(constant);
        Trainer oneEpoch = new Trainer(1000, 1, 1);
        oneEpoch.train(b, td.train().features(), targets, (e, n) -> Map.of(), () -> false);
        b.setLearningRate(0.05);
        oneEpoch.train(b, td.train().features(), targets, (e, n) -> Map.of(), () -> false);
        assertEquals(0.0, a.params().sub(b.params()).norm2Number().doubleValue(), 1e-6);
        MultiLayerNetwork c = net(constant);
        new Trainer(1000, 2, 1).train(c, td.train().features(), targets, (e, n) -> Map.of(), () -> false);
        assertTrue(a.params().sub(c.params()).norm2Number().doubleValue() > 1e-4, "without the schedule the weights differ");
    }

    @Test
    void stopsAfterPatienceEpochsWithoutImprovementAndRestoresTheBest() {
        TrialConfig c = config("{epochs: 20}");
        TrialData td = data(c);
        INDArray targets = new Evaluator(encoding(c, td)).targets(td.train());
        MultiLayerNetwork net = net(c);
        // a scripted validation loss: best at epoch 2; 0.79 at epoch 4 improves by less than minDelta 0.05
        Iterator<Double> losses = List.of(1.0, 0.8, 0.9, 0.79, 0.95, 0.5, 0.4).iterator();
        List<INDArray> weights = new ArrayList<>();
        TrainingRun run = new Trainer(32, 20, 1, new EarlyStoppingSpec("validation.loss", 3, 0.05, true))
                .train(net, td.train().features(), targets, (e, n) -> {
                    weights.add(n.params().dup());
                    return Map.of("validation.loss", losses.next());
                }, () -> false);
        assertTrue(run.stoppedEarly());
        assertEquals(5, run.epochsRun(), "epochs 3, 4, 5 did not improve on epoch 2 by more than 0.05");
        assertEquals(5, run.epochs().size());
        assertEquals(2, run.restoredEpoch());
        assertEquals(0.0, net.params().sub(weights.get(1)).norm2Number().doubleValue(), 0.0, "epoch 2's weights are back");
    }

    @Test
    void higherIsBetterMetricsAndNoRestore() {
        TrialConfig c = config("{epochs: 20}");
        TrialData td = data(c);
        INDArray targets = new Evaluator(encoding(c, td)).targets(td.train());
        MultiLayerNetwork net = net(c);
        Iterator<Double> accuracy = List.of(0.5, 0.7, 0.6, 0.65, 0.9).iterator();
        List<INDArray> weights = new ArrayList<>();
        TrainingRun run = new Trainer(32, 20, 1, new EarlyStoppingSpec("train.accuracy", 2, 0.0, false))
                .train(net, td.train().features(), targets, (e, n) -> {
                    weights.add(n.params().dup());
                    return Map.of("train.accuracy", accuracy.next());
                }, () -> false);
        assertEquals(4, run.epochsRun());
        assertEquals(0, run.restoredEpoch(), "restoreBest: false keeps the last weights");
        assertEquals(0.0, net.params().sub(weights.get(3)).norm2Number().doubleValue(), 0.0);
    }

    @Test
    void runningOutOfEpochsIsNotStoppingEarly() {
        TrialConfig c = config("{epochs: 3}");
        TrialData td = data(c);
        INDArray targets = new Evaluator(encoding(c, td)).targets(td.train());
        Iterator<Double> losses = List.of(1.0, 0.9, 0.8).iterator();
        TrainingRun run = new Trainer(32, 3, 1, new EarlyStoppingSpec("train.loss", 1, 0.0, true))
                .train(net(c), td.train().features(), targets, (e, n) -> Map.of("train.loss", losses.next()), () -> false);
        assertFalse(run.stoppedEarly());
        assertEquals(3, run.epochsRun());
        assertEquals(0, run.restoredEpoch(), "the last epoch was the best");
    }

    @Test
    void invalidSettingsAreRejectedWithTheirPosition() {
        assertMessage("{earlyStopping: {patience: 3}}",
                "training.earlyStopping: early stopping on validation.loss needs a validation split: set data.split.validation");
        assertMessage("{earlyStopping: {metric: test.loss}}", "training.earlyStopping.metric: 'test.loss' is not recorded every epoch");
        assertMessage("{earlyStopping: {metric: train.rmse}}", "train.rmse is not measured for classification");
        assertMessage("{earlyStopping: {metric: train.loss, patience: 0}}", "training.earlyStopping.patience: must be between 1 and");
        assertMessage("{optimizer: adadelta, schedule: {type: step}}", "training.schedule: adadelta has no learning rate to schedule");
        assertMessage("{schedule: {type: cosin}}", "training.schedule.type: unknown schedule 'cosin' (did you mean 'cosine'?)");
        assertMessage("{schedule: {type: step, factor: 1.5}}", "training.schedule.factor: must be");
        assertMessage("{schedule: {every: 3}}", "training.schedule: a schedule needs 'type'");
        assertMessage("{optimizer: {type: sgd, learningRate: 0.01}, schedule: {type: cosine, min: 0.05}}",
                "training.schedule: cosine anneals down to min: min (0.05) must be below the learning rate (0.01)");
    }

    private void assertMessage(String training, String expected) {
        SpecException e = assertThrows(SpecException.class, () -> config(training));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().contains("exp.yaml:4:"), "names the line: " + e.getMessage());
    }

    private static TrialData data(TrialConfig c) {
        return TrialData.prepare(new DataSources().load(c.data().source(), c.data().task()), c.data(), 1);
    }

    private static OutputEncoding encoding(TrialConfig c, TrialData td) {
        return OutputEncoding.of(c.model().output(), td.task(), td.numClasses());
    }

    private static MultiLayerNetwork net(TrialConfig c) {
        return NetworkFactory.build(c.model(), c.training(), NetworkInput.flat(4), OutputEncoding.of(c.model().output(), c.data().task(), 3), 1);
    }
}
