package arena.spec;

import static arena.TestSupport.parse;
import static arena.TestSupport.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sweeps beyond the grid (zip, random), several data sets, and {@code extends}: exact plans (how many
 * trials, which value each one gets), exact errors (file:line:column, key, problem), determinism.
 * Parsing only: nothing is trained.
 */
class SweepsAndExtendsTest {
    @TempDir
    Path dir;

    private static final String HEAD = "name: s\ndata: {dataset: iris}\nsweep:\n";

    /** The start of an error message about exp.yaml (the file TestSupport.parse writes): "path:line:col: ". */
    private String at(int line, int column) {
        return dir.resolve("exp.yaml") + ":" + line + ":" + column + ": ";
    }

    /** Base files are read by absolute, normalised path: errors in them and their names in messages use it. */
    private Path abs(String name) {
        return dir.toAbsolutePath().normalize().resolve(name);
    }

    private SpecException parseError(String yaml) {
        return assertThrows(SpecException.class, () -> parse(dir, yaml));
    }

    private SpecException parseError(Path file) {
        return assertThrows(SpecException.class, () -> ExperimentParser.parse(file, List.of()));
    }

    private static List<Map<String, String>> factors(ExperimentSpec s) {
        return s.variants().stream().map(Variant::factors).toList();
    }

    private static List<String> ids(ExperimentSpec s) {
        return s.trials().stream().map(Trial::id).toList();
    }

    private static <T> List<T> each(ExperimentSpec s, Function<TrialConfig, T> value) {
        return s.variants().stream().map(v -> value.apply(v.config())).toList();
    }

    private static double learningRate(TrialConfig c) {
        return c.training().optimizer().param("learningRate");
    }

    // ---------------------------------------------------------------- grid

    @Test
    void gridIsTheCartesianProductWithTheLastKeyChangingFastest() {
        ExperimentSpec s = parse(dir, HEAD + """
                  model.activation: [sigmoid, tanh]
                  training.epochs: [5, 6, 7]
                seeds: 2
                """);
        assertEquals(6, s.variants().size());
        assertEquals(12, s.trials().size());
        assertEquals(List.of(
                Map.of("model.activation", "sigmoid", "training.epochs", "5"),
                Map.of("model.activation", "sigmoid", "training.epochs", "6"),
                Map.of("model.activation", "sigmoid", "training.epochs", "7"),
                Map.of("model.activation", "tanh", "training.epochs", "5"),
                Map.of("model.activation", "tanh", "training.epochs", "6"),
                Map.of("model.activation", "tanh", "training.epochs", "7")), factors(s));
        assertEquals(List.of(5, 6, 7, 5, 6, 7), each(s, c -> c.training().epochs()));
    }

    // ---------------------------------------------------------------- zip

    @Test
    void zipPairsTheListsElementByElement() {
        ExperimentSpec s = parse(dir, HEAD + """
                  zip:
                    model.activation: [sigmoid, tanh, relu]
                    training.optimizer.learningRate: [0.1, 0.01, 0.001]
                """);
        assertEquals(3, s.variants().size(), "3 pairs, not a 3×3 grid");
        assertEquals(List.of("model.activation", "training.optimizer.learningRate"), s.sweepKeys());
        assertEquals(List.of("sigmoid", "tanh", "relu"), each(s, c -> c.model().activation().name()));
        assertEquals(List.of(0.1, 0.01, 0.001), each(s, SweepsAndExtendsTest::learningRate));
        assertEquals(List.of(
                Map.of("model.activation", "sigmoid", "training.optimizer.learningRate", "0.1"),
                Map.of("model.activation", "tanh", "training.optimizer.learningRate", "0.01"),
                Map.of("model.activation", "relu", "training.optimizer.learningRate", "0.001")), factors(s));
    }

