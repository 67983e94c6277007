package arena.cli;

import static arena.TestSupport.cli;
import static arena.TestSupport.read;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import arena.TestSupport;
import arena.TestSupport.CliResult;
import arena.run.Json;

/**
 * The real command line on the data sources and training features beyond CSV tables: IDX files
 * (broken ones are bad input: exit 2, nothing trained, earlier results untouched), the bundled
 * Fashion-MNIST subset with its own test set, the full Fashion-MNIST when it is not installed,
 * early stopping as recorded in the results, and a data list (one block per data set).
 */
class DataAndModelsEndToEndTest {
    @TempDir
    Path dir;

    // ---------------------------------------------------------------- IDX files

    /** 20 images of 4×4 (pixel i of image k = 10k + i), labels 0/1 alternating. */
    private static final int IMAGES = 20;
    private static final int SIDE = 4;

    private static byte[] idxImages(int count, int rows, int cols, int magic, int imagesWritten) {
        ByteBuffer b = ByteBuffer.allocate(16 + imagesWritten * rows * cols);
        b.putInt(magic).putInt(count).putInt(rows).putInt(cols);
        for (int k = 0; k < imagesWritten; k++) {
            for (int i = 0; i < rows * cols; i++) {
                b.put((byte) (10 * k + i));
            }
        }
        return b.array();
    }

    private static byte[] goodImages() {
        return idxImages(IMAGES, SIDE, SIDE, 0x00000803, IMAGES);
    }

    private static byte[] idxLabels(int count) {
        ByteBuffer b = ByteBuffer.allocate(8 + count);
        b.putInt(0x00000801).putInt(count);
        for (int k = 0; k < count; k++) {
            b.put((byte) (k % 2));
        }
        return b.array();
    }

