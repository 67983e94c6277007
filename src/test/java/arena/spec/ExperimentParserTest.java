package arena.spec;

import static arena.TestSupport.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExperimentParserTest {
    @TempDir
    Path dir;

    @Test
    void minimalFileGetsEveryDocumentedDefault() {
        ExperimentSpec s = parse(dir, "name: tiny\ndata: {dataset: iris}\n");
        assertEquals(List.of(1L), s.seeds());
        assertEquals(1, s.trials().size());
        TrialConfig c = s.trials().get(0).config();
        assertEquals(Task.CLASSIFICATION, c.data().task());
        assertEquals(new SplitSpec(0.2, 0.0, true), c.data().split());
        assertEquals(Normalization.STANDARDIZE, c.data().normalize());
        assertEquals(List.of(100), c.model().hidden());
        assertEquals("relu", c.model().activation().name());
        assertEquals(new WeightInitSpec.Named("xavier"), c.model().weightInit());
        assertEquals("softmax", c.model().output().activation().name());
        assertEquals(LossSpec.MCXENT, c.model().output().loss());
        assertEquals(OptimizerSpec.Kind.SGD, c.training().optimizer().kind());
        assertEquals(1e-3, c.training().optimizer().param("learningRate"));
        assertEquals(32, c.training().batchSize().rows());
        assertEquals(30, c.training().epochs());
        assertEquals(List.of("test.accuracy", "test.f1", "test.loss", "time.trainSeconds"), s.compare().metrics());
        assertEquals("all", s.trials().get(0).group());
    }

    @Test
    void regressionDefaultsFollowTheTask() {
        TrialConfig c = parse(dir, "name: r\ndata: {dataset: exam}\n").trials().get(0).config();
        assertEquals(Task.REGRESSION, c.data().task());
        assertEquals("identity", c.model().output().activation().name());
        assertEquals(LossSpec.MSE, c.model().output().loss());
        assertEquals(0.0, c.data().split().test(), "the 8-row exam table holds nothing out by default");
        assertEquals(false, c.data().split().stratify());
    }

    @Test
    void gridSweepExpandsToTheCartesianProductTimesSeeds() {
        ExperimentSpec s = parse(dir, """
                name: grid
                data: {dataset: iris}
                seeds: [3, 7]
                sweep:
                  model.activation: [sigmoid, tanh, relu]
                  training.optimizer.learningRate: [0.01, 0.1]
                """);
        assertEquals(6, s.variants().size());
        assertEquals(12, s.trials().size());
        assertEquals(List.of("sigmoid", "tanh", "relu"), List.copyOf(s.groups()));
        assertEquals(List.of("training.optimizer.learningRate=0.01", "training.optimizer.learningRate=0.1"), List.copyOf(s.blocks()));
        assertEquals(0.1, s.variants().get(1).config().training().optimizer().param("learningRate"));
        assertEquals(12, s.trials().stream().map(Trial::id).distinct().count());
    }

    @Test
    void parameterisedActivationsGetCanonicalLabels() {
        ExperimentSpec s = parse(dir, """
                name: p
                data: {dataset: iris}
                sweep:
                  model.activation: [LeakyReLU, {type: leaky_relu, alpha: 0.2}, logistic]
                """);
        assertEquals(List.of("leakyrelu(alpha=0.01)", "leakyrelu(alpha=0.2)", "sigmoid"), List.copyOf(s.groups()));
    }

    @Test
    void sweepingAParameterOfANamedValueTurnsItIntoAMap() {
        ExperimentSpec s = parse(dir, """
                name: p
                data: {dataset: iris}
                model: {activation: leakyrelu}
                sweep:
                  model.activation.alpha: [0.05, 0.3]
                """);
        assertEquals(List.of("0.05", "0.3"), List.copyOf(s.groups()));
        assertEquals(0.3, s.variants().get(1).config().model().activation().params().get("alpha"));
    }

    @Test
    void compareByDefaultsToTheFirstSweepKeyAndBaselineIsCanonicalised() {
        ExperimentSpec s = parse(dir, """
                name: c
                data: {dataset: iris}
                sweep:
                  model.activation: [sigmoid, relu]
                  model.hidden: [[4], [8]]
                compare: {baseline: Logistic}
                """);
        assertEquals("model.activation", s.compare().by());
        assertEquals("sigmoid", s.compare().baseline());
        assertEquals(List.of("model.hidden=[4]", "model.hidden=[8]"), List.copyOf(s.blocks()));
    }

    @Test
    void batchSizeFullAndOptimizerShorthand() {
        TrialConfig c = parse(dir, "name: b\ndata: {dataset: iris}\ntraining: {batchSize: full, optimizer: adam}\n")
                .trials().get(0).config();
        assertTrue(c.training().batchSize().full());
        assertEquals(OptimizerSpec.Kind.ADAM, c.training().optimizer().kind());
        assertEquals(0.999, c.training().optimizer().param("beta2"));
    }

    @Test
    void layersListCarriesPerLayerSettings() {
        TrialConfig c = parse(dir, """
                name: l
                data: {dataset: iris}
                model:
                  activation: tanh
                  weightInit: {type: normal, std: 0.01}
                  layers:
                    - {units: 8, dropout: 0.2}
                    - {type: dense, units: 4, activation: {type: elu, alpha: 0.5}, weightInit: he}
                """).trials().get(0).config();
        List<LayerSpec> layers = c.model().resolvedLayers();
        assertEquals(8, layers.get(0).units());
        assertEquals("tanh", layers.get(0).activation().name());
        assertEquals(0.2, layers.get(0).dropout());
        assertEquals(new WeightInitSpec.Normal(0.0, 0.01), layers.get(0).weightInit());
        assertEquals("elu(alpha=0.5)", layers.get(1).activation().label());
        assertEquals(new WeightInitSpec.Named("relu"), layers.get(1).weightInit());
    }

    @Test
    void emptyHiddenIsLogisticRegression() {
        TrialConfig c = parse(dir, "name: lr\ndata: {dataset: iris}\nmodel: {hidden: []}\n").trials().get(0).config();
        assertTrue(c.model().resolvedLayers().isEmpty());
    }

    @Test
    void csvSourceResolvesRelativeToTheExperimentFile() {
        arena.TestSupport.write(dir, "sub/points.csv", "a,b,y\n1,2,0\n3,4,1\n");
        TrialConfig c = parse(dir, "name: csv\ndata: {csv: sub/points.csv, label: y, task: classification}\n")
                .trials().get(0).config();
        DataSource.Csv csv = assertInstanceOf(DataSource.Csv.class, c.data().source());
        assertEquals(dir.resolve("sub/points.csv").toAbsolutePath().normalize(), csv.file().toAbsolutePath().normalize());
        assertEquals("y", csv.labelColumn());
    }

    @Test
    void setOverridesAreTypedByTheSameRules() {
        ExperimentSpec s = parse(dir, "name: o\ndata: {dataset: iris}\nseeds: 5\n",
                "training.epochs=7", "model.hidden=[3, 2]", "seeds=2", "training.optimizer={type: nesterovs, momentum: 0.5}");
        TrialConfig c = s.trials().get(0).config();
        assertEquals(7, c.training().epochs());
        assertEquals(List.of(3, 2), c.model().hidden());
        assertEquals(List.of(1L, 2L), s.seeds());
        assertEquals(0.5, c.training().optimizer().param("momentum"));
    }
}