    @Test
    void keysZippedWithCompareByMoveWithTheGroupAndAreNoBlock() {
        ExperimentSpec s = parse(dir, HEAD + """
                  model.activation: [relu, tanh]
                  zip:
                    model.hidden: [[16], [64]]
                    training.optimizer.learningRate: [0.2, 0.1]
                compare: {by: model.hidden, baseline: [16]}
                """);
        assertEquals(List.of("training.optimizer.learningRate"), s.compare().partners());
        assertEquals(List.of("model.activation"), s.compare().across(), "the activation is the only block factor");
        assertEquals(java.util.Set.of("[16]", "[64]"), s.trials().stream().map(Trial::group).collect(java.util.stream.Collectors.toSet()));
        assertEquals(java.util.Set.of("model.activation=relu", "model.activation=tanh"),
                s.trials().stream().map(Trial::block).collect(java.util.stream.Collectors.toSet()),
                "two blocks, each holding both widths: something to compare");
    }

    @Test
    void comparingByAKeyDrawnWithOthersIsAnErrorWhenAValueComesWithSeveralSettings() {
        SpecException e = parseError(HEAD + """
                  random:
                    samples: 8
                    seed: 3
                    model.activation: {choice: [relu, tanh]}
                    training.optimizer.learningRate: {logUniform: [0.001, 0.1]}
                compare: {by: model.activation}
                """);
        assertTrue(e.getMessage().contains("compare.by: 'model.activation' is swept together with training.optimizer.learningRate"
                + " (zip or random), and model.activation="), e.getMessage());
        assertTrue(e.getMessage().contains("sweep model.activation in the grid instead"), e.getMessage());
    }

    @Test
    void zipListsOfDifferentLengthsNameTheKeyAndBothLengths() {
        SpecException e = parseError(HEAD + """
                  zip:
                    model.activation: [sigmoid, tanh, relu]
                    training.optimizer.learningRate: [0.1, 0.01]
                """);
        assertEquals(at(6, 5) + "sweep.zip.training.optimizer.learningRate: has 2 values, but model.activation has 3:"
                + " zip pairs the lists element by element", e.getMessage());
    }

    @Test
    void zipTimesAGridKeyIsTheProduct() {
        ExperimentSpec s = parse(dir, HEAD + """
                  model.hidden: [[4], [8]]
                  zip:
                    model.activation: [relu, tanh]
                    training.epochs: [5, 9]
                """);
        assertEquals(4, s.variants().size(), "2 grid values × 2 zipped pairs");
        assertEquals(List.of(
                Map.of("model.hidden", "[4]", "model.activation", "relu", "training.epochs", "5"),
                Map.of("model.hidden", "[4]", "model.activation", "tanh", "training.epochs", "9"),
                Map.of("model.hidden", "[8]", "model.activation", "relu", "training.epochs", "5"),
                Map.of("model.hidden", "[8]", "model.activation", "tanh", "training.epochs", "9")), factors(s));
        assertEquals(List.of(List.of(4), List.of(4), List.of(8), List.of(8)), each(s, c -> c.model().hidden()));
    }

    @Test
    void aKeyInTheGridAndInZipIsSweptTwice() {
        SpecException e = parseError(HEAD + """
                  model.activation: [relu, tanh]
                  zip:
                    model.activation: [relu, tanh]
                    training.epochs: [5, 6]
                """);
        assertEquals(at(6, 5) + "sweep.model.activation: swept twice (in the grid, zip or random)", e.getMessage());
    }

    @Test
    void aKeyInRandomAndInTheGridIsSweptTwice() {
        SpecException e = parseError(HEAD + """
                  random:
                    samples: 2
                    training.epochs: {int: [1, 9]}
                  training.epochs: [5, 6]
                """);
        assertEquals(at(7, 3) + "sweep.training.epochs: swept twice (in the grid, zip or random)", e.getMessage());
    }

    @Test
    void zipNeedsListsAndAtLeastOneKey() {
        assertEquals(at(4, 8) + "sweep.zip: needs at least one key with a list of values",
                parseError(HEAD + "  zip: {}\n").getMessage());
        assertEquals(at(5, 23) + "sweep.zip.model.activation: expected a list, got 'relu'",
                parseError(HEAD + "  zip:\n    model.activation: relu\n").getMessage());
    }

    // ---------------------------------------------------------------- random

    private static final String RANDOM = HEAD + """
              random:
                samples: 40
                seed: 3
                training.optimizer.learningRate: {logUniform: [1e-4, 1e-1]}
                training.l2: {uniform: [0, 0.01]}
                training.epochs: {int: [2, 9]}
                model.activation: {choice: [relu, tanh, elu]}
            """;