    private Path writeBytes(String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An experiment on imgs.idx / lbls.idx next to it (paths relative to the experiment file). */
    private Path idxExperiment() {
        writeBytes("lbls.idx", idxLabels(IMAGES));
        return TestSupport.write(dir, "idx.yaml", """
                name: idx-e2e
                data: {idx: {images: imgs.idx, labels: lbls.idx}}
                model: {hidden: [4]}
                training: {optimizer: {type: sgd, learningRate: 0.1}, batchSize: 8, epochs: 1}
                seeds: [1]
                diagnostics: false
                """);
    }

    static Stream<Arguments> brokenImageFiles() {
        byte[] wrongMagic = goodImages();
        ByteBuffer.wrap(wrongMagic).putInt(0, 0x12345678);
        // the header promises 20 images; 12 whole ones and 5 bytes of the 13th follow
        byte[] truncated = Arrays.copyOf(goodImages(), 16 + 12 * SIDE * SIDE + 5);
        return Stream.of(
                Arguments.of("wrong magic number", wrongMagic,
                        "header, bytes 0-3: magic number 0x12345678: not an IDX file (expected 0x00000803 for IDX images)"),
                Arguments.of("truncated images", truncated,
                        "truncated: the header promises 20 images of 4×4 but the data ends after image 12"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenImageFiles")
    void aBrokenIdxFileIsBadInputThatNamesTheFileAndTrainsNothing(String what, byte[] broken, String problem) {
        Path images = writeBytes("imgs.idx", broken);
        Path file = idxExperiment();
        Path out = dir.resolve("fresh");
        CliResult r = cli("run", file.toString(), "--out", out.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains(images.toAbsolutePath().normalize() + ": " + problem), r.err());
        assertFalse(r.err().contains("Exception"), "one clear line, no stack trace: " + r.err());
        assertFalse(Files.exists(out), "nothing written, not even the results folder");
        assertEquals("", r.out().trim(), "no progress or summary lines: " + r.out());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenImageFiles")
    void aBrokenIdxFileLeavesEarlierResultsInTheSameFolderIntact(String what, byte[] broken, String problem) throws IOException {
        Path images = writeBytes("imgs.idx", goodImages());
        Path file = idxExperiment();
        Path out = dir.resolve("out");
        CliResult good = cli("run", file.toString(), "--out", out.toString());
        assertEquals(0, good.code(), good.err());
        Path results = out.resolve("idx-e2e");
        List<Path> trialsBefore = list(results.resolve("trials"));
        assertEquals(1, trialsBefore.size());
        JsonNode metrics = Json.MAPPER.readTree(trialsBefore.get(0).resolve("metrics.json").toFile());
        assertEquals("done", metrics.get("status").asText());
        assertEquals(List.of("0", "1"), classes(metrics));
        assertEquals(4, confusionTotal(metrics), "20 images, 20% held out for test (stratified: 2 per class)");
        Map<String, byte[]> before = snapshot(out);

        writeBytes("imgs.idx", broken);
        for (String[] extra : List.of(new String[0], new String[] {"--force"})) {
            List<String> args = new ArrayList<>(List.of("run", file.toString(), "--out", out.toString()));
            args.addAll(List.of(extra));
            CliResult r = cli(args.toArray(String[]::new));
            assertEquals(2, r.code(), r.err());
            assertTrue(r.err().contains(images.toAbsolutePath().normalize() + ": " + problem), r.err());
            assertEquals(before.keySet(), snapshot(out).keySet(), "no file added or removed" + (extra.length > 0 ? " with --force" : ""));
            Map<String, byte[]> after = snapshot(out);
            before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name + " is unchanged"));
            assertEquals(trialsBefore, list(results.resolve("trials")), "no trial folder written");
        }
    }

    // ---------------------------------------------------------------- Fashion-MNIST

    /** Class counts of the bundled 1000-image test set (the t10k files of fashion-mnist-small). */
    private static final int[] FASHION_TEST_COUNTS = {107, 105, 111, 93, 115, 87, 97, 95, 95, 95};

    @Test
    void fashionMnistSmallTrainsOnItsSixThousandImagesAndTestsOnItsOwnThousand() throws IOException {
        Path file = TestSupport.write(dir, "fashion.yaml", """
                name: fashion-e2e
                data: {dataset: fashion-mnist-small}
                model: {hidden: [4]}
                training: {optimizer: {type: sgd, learningRate: 0.01}, batchSize: 1000, epochs: 1}
                seeds: [1]
                diagnostics: false
                """);
        Path out = dir.resolve("out");
        CliResult r = cli("run", file.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        Path results = out.resolve("fashion-e2e");
        Path trial = list(results.resolve("trials")).get(0);
        JsonNode m = Json.MAPPER.readTree(trial.resolve("metrics.json").toFile());
        assertEquals("done", m.get("status").asText());
        assertEquals("fashion-mnist-small", m.get("dataset").asText());
        assertFalse(m.get("testOnTrain").asBoolean());
        assertEquals(1, m.get("epochsRun").asInt());
        assertEquals(6, m.get("iterations").asInt(), "6000 training images in batches of 1000: no row held out, none of the test set added");
        JsonNode time = m.get("time");
        assertEquals(6000, time.get("samplesPerSecond").asDouble() * time.get("trainSeconds").asDouble(), 1e-6,
                "samples per second × train seconds = training rows × epochs");
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), classes(m));
        assertEquals(1000, confusionTotal(m), "the test metrics cover the 1000 t10k images");
        assertArrayEquals(FASHION_TEST_COUNTS, confusionRowSums(m), "the t10k images, by true class");

        List<String> csv = TestSupport.lines(results.resolve("trials.csv"));
        List<String> header = List.of(csv.get(0).split(","));
        assertEquals("fashion-mnist-small", csv.get(1).split(",")[header.indexOf("dataset")]);
        String accuracy = csv.get(1).split(",")[header.indexOf("test.accuracy")];
        assertEquals(m.get("metrics").get("test.accuracy").asDouble(), Double.parseDouble(accuracy), 1e-12);
    }

    @Test
    void fullFashionMnistWithoutItsPackageSaysHowToInstallIt() {
        Path installed = Path.of("/usr/share/datasets/fashion-mnist");
        assumeFalse(Stream.of("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz", "t10k-images-idx3-ubyte.gz",
                        "t10k-labels-idx1-ubyte.gz").allMatch(f -> Files.isRegularFile(installed.resolve(f))),
                "the full Fashion-MNIST is installed on this machine");
        Path file = TestSupport.write(dir, "full.yaml", """
                name: fashion-full
                data: {dataset: fashion-mnist}
                model: {hidden: [4]}
                training: {epochs: 1}
                """);
        Path out = dir.resolve("out");
        CliResult r = cli("run", file.toString(), "--out", out.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("arena: " + installed + "/"), r.err());
        assertTrue(r.err().contains("fashion-mnist is not installed"), r.err());
        assertTrue(r.err().contains("apt-get install dataset-fashion-mnist"), r.err());
        assertTrue(r.err().contains("fashion-mnist-small"), "points to the bundled subset: " + r.err());
        assertFalse(Files.exists(out), "nothing written");
    }

    // ---------------------------------------------------------------- early stopping

    /**
     * Plain SGD at lr 3 on iris overshoots within a couple of epochs: the validation loss rises
     * and, with patience 1, training stops at the first epoch that does not improve and puts the
     * previous epoch's weights back. Seed 1's validation loss: 0.598, 0.445, 0.437, then 0.515:
     * it stops after epoch 4 and restores epoch 3.
     */
    @Test
    void earlyStoppingIsRecordedInMetricsEpochsAndLog() throws IOException {
        Path file = TestSupport.write(dir, "stop.yaml", """
                name: stop-e2e
                data: {dataset: iris, split: {test: 0.2, validation: 0.3}}
                model: {hidden: [16]}
                training:
                  optimizer: {type: sgd, learningRate: 3}
                  batchSize: 8
                  epochs: 30
                  earlyStopping: {metric: validation.loss, patience: 1}
                seeds: [1, 2, 3]
                diagnostics: false
                """);
        Path out = dir.resolve("out");
        CliResult r = cli("run", file.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        Path results = out.resolve("stop-e2e");
        List<String> trialsCsv = TestSupport.lines(results.resolve("trials.csv"));
        List<String> header = List.of(trialsCsv.get(0).split(","));
        Map<String, String[]> rows = new HashMap<>();
        trialsCsv.stream().skip(1).forEach(l -> rows.put(l.split(",")[0], l.split(",")));
        List<Path> trials = list(results.resolve("trials"));
        assertEquals(3, trials.size());
        for (Path trial : trials) {
            JsonNode m = Json.MAPPER.readTree(trial.resolve("metrics.json").toFile());
            assertEquals("done", m.get("status").asText(), "stopped early is done, not diverged");
            JsonNode metrics = m.get("metrics");
            int run = m.get("epochsRun").asInt();
            assertTrue(run >= 2 && run < 30, "stopped before the 30 epochs: " + run);
            assertEquals(1.0, metrics.get("epochs.stoppedEarly").asDouble());
            assertEquals(run - 1, metrics.get("epochs.restored").asInt(), "patience 1: the epoch before the last was the best");

            List<String> epochs = TestSupport.lines(trial.resolve("epochs.csv"));
            assertEquals(run + 1, epochs.size(), "a header and one line per epoch trained");
            int lossColumn = List.of(epochs.get(0).split(",")).indexOf("validation.loss");
            assertTrue(lossColumn > 0, epochs.get(0));
            List<Double> loss = epochs.stream().skip(1).map(l -> Double.parseDouble(l.split(",")[lossColumn])).toList();
            for (int e = 1; e < loss.size() - 1; e++) {
                assertTrue(loss.get(e) < loss.get(e - 1), "every epoch but the last improved: " + loss);
            }
            assertTrue(loss.get(run - 1) >= loss.get(run - 2), "the last epoch did not improve: " + loss);
            assertEquals(loss.get(run - 2), metrics.get("validation.loss").asDouble(), 1e-9,
                    "the final metrics are those of the restored weights, not of the last epoch");
            assertEquals(run - 1, metrics.get("epochs.best").asInt());

            String log = read(trial.resolve("log.txt"));
            assertTrue(log.contains("stopped early: validation.loss stopped improving"), log);
            assertTrue(log.contains("restored the weights of epoch " + (run - 1) + " (the best)"), log);

            String[] row = rows.get(trial.getFileName().toString());
            assertEquals(String.valueOf(run), row[header.indexOf("epochsRun")], "trials.csv epochsRun");
            assertEquals(1.0, Double.parseDouble(row[header.indexOf("epochs.stoppedEarly")]));
        }
        Path seed1 = list(results.resolve("trials")).stream()
                .filter(t -> read(t.resolve("config.yaml")).contains("\nseed: 1\n")).findFirst().orElseThrow();
        assertEquals(5, TestSupport.lines(seed1.resolve("epochs.csv")).size(), "seed 1 stops after epoch 4:\n" + read(seed1.resolve("epochs.csv")));
        JsonNode m1 = Json.MAPPER.readTree(seed1.resolve("metrics.json").toFile()).get("metrics");
        assertEquals(3, m1.get("epochs.restored").asInt());
        assertEquals(0.4370351889080982, m1.get("validation.loss").asDouble(), 1e-6, "epoch 3's validation loss");
    }

    // ---------------------------------------------------------------- several data sets

    @Test
    void aDataListGivesOneBlockPerDataSetAndRanksAcrossThem() throws IOException {
        Path file = TestSupport.write(dir, "two.yaml", """
                name: two-sets
                data:
                  - {dataset: iris}
                  - {dataset: wine, split: {test: 0.3}}
                model: {hidden: [8]}
                training: {optimizer: {type: sgd, learningRate: 0.1}, batchSize: 16, epochs: 3}
                seeds: 2
                sweep:
                  model.activation: [sigmoid, relu]
                compare:
                  baseline: sigmoid
                  metrics: [test.accuracy, test.loss]
                diagnostics: false
                """);
        Path out = dir.resolve("out");
        CliResult r = cli("run", file.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        Path results = out.resolve("two-sets");

        List<String> plan = TestSupport.lines(results.resolve("plan.csv"));
        assertEquals(9, plan.size(), "2 activations × 2 data sets × 2 seeds");
        Map<String, Integer> perBlock = new TreeMap<>();
        plan.stream().skip(1).forEach(l -> perBlock.merge(l.split(",")[2], 1, Integer::sum));
        assertEquals(Map.of("data=iris", 4, "data=wine", 4), perBlock);

        // each data set keeps its own split: iris the default 20% (30 of 150), wine its 30% (53 of 178, per class)
        Map<String, Integer> testRows = new TreeMap<>();
        for (Path trial : list(results.resolve("trials"))) {
            JsonNode m = Json.MAPPER.readTree(trial.resolve("metrics.json").toFile());
            Integer previous = testRows.put(m.get("dataset").asText(), confusionTotal(m));
            assertTrue(previous == null || previous == confusionTotal(m));
        }
        assertEquals(Map.of("iris", 30, "wine", 53), testRows);

        String md = read(results.resolve("summary.md"));
        int iris = md.indexOf("## data=iris");
        int wine = md.indexOf("## data=wine");
        int ranks = md.indexOf("## Ranks across 2 blocks");
        assertTrue(iris > 0 && wine > iris && ranks > wine, "a table per data set, then the ranks:\n" + md);
        assertTrue(md.substring(iris, wine).contains("| sigmoid (baseline) | 2 |"), md);
        assertTrue(md.substring(wine, ranks).contains("| relu | 2 |"), md);
        assertTrue(md.substring(ranks).contains("| Friedman p |"), md);
        assertTrue(md.substring(ranks).contains("| Nemenyi CD (α = 0.05) |"), md);

        JsonNode summary = Json.MAPPER.readTree(results.resolve("summary.json").toFile());
        assertEquals(List.of("data"), strings(summary.get("compare").get("across")));
        List<String> blocks = new ArrayList<>();
        Map<String, Map<String, Double>> accuracyMeans = new LinkedHashMap<>();
        for (JsonNode table : summary.get("tables")) {
            blocks.add(table.get("block").asText());
            Map<String, Double> means = new LinkedHashMap<>();
            for (JsonNode row : table.get("rows")) {
                assertEquals(2, row.get("metrics").get("test.accuracy").get("n").asInt());
                means.put(row.get("group").asText(), row.get("metrics").get("test.accuracy").get("mean").asDouble());
            }
            accuracyMeans.put(table.get("block").asText(), means);
        }
        assertEquals(List.of("data=iris", "data=wine"), blocks);

        JsonNode accuracyRanks = null;
        for (JsonNode rank : summary.get("ranks")) {
            if (rank.get("metric").asText().equals("test.accuracy")) {
                accuracyRanks = rank;
            }
        }
        assertTrue(accuracyRanks != null, summary.toPrettyString());
        assertEquals(List.of("data=iris", "data=wine"), strings(accuracyRanks.get("blocks")));
        assertEquals(0, accuracyRanks.get("excluded").size());
        // the average ranks follow from the per-block means (higher accuracy = rank 1, ties share)
        Map<String, Double> expected = new TreeMap<>();
        for (Map<String, Double> means : accuracyMeans.values()) {
            double s = means.get("sigmoid");
            double rl = means.get("relu");
            expected.merge("sigmoid", s > rl ? 1.0 : s < rl ? 2.0 : 1.5, Double::sum);
            expected.merge("relu", rl > s ? 1.0 : rl < s ? 2.0 : 1.5, Double::sum);
        }
        expected.replaceAll((g, sum) -> sum / 2);
        Map<String, Double> reported = new TreeMap<>();
        accuracyRanks.get("averageRanks").fields().forEachRemaining(e -> reported.put(e.getKey(), e.getValue().asDouble()));
        assertEquals(expected, reported);
        assertTrue(accuracyRanks.get("friedmanP").isNumber());
        assertTrue(accuracyRanks.get("criticalDifference").asDouble() > 0);
        assertTrue(Files.isRegularFile(results.resolve("cd-test.accuracy.svg")), "the CD diagram of the primary metric");
    }

    // ---------------------------------------------------------------- helpers

    private static List<Path> list(Path folder) throws IOException {
        try (var s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }

    /** Every regular file under root, by relative path, with its bytes. */
    private static Map<String, byte[]> snapshot(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (var s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }

    private static List<String> classes(JsonNode metrics) {
        return strings(metrics.get("classes"));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static int confusionTotal(JsonNode metrics) {
        return Arrays.stream(confusionRowSums(metrics)).sum();
    }

    private static int[] confusionRowSums(JsonNode metrics) {
        JsonNode cm = metrics.get("confusion");
        int[] sums = new int[cm.size()];
        for (int i = 0; i < cm.size(); i++) {
            for (JsonNode v : cm.get(i)) {
                sums[i] += v.asInt();
            }
        }
        return sums;
    }
}
