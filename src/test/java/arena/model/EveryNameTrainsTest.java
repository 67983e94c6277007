package arena.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

import arena.TestSupport;
import arena.data.DataSources;
import arena.data.TrialData;
import arena.eval.Evaluator;
import arena.spec.ActivationSpec;
import arena.spec.LossSpec;
import arena.spec.TrialConfig;

/** Every name the format accepts builds a DL4J network that takes gradient steps with a finite loss. */
class EveryNameTrainsTest {
    @TempDir
    static Path dir;

    static Stream<String> activations() {
        return ActivationSpec.names().stream();
    }

    static Stream<Arguments> losses() {
        return Stream.of(LossSpec.values()).map(l -> Arguments.of(l.label(),
                l.classificationOnly() ? "breast_cancer" : "exam"));
    }

    static Stream<String> initializers() {
        return Stream.of("xavier", "xavier_uniform", "relu", "relu_uniform", "lecun_normal", "lecun_uniform", "normal",
                "uniform", "sigmoid_uniform", "var_scaling_normal_fan_avg", "{type: normal, std: 0.01}", "{type: uniform}");
    }

    private static double stepsAndLoss(String dataset, String model) {
        TrialConfig c = TestSupport.parse(dir, "name: n\ndata: {dataset: " + dataset + "}\nmodel: " + model + "\n").trials().get(0).config();
        TrialData td = TrialData.prepare(new DataSources().load(c.data().source(), c.data().task()), c.data(), 1);
        OutputEncoding enc = OutputEncoding.of(c.model().output(), td.task(), td.numClasses());
        MultiLayerNetwork net = NetworkFactory.build(c.model(), c.training(), td.inputs(), enc, 1);
        INDArray targets = new Evaluator(enc).targets(td.train());
        for (int i = 0; i < 3; i++) {
            net.fit(new DataSet(td.train().features(), targets));
        }
        return ForwardPass.of(net, td.train().features()).meanLoss(targets);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("activations")
    void everyActivation(String name) {
        double loss = stepsAndLoss("iris", "{hidden: [4], activation: " + name + "}");
        assertTrue(Double.isFinite(loss), name + " loss " + loss);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("losses")
    void everyLoss(String loss, String dataset) {
        double value = stepsAndLoss(dataset, "{hidden: [4], output: {loss: " + loss + "}}");
        assertTrue(Double.isFinite(value), loss + " loss " + value);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("initializers")
    void everyInitializer(String init) {
        assertTrue(Double.isFinite(stepsAndLoss("iris", "{hidden: [4], weightInit: " + init + "}")), init);
    }
}