    @Test
    void randomDrawsExactlySamplesPointsEachInsideItsRange() {
        ExperimentSpec s = parse(dir, RANDOM);
        assertEquals(40, s.variants().size());
        assertEquals(40, s.trials().size());
        assertEquals(40, new HashSet<>(ids(s)).size(), "40 different trials");
        assertEquals(List.of("training.optimizer.learningRate", "training.l2", "training.epochs", "model.activation"), s.sweepKeys());
        for (Variant v : s.variants()) {
            TrialConfig c = v.config();
            double lr = learningRate(c);
            assertTrue(lr > 0 && lr >= 1e-4 && lr <= 1e-1, "learning rate " + lr);
            assertTrue(c.training().l2() >= 0 && c.training().l2() <= 0.01, "l2 " + c.training().l2());
            assertTrue(c.training().epochs() >= 2 && c.training().epochs() <= 9, "epochs " + c.training().epochs());
            assertTrue(Set.of("relu", "tanh", "elu").contains(c.model().activation().name()), c.model().activation().name());
            assertEquals(Names.number(lr), v.factors().get("training.optimizer.learningRate"), "the label is the value");
        }
    }

    @Test
    void logUniformSpreadsOverTheDecades() {
        List<Double> lr = each(parse(dir, RANDOM), SweepsAndExtendsTest::learningRate);
        // uniform on [1e-4, 0.1] would put under 1% of the points below 1e-3; log-uniform puts a third there
        long lowDecade = lr.stream().filter(v -> v < 1e-3).count();
        long highDecade = lr.stream().filter(v -> v > 1e-2).count();
        assertTrue(lowDecade >= 5 && highDecade >= 5, "per decade: " + lowDecade + " below 1e-3, " + highDecade + " above 1e-2: " + lr);
    }

    @Test
    void sampledNumbersKeepFourSignificantDigits() {
        ExperimentSpec s = parse(dir, RANDOM);
        for (TrialConfig c : each(s, c -> c)) {
            for (double v : List.of(learningRate(c), c.training().l2())) {
                assertTrue(BigDecimal.valueOf(v).stripTrailingZeros().precision() <= 4, v + " has more than 4 significant digits");
            }
        }
        assertTrue(each(s, c -> c.training().l2()).stream().anyMatch(v -> BigDecimal.valueOf(v).stripTrailingZeros().precision() == 4),
                "4 digits are kept, not fewer");
    }

