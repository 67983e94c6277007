package arena.spec;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import arena.TestSupport;

/** Every class of bad input: the message names file, line, column and key. */
class ValidationErrorsTest {
    @TempDir
    Path dir;

    static Stream<Arguments> badFiles() {
        String head = "name: bad\ndata: {dataset: iris}\n";
        return Stream.of(
                Arguments.of("unknown top-level key", head + "epochs: 5\n", ":3:1: epochs: unknown key"),
                Arguments.of("near miss gets did-you-mean", head + "model:\n  hiden: [4]\n", ":4:3: model.hiden: unknown key (did you mean 'hidden'?)"),
                Arguments.of("learning rate in the wrong place", head + "training:\n  learningRate: 0.1\n",
                        ":4:3: training.learningRate: unknown key; the learning rate belongs to the optimizer: training.optimizer.learningRate"),
                Arguments.of("wrong type", head + "training: {epochs: ten}\n", ":3:20: training.epochs: expected a whole number, got 'ten'"),
                Arguments.of("quoted number is a string", head + "training: {epochs: \"10\"}\n", "training.epochs: expected a whole number, got the string \"10\""),
                Arguments.of("out of range", head + "training: {epochs: 0}\n", ":3:20: training.epochs: must be between 1 and 100000, got 0"),
                Arguments.of("fraction out of range", "name: bad\ndata: {dataset: iris, split: {test: 1.5}}\n", "data.split.test: must be at least 0 and at most 0.9, got 1.5"),
                Arguments.of("unknown activation", head + "model: {activation: sigmod}\n", ":3:21: model.activation: unknown activation 'sigmod' (did you mean 'sigmoid'?)"),
                Arguments.of("unknown loss", head + "model: {output: {loss: mcxnet}}\n", "model.output.loss: unknown loss 'mcxnet' (did you mean 'mcxent'?)"),
                Arguments.of("unknown optimizer", head + "training: {optimizer: adma}\n", "training.optimizer: unknown optimizer 'adma' (did you mean 'adam'?)"),
                Arguments.of("unknown weight init", head + "model: {weightInit: xavir}\n", "model.weightInit: unknown weight init 'xavir' (did you mean 'xavier'?)"),
                Arguments.of("unknown data set", "name: bad\ndata: {dataset: digts}\n", ":2:17: data.dataset: unknown data set 'digts' (did you mean 'digits'?)"),
                Arguments.of("missing csv file", "name: bad\ndata: {csv: nowhere.csv}\n", ":2:13: data.csv: file not found"),
                Arguments.of("name escaping the output folder", "name: ../../etc\ndata: {dataset: iris}\n", ":1:7: name: '../../etc' is not a valid name"),
                Arguments.of("missing name", "data: {dataset: iris}\n", ":1:1: name: required"),
                Arguments.of("softmax + xent", head + "model: {output: {activation: softmax, loss: xent}}\n",
                        ":3:17: model.output: softmax + xent does not fit: xent (binary cross-entropy) needs a sigmoid output; with softmax use mcxent"),
                Arguments.of("sigmoid + mcxent", head + "model: {output: {activation: sigmoid, loss: mcxent}}\n",
                        "sigmoid + mcxent does not fit: mcxent needs a softmax output (for one sigmoid unit on binary data use xent)"),
                Arguments.of("poisson on an identity output", "name: bad\ndata: {dataset: exam}\nmodel: {output: {activation: identity, loss: poisson}}\n",
                        "identity + poisson does not fit: poisson needs outputs in the range of softplus, sigmoid, softmax"),
                Arguments.of("classification loss on regression", "name: bad\ndata: {dataset: exam}\nmodel: {output: {loss: mcxent}}\n",
                        "loss mcxent is for classification"),
                Arguments.of("missing base file", head + "extends: base.yaml\n", ":3:10: extends: file not found"),
                Arguments.of("streaming a bundled set", "name: bad\ndata: {dataset: iris, stream: true}\n",
                        "data.stream: only for 'csv:' sources"),
                Arguments.of("unknown layer type", head + "model: {layers: [{type: convv, filters: 2}]}\n",
                        "model.layers[0].type: unknown layer type 'convv' (did you mean 'conv'?)"),
                Arguments.of("conv without kernel", "name: bad\ndata: {dataset: fashion-mnist-small}\nmodel: {layers: [{type: conv, filters: 2}]}\n",
                        "model.layers[0].kernel: a conv layer needs 'kernel'"),
                Arguments.of("conv after dense", "name: bad\ndata: {dataset: fashion-mnist-small}\n"
                        + "model: {layers: [{type: dense, units: 4}, {type: conv, filters: 2, kernel: 3}]}\n",
                        "model.layers[1]: a conv layer cannot follow a dense layer"),
                Arguments.of("maxout on a conv layer", "name: bad\ndata: {dataset: fashion-mnist-small}\n"
                        + "model: {layers: [{type: conv, filters: 2, kernel: 3, activation: maxout}]}\n",
                        "maxout is a dense layer; use it on dense layers only"),
                Arguments.of("maxout with one piece", head + "model: {activation: {type: maxout, pieces: 1}}\n",
                        "model.activation.pieces: must be between 2 and 64, got 1"),
                Arguments.of("prelu as output activation", head + "model: {output: {activation: prelu}}\n",
                        "prelu is a hidden-layer activation (a layer with learned parameters)"),
                Arguments.of("test split on a set with its own test files", "name: bad\ndata: {dataset: fashion-mnist-small, split: {test: 0.2}}\n",
                        "data.split.test: fashion-mnist-small has its own test set"),
                Arguments.of("imageShape on images", "name: bad\ndata: {dataset: fashion-mnist-small, imageShape: [28, 28]}\n",
                        "data.imageShape: only for tables"),
                Arguments.of("unknown synthetic kind", "name: bad\ndata: {synthetic: {kind: spiral}}\n",
                        "data.synthetic.kind: unknown synthetic set 'spiral' (did you mean 'spirals'?)"),
                Arguments.of("moons with three classes", "name: bad\ndata: {synthetic: {kind: moons, classes: 3}}\n",
                        "data.synthetic.classes: moons has exactly 2 classes"),
                Arguments.of("two data sources", "name: bad\ndata: {dataset: iris, synthetic: {kind: xor}}\n",
                        "give one data source, not dataset and synthetic"),
                Arguments.of("missing idx file", "name: bad\ndata: {idx: {images: none.idx, labels: none-labels.idx}}\n",
                        "data.idx.images: file not found"),
                Arguments.of("regression on images", "name: bad\ndata: {dataset: fashion-mnist-small, task: regression}\n",
                        "data.task: fashion-mnist-small is a classification data set"),
                Arguments.of("unsafe YAML tag", head + "description: !!java.io.File /etc/passwd\n", ":3:14: invalid YAML: Global tag is not allowed: tag:yaml.org,2002:java.io.File"),
                Arguments.of("custom YAML tag", head + "description: !pwn x\n", ":3:14: YAML tag !pwn is not allowed"),
                Arguments.of("duplicate key", head + "name: again\n", ":3:1: name: duplicate key (first written at line 1)"),
                Arguments.of("sweep key misspelt", head + "sweep:\n  model.activaton: [relu, tanh]\n",
                        ":4:3: model.activaton: unknown key (did you mean 'activation'?)"),
                Arguments.of("bad sweep value points at the value", head + "sweep:\n  model.activation: [relu, sigmod]\n",
                        ":4:28: model.activation: unknown activation 'sigmod'"),
                Arguments.of("sweep outside data/model/training", head + "sweep:\n  seeds: [1, 2]\n", "sweep.seeds: a sweep key is data, model or training or a dotted key under them"),
                Arguments.of("compare.by not swept", head + "sweep:\n  model.activation: [relu, tanh]\ncompare: {by: model.hidden}\n",
                        ":5:15: compare.by: 'model.hidden' is not a swept key"),
                Arguments.of("baseline not compared", head + "sweep:\n  model.activation: [relu, tanh]\ncompare: {baseline: elu}\n",
                        ":5:21: compare.baseline: 'elu(alpha=1)' is not one of the compared values: relu, tanh"),
                Arguments.of("unknown metric", head + "compare: {metrics: [test.acuracy]}\n", "compare.metrics[0]: unknown metric 'test.acuracy' (did you mean 'test.accuracy'?)"),
                Arguments.of("metric of the other task", head + "compare: {metrics: [test.rmse]}\n", "metric test.rmse is not measured for classification tasks"),
                Arguments.of("duplicate sweep points", head + "sweep:\n  model.activation: [relu, ReLU]\n", "resolve to the same configuration"),
                Arguments.of("not a map", "- just\n- a list\n", ":1:1: an experiment file is a map of keys"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void badInputNamesFileLineColumnAndKey(String what, String yaml, String expected) {
        SpecException e = assertThrows(SpecException.class, () -> TestSupport.parse(dir, yaml));
        assertTrue(e.getMessage().contains(expected), () -> "message was: " + e.getMessage());
        assertTrue(e.getMessage().startsWith(dir.resolve("exp.yaml").toString()) || e.getMessage().startsWith(dir.toString()),
                () -> "message should start with the file: " + e.getMessage());
    }

    @Test
    void badOverrideNamesTheArgument() {
        SpecException e = assertThrows(SpecException.class,
                () -> TestSupport.parse(dir, "name: o\ndata: {dataset: iris}\n", "training.epochs=abc"));
        assertTrue(e.getMessage().startsWith("--set training.epochs=abc: training.epochs: expected a whole number"), e.getMessage());
    }

    @Test
    void overridingASweptKeySaysHowToOverrideTheSweep() {
        SpecException e = assertThrows(SpecException.class, () -> TestSupport.parse(dir,
                "name: o\ndata: {dataset: iris}\nsweep:\n  model.activation: [relu, tanh]\n", "model.activation=elu"));
        assertTrue(e.getMessage().contains("--set sweep.model.activation=[...]"), e.getMessage());
    }

    @Test
    void missingExperimentFile() {
        SpecException e = assertThrows(SpecException.class, () -> ExperimentParser.parse(dir.resolve("nope.yaml"), java.util.List.of()));
        assertTrue(e.getMessage().endsWith("nope.yaml: experiment file not found"), e.getMessage());
    }
}