    @Test
    void drawsAreJavaUtilRandomOfTheSeedSoEveryMachinePlansTheSameValues() {
        ExperimentSpec s = parse(dir, HEAD + """
                  random:
                    samples: 5
                    seed: 42
                    training.optimizer.learningRate: {logUniform: [1e-4, 1e-1]}
                """);
        Random rng = new Random(42);
        List<Double> expected = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            double v = Math.exp(Math.log(1e-4) + rng.nextDouble() * (Math.log(1e-1) - Math.log(1e-4)));
            expected.add(new BigDecimal(v).round(new MathContext(4)).doubleValue());
        }
        assertEquals(expected, each(s, SweepsAndExtendsTest::learningRate));
    }

    @Test
    void theSameSeedGivesTheSamePlanAndAnotherSeedOtherValues(@TempDir Path other) {
        ExperimentSpec first = parse(dir, RANDOM);
        ExperimentSpec again = parse(other, RANDOM);
        assertEquals(ids(first), ids(again), "same file, same seed: the same trials, wherever the file is");
        assertEquals(each(first, SweepsAndExtendsTest::learningRate), each(again, SweepsAndExtendsTest::learningRate));

        ExperimentSpec reseeded = parse(dir, RANDOM.replace("seed: 3", "seed: 4"));
        assertEquals(40, reseeded.variants().size());
        assertNotEquals(each(first, SweepsAndExtendsTest::learningRate), each(reseeded, SweepsAndExtendsTest::learningRate));
        assertTrue(Collections.disjoint(ids(first), ids(reseeded)), "no trial of seed 3 reappears with seed 4");
    }

    @Test
    void theSamplingSeedDefaultsToOne() {
        assertEquals(ids(parse(dir, RANDOM.replace("seed: 3", "seed: 1"))), ids(parse(dir, RANDOM.replace("    seed: 3\n", ""))));
    }

    @Test
    void intIncludesBothEnds() {
        ExperimentSpec s = parse(dir, HEAD + "  random:\n    samples: 3\n    training.epochs: {int: [1, 3]}\n");
        assertEquals(Set.of(1, 2, 3), new HashSet<>(each(s, c -> c.training().epochs())));
    }

    @Test
    void manySamplesOfOneRangeAreAllDifferentPoints() {
        // 4 significant digits leave ~9000 values per decade: 300 plain draws of [0, 1] would repeat one
        ExperimentSpec s = parse(dir, HEAD + "  random:\n    samples: 300\n    training.l2: {uniform: [0, 1]}\n");
        assertEquals(300, s.variants().size());
        assertEquals(300, new HashSet<>(each(s, c -> c.training().l2())).size());
    }

    @Test
    void roundingNeverLeavesARangeWrittenWithMoreDigits() {
        ExperimentSpec s = parse(dir, HEAD + "  random:\n    samples: 2\n    training.l2: {uniform: [0.12344, 0.12346]}\n");
        for (double v : each(s, c -> c.training().l2())) {
            assertTrue(v >= 0.12344 && v <= 0.12346, v + " is outside [0.12344, 0.12346]");
        }
    }

    @Test
    void moreSamplesThanDifferentPointsIsAnError() {
        SpecException e = parseError(HEAD + "  random:\n    samples: 3\n    model.activation: {choice: [relu, tanh]}\n");
        assertEquals(at(5, 5) + "sweep.random.samples: asks for 3 different points, but 10060 draws gave only 2:"
                + " the choices and ranges (numbers keep 4 significant digits) hold too few; lower samples or widen them", e.getMessage());
    }

    @Test
    void randomTimesAGridReusesTheSamePointsForEveryGridValue() {
        ExperimentSpec s = parse(dir, HEAD + """
                  model.activation: [relu, tanh]
                  random:
                    samples: 3
                    training.optimizer.learningRate: {logUniform: [1e-3, 1]}
                """);
        assertEquals(6, s.variants().size());
        List<Double> lr = each(s, SweepsAndExtendsTest::learningRate);
        assertEquals(lr.subList(0, 3), lr.subList(3, 6));
        assertEquals(List.of("relu", "relu", "relu", "tanh", "tanh", "tanh"), each(s, c -> c.model().activation().name()));
    }

    @Test
    void aSampledValueItsKeyRejectsPointsAtTheDistribution() {
        SpecException e = parseError(HEAD + "  random:\n    samples: 3\n    training.optimizer.learningRate: {uniform: [-1, 1]}\n");
        assertTrue(e.getMessage().startsWith(at(6, 48) + "training.optimizer.learningRate: must be above 0, got -"), e.getMessage());
    }

    static Stream<Arguments> badRandom() {
        String random = "  random:\n    samples: 3\n";
        String list = "{uniform: [a, b]}, {logUniform: [a, b]}, {int: [a, b]}, {choice: [...]}";
        return Stream.of(
                Arguments.of("unknown distribution", random + "    training.l2: {normal: [0, 1]}\n",
                        6, 19, "sweep.random.training.l2.normal: unknown distribution; one of uniform, logUniform, int, choice"),
                Arguments.of("unknown distribution with map arguments", random + "    training.l2: {normal: {mean: 0, std: 1}}\n",
                        6, 19, "sweep.random.training.l2.normal: unknown distribution; one of uniform, logUniform, int, choice"),
                Arguments.of("misspelt distribution", random + "    training.l2: {uniforn: [0, 1]}\n",
                        6, 19, "sweep.random.training.l2.uniforn: unknown distribution (did you mean 'uniform'?); one of uniform, logUniform, int, choice"),
                Arguments.of("low equal to high", random + "    training.l2: {uniform: [0.1, 0.1]}\n",
                        6, 28, "sweep.random.training.l2.uniform: needs low < high"),
                Arguments.of("low above high", random + "    training.l2: {uniform: [0.5, 0.1]}\n",
                        6, 28, "sweep.random.training.l2.uniform: needs low < high"),
                Arguments.of("log-uniform from 0", random + "    training.l2: {logUniform: [0, 1]}\n",
                        6, 31, "sweep.random.training.l2.logUniform: needs low < high and low > 0"),
                Arguments.of("log-uniform from a negative number", random + "    training.l2: {logUniform: [-1, 1]}\n",
                        6, 31, "sweep.random.training.l2.logUniform: needs low < high and low > 0"),
                Arguments.of("int bounds are whole numbers", random + "    training.epochs: {int: [1.5, 3]}\n",
                        6, 29, "sweep.random.training.epochs.int[0]: expected a whole number, got '1.5'"),
                Arguments.of("one bound", random + "    training.l2: {uniform: [0, 1, 2]}\n",
                        6, 28, "sweep.random.training.l2.uniform: expects [low, high]"),
                Arguments.of("a list instead of a distribution", random + "    training.l2: [0, 1]\n",
                        6, 18, "sweep.random.training.l2: expected one of " + list),
                Arguments.of("two distributions for one key", random + "    training.l2: {uniform: [0, 1], int: [0, 1]}\n",
                        6, 18, "sweep.random.training.l2: expected one of " + list),
                Arguments.of("empty choice", random + "    model.activation: {choice: []}\n",
                        6, 32, "sweep.random.model.activation.choice: needs at least one value"),
                Arguments.of("missing samples", "  random:\n    training.l2: {uniform: [0, 1]}\n",
                        5, 5, "sweep.random.samples: required: how many points to draw"),
                Arguments.of("zero samples", "  random:\n    samples: 0\n    training.l2: {uniform: [0, 1]}\n",
                        5, 14, "sweep.random.samples: must be between 1 and 1000000, got 0"),
                Arguments.of("no key to sample", random,
                        5, 5, "sweep.random: needs at least one key with a distribution, e.g. training.optimizer.learningRate: {logUniform: [1e-4, 1e-1]}"),
                Arguments.of("seeds are not sampled", random + "    seeds: {int: [1, 5]}\n",
                        6, 5, "sweep.random.seeds: a sweep key is data, model or training or a dotted key under them (e.g. model.activation);"
                                + " seeds are set with the top-level 'seeds' key"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRandom")
    void badRandomSweepsNameFileLineColumnAndKey(String what, String sweep, int line, int column, String expected) {
        assertEquals(at(line, column) + expected, parseError(HEAD + sweep).getMessage());
    }

    // ---------------------------------------------------------------- several data sets

    @Test
    void aDataListMakesEachDataSetABlock() {
        ExperimentSpec s = parse(dir, """
                name: d
                data:
                  - {dataset: iris}
                  - {dataset: wine, split: {test: 0.3}}
                sweep:
                  model.activation: [relu, tanh]
                """);
        assertEquals(4, s.trials().size());
        assertEquals(List.of("model.activation", "data"), s.sweepKeys());
        assertEquals("model.activation", s.compare().by());
        assertEquals(List.of("relu", "tanh"), List.copyOf(s.groups()));
        assertEquals(List.of("data=iris", "data=wine"), List.copyOf(s.blocks()));
        assertEquals(List.of(
                Map.of("model.activation", "relu", "data", "iris"),
                Map.of("model.activation", "relu", "data", "wine"),
                Map.of("model.activation", "tanh", "data", "iris"),
                Map.of("model.activation", "tanh", "data", "wine")), factors(s));
        assertEquals(List.of(0.2, 0.3, 0.2, 0.3), each(s, c -> c.data().split().test()));
    }

    @Test
    void sweptDataIsMergedOverTheSharedDataMapAndStaysTheBlockWhereverItIsWritten() {
        ExperimentSpec s = parse(dir, """
                name: d
                data: {split: {test: 0.25, validation: 0.1}, normalize: minmax}
                sweep:
                  data: [iris, wine, {dataset: xor, split: {test: 0}}]
                  model.activation: [relu, tanh]
                """);
        assertEquals(6, s.trials().size());
        assertEquals("model.activation", s.compare().by(), "data sets are blocks, not the compared factor");
        assertEquals(List.of("model.activation", "data"), s.sweepKeys());
        assertEquals(List.of("relu", "tanh"), List.copyOf(s.groups()));
        assertEquals(List.of("data=iris", "data=wine", "data=xor"), List.copyOf(s.blocks()));
        assertEquals(List.of("iris", "wine", "xor", "iris", "wine", "xor"), each(s, c -> c.data().source().displayName()));
        List<SplitSpec> splits = each(s, c -> c.data().split());
        assertEquals(new SplitSpec(0.25, 0.1, true), splits.get(0));
        assertEquals(new SplitSpec(0.25, 0.1, true), splits.get(1));
        assertEquals(new SplitSpec(0.0, 0.1, true), splits.get(2), "xor's own split.test, the shared split.validation");
        assertTrue(each(s, c -> c.data().normalize()).stream().allMatch(n -> n == Normalization.MINMAX));
    }

    @Test
    void aDataItemWithASourceReplacesTheSharedSource() {
        ExperimentSpec s = parse(dir, """
                name: d
                data: {dataset: iris, normalize: minmax}
                sweep:
                  model.activation: [relu, tanh]
                  data: [iris, {dataset: wine}]
                """);
        assertEquals(List.of("iris", "wine", "iris", "wine"), each(s, c -> c.data().source().displayName()));
        assertTrue(each(s, c -> c.data().normalize()).stream().allMatch(n -> n == Normalization.MINMAX));
    }

    @Test
    void aDataListChangesThePlanNotTheTrials() {
        ExperimentSpec list = parse(dir, "name: d\ndata: [iris, wine]\nsweep:\n  model.activation: [relu]\n");
        ExperimentSpec iris = parse(dir, "name: d\ndata: {dataset: iris}\nsweep:\n  model.activation: [relu]\n");
        ExperimentSpec wine = parse(dir, "name: d\ndata: {dataset: wine}\nsweep:\n  model.activation: [relu]\n");
        assertEquals(List.of(ids(iris).get(0), ids(wine).get(0)), ids(list));
    }

    @Test
    void theSameDataSetWithDifferentSettingsIsLabelledByItsSettings() {
        ExperimentSpec s = parse(dir, """
                name: d
                data: {split: {test: 0.25}}
                sweep:
                  model.activation: [relu, tanh]
                  data: [iris, {dataset: iris, split: {test: 0.5}}]
                """);
        List<String> blocks = List.copyOf(s.blocks());
        assertEquals(2, blocks.size(), "two blocks, not one 'iris' holding both");
        assertTrue(blocks.get(0).startsWith("data=(dataset=iris") && blocks.get(0).contains("test=0.25"), blocks.get(0));
        assertTrue(blocks.get(1).startsWith("data=(dataset=iris") && blocks.get(1).contains("test=0.5"), blocks.get(1));
    }

    @Test
    void aDataListAndSweptDataTogetherIsAnError() {
        SpecException e = parseError("name: d\ndata: [iris, wine]\nsweep:\n  data: [iris, wine]\n");
        assertEquals(at(2, 7) + "data: is a list and also swept (sweep.data); use one or the other", e.getMessage());
    }

    @Test
    void anEmptyDataListIsAnError() {
        assertEquals(at(2, 7) + "data: needs at least one data set", parseError("name: d\ndata: []\n").getMessage());
    }

    // ---------------------------------------------------------------- extends

    /** c (under shared/) ← b (under shared/, names c.yaml) ← a (names shared/b.yaml). */
    private Path chain() {
        write(dir, "shared/c.yaml", """
                data: {dataset: iris, split: {test: 0.3, validation: 0.1}}
                model: {hidden: [8, 4], activation: tanh}
                training: {epochs: 7}
                seeds: [4, 5]
                """);
        write(dir, "shared/b.yaml", """
                extends: c.yaml
                model: {activation: elu}
                training: {optimizer: {type: sgd, learningRate: 0.05}}
                """);
        return write(dir, "a.yaml", """
                extends: shared/b.yaml
                name: a
                data: {split: {test: 0.25}}
                model: {hidden: [16]}
                """);
    }

    @Test
    void aChainOfBasesIsInheritedMapsMergeAndListsAreReplaced() {
        ExperimentSpec s = ExperimentParser.parse(chain(), List.of());
        TrialConfig c = s.trials().get(0).config();
        assertEquals("a", s.name());
        assertEquals("iris", c.data().source().displayName(), "from c, two levels up");
        assertEquals(new SplitSpec(0.25, 0.1, true), c.data().split(), "split merged key by key: test from a, validation from c");
        assertEquals(List.of(16), c.model().hidden(), "a list is replaced, not appended to");
        assertEquals("elu", c.model().activation().name(), "b overrides c");
        assertEquals(7, c.training().epochs());
        assertEquals(0.05, learningRate(c));
        assertEquals(List.of(4L, 5L), s.seeds());
        assertEquals(2, s.trials().size());
    }

    @Test
    void anExtendingFileHasTheTrialsOfTheFileWrittenOut() {
        ExperimentSpec extended = ExperimentParser.parse(chain(), List.of());
        ExperimentSpec flat = parse(dir, """
                name: a
                data: {dataset: iris, split: {test: 0.25, validation: 0.1}}
                model: {hidden: [16], activation: elu}
                training: {epochs: 7, optimizer: {type: sgd, learningRate: 0.05}}
                seeds: [4, 5]
                """);
        assertEquals(ids(flat), ids(extended));
    }

    @Test
    void laterBasesInAListOverrideEarlierOnesAndTheFileOverridesThemAll() {
        write(dir, "first.yaml", "data: {dataset: iris}\nmodel: {activation: tanh, hidden: [3]}\ntraining: {epochs: 3}\n");
        write(dir, "second.yaml", "model: {activation: elu}\ntraining: {epochs: 4}\n");
        ExperimentSpec s = parse(dir, "name: l\nextends: [first.yaml, second.yaml]\ntraining: {epochs: 5}\n");
        TrialConfig c = s.trials().get(0).config();
        assertEquals(List.of(3), c.model().hidden());
        assertEquals("elu", c.model().activation().name());
        assertEquals(5, c.training().epochs());
        assertEquals(List.of(abs("first.yaml"), abs("second.yaml")), s.bases());
    }

    @Test
    void sweepsMergeKeyByKeyAndASweptKeysListIsReplaced() {
        write(dir, "base.yaml", "data: {dataset: iris}\nsweep:\n  model.activation: [relu, tanh]\n");
        ExperimentSpec added = parse(dir, "name: s\nextends: base.yaml\nsweep:\n  training.epochs: [3, 4]\n");
        assertEquals(List.of("model.activation", "training.epochs"), added.sweepKeys());
        assertEquals(4, added.variants().size());
        ExperimentSpec replaced = parse(dir, "name: s\nextends: base.yaml\nsweep:\n  model.activation: [elu]\n");
        assertEquals(List.of(Map.of("model.activation", "elu(alpha=1)")), factors(replaced));
    }

    @Test
    void dataPathsInABaseAreRelativeToTheBase() {
        write(dir, "sub/points.csv", "a,b,y\n1,2,0\n3,4,1\n");
        write(dir, "sub/base.yaml", "data: {csv: points.csv, label: y, task: classification}\n");
        ExperimentSpec s = parse(dir, "name: c\nextends: sub/base.yaml\n");
        DataSource.Csv csv = assertInstanceOf(DataSource.Csv.class, s.trials().get(0).config().data().source());
        assertEquals(abs("sub/points.csv"), csv.file().toAbsolutePath().normalize());
    }

    @Test
    void aMissingBaseNamesTheFileLineAndColumnOfExtends() {
        SpecException e = parseError("name: m\nextends: nowhere.yaml\ndata: {dataset: iris}\n");
        assertEquals(at(2, 10) + "extends: file not found: " + abs("nowhere.yaml") + " (paths are relative to the file that names them)",
                e.getMessage());
    }

    @Test
    void aBaseNamedByABaseIsLookedForNextToThatBase() {
        write(dir, "c.yaml", "data: {dataset: iris}\n");
        write(dir, "sub/b.yaml", "extends: c.yaml\n");
        SpecException e = parseError("name: m\nextends: sub/b.yaml\n");
        assertEquals(abs("sub/b.yaml") + ":1:10: extends: file not found: " + abs("sub/c.yaml")
                + " (paths are relative to the file that names them)", e.getMessage());
    }

    @Test
    void aFileExtendingItselfIsACycle() {
        Path self = write(dir, "self.yaml", "name: s\nextends: self.yaml\ndata: {dataset: iris}\n");
        assertEquals(self + ":2:10: extends: cycle: self.yaml → self.yaml", parseError(self).getMessage());
    }

    @Test
    void twoFilesExtendingEachOtherAreACycle() {
        Path x = write(dir, "x.yaml", "name: x\nextends: y.yaml\ndata: {dataset: iris}\n");
        write(dir, "y.yaml", "extends: x.yaml\n");
        assertEquals(abs("y.yaml") + ":1:10: extends: cycle: x.yaml → y.yaml → x.yaml", parseError(x).getMessage());
    }

    @Test
    void aCycleAmongTheBasesIsNamedFromWhereItStarts() {
        Path p = write(dir, "p.yaml", "name: p\nextends: q.yaml\n");
        write(dir, "q.yaml", "extends: r.yaml\n");
        write(dir, "r.yaml", "data: {dataset: iris}\nextends: q.yaml\n");
        assertEquals(abs("r.yaml") + ":2:10: extends: cycle: q.yaml → r.yaml → q.yaml", parseError(p).getMessage());
    }

    @Test
    void aBaseReachedTwiceWithoutACycleIsFine() {
        chain();
        ExperimentSpec s = parse(dir, "name: d\nextends: [shared/b.yaml, shared/c.yaml]\n");
        assertEquals("tanh", s.trials().get(0).config().model().activation().name(), "c, named last, wins over b");
    }

    @Test
    void errorsInABasePointIntoTheBase() {
        write(dir, "bad.yaml", "data: {dataset: iris}\nmodel: {activaton: relu}\n");
        SpecException e = parseError("name: u\nextends: bad.yaml\n");
        assertTrue(e.getMessage().startsWith(abs("bad.yaml") + ":2:9: model.activaton: unknown key (did you mean 'activation'?)"),
                e.getMessage());
    }

    @Test
    void aBaseMustBeAMap() {
        write(dir, "list.yaml", "- a\n- b\n");
        assertEquals(abs("list.yaml") + ":1:1: extends list.yaml: expected a map, got a list",
                parseError("name: u\nextends: list.yaml\n").getMessage());
    }

    @Test
    void anEmptyListOfBasesExtendsNothing() {
        String plain = "name: e\ndata: {dataset: iris}\n";
        ExperimentSpec s = parse(dir, plain + "extends: []\n");
        assertEquals(ids(parse(dir, plain)), ids(s));
        assertEquals(List.of(), s.bases());
    }

    @Test
    void theRecordedHashCoversTheBasesAndTheBasesAreListed() {
        Path base = write(dir, "base.yaml", "data: {dataset: iris}\ntraining: {epochs: 5}\n");
        String text = "name: h\nextends: base.yaml\n";
        ExperimentSpec s = parse(dir, text);
        assertEquals(text, s.text(), "text is the file itself");
        assertEquals(List.of(abs("base.yaml")), s.bases());
        assertEquals(TrialId.sha256(text + "data: {dataset: iris}\ntraining: {epochs: 5}\n"), s.sha256());

        write(dir, "base.yaml", "data: {dataset: iris}\ntraining: {epochs: 6}\n");
        ExperimentSpec edited = parse(dir, text);
        assertEquals(s.text(), edited.text());
        assertNotEquals(s.sha256(), edited.sha256(), "editing only the base changes the recorded hash");
        assertEquals(6, edited.trials().get(0).config().training().epochs());
        assertTrue(base.toFile().isFile());

        String plain = "name: h\ndata: {dataset: iris}\n";
        ExperimentSpec alone = parse(dir, plain);
        assertEquals(List.of(), alone.bases());
        assertEquals(TrialId.sha256(plain), alone.sha256());
    }
}
