package arena.data;

import static arena.TestSupport.cli;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import arena.TestSupport;
import arena.TestSupport.CliResult;
import arena.data.StreamedSplit.Part;
import arena.eval.Evaluator;
import arena.eval.SplitAccumulator;
import arena.eval.SplitEvaluation;
import arena.model.NetworkFactory;
import arena.model.NetworkInput;
import arena.model.OutputEncoding;
import arena.spec.ExperimentSpec;
import arena.spec.Normalization;
import arena.spec.Task;
import arena.spec.Trial;

/**
 * Large CSVs read as they are used: the split agrees with itself on every pass, scaling matches the
 * in-memory scaler on the same rows, each epoch sees every training row once, measuring batch by
 * batch gives the numbers measuring the whole split gives, bad cells are reported with row and
 * column, and a million-row file trains in a heap not much larger than the file.
 */
class StreamingTest {
    @TempDir
    Path dir;

    /** y = 1 when x0 + x1 > 0, plus a noise column; {@code rows} rows with a header. */
    private Path csv(String name, int rows, long seed) throws IOException {
        Path file = dir.resolve(name);
        Random r = new Random(seed);
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("x0,x1,noise,y\n");
            for (int i = 0; i < rows; i++) {
                double a = r.nextGaussian(), b = r.nextGaussian(), c = r.nextGaussian() * 10 + 3;
                w.write(String.format(Locale.ROOT, "%.5f,%.5f,%.5f,%d%n", a, b, c, a + b > 0 ? 1 : 0));
            }
        }
        return file;
    }

    private static StreamedCsv scan(Path file, Task task) {
        return StreamedCsv.scan("t", file, true, ',', null, null, task);
    }

    private ExperimentSpec spec(Path file, String extra) {
        return TestSupport.parse(dir, """
                name: s
                data: {csv: %s, stream: true, split: {test: 0.2, validation: 0.1}%s}
                model: {hidden: [8]}
                training: {optimizer: {type: sgd, learningRate: 0.1}, batchSize: 50, epochs: 2}
                """.formatted(file.toAbsolutePath(), extra));
    }

    @Test
    void scanCountsRowsFindsClassesAndHashesTheBytes() throws IOException {
        Path file = csv("a.csv", 500, 1);
        StreamedCsv s = scan(file, Task.CLASSIFICATION);
        assertEquals(500, s.rows());
        assertEquals(3, s.columns());
        assertEquals(List.of("0", "1"), s.classNames());
        assertEquals(List.of("x0", "x1", "noise"), s.featureNames());
        assertEquals(sha(file), s.sha256());
    }

    private static String sha(Path file) throws IOException {
        return DataSources.sha256(Files.readAllBytes(file));
    }

    @Test
    void theSplitIsSeededStableAndNearItsFractions() throws IOException {
        StreamedCsv s = scan(csv("a.csv", 20_000, 2), Task.CLASSIFICATION);
        Trial t = spec(dir.resolve("a.csv"), "").trials().get(0);
        StreamedSplit a = StreamedSplit.prepare(s, t.config().data(), 7);
        StreamedSplit b = StreamedSplit.prepare(s, t.config().data(), 7);
        StreamedSplit c = StreamedSplit.prepare(s, t.config().data(), 8);
        int differ = 0;
        for (long row = 0; row < 20_000; row++) {
            assertEquals(a.partOf(row), b.partOf(row));
            differ += a.partOf(row) != c.partOf(row) ? 1 : 0;
        }
        assertTrue(differ > 4000, "another seed, another split: " + differ);
        assertEquals(20_000, a.rows(Part.TRAIN) + a.rows(Part.VALIDATION) + a.rows(Part.TEST));
        // binomial(20000, 0.2): sd 57, so 4 sd is about 230
        assertEquals(4000, a.rows(Part.TEST), 230);
        assertEquals(2000, a.rows(Part.VALIDATION), 170);
    }

    @Test
    void scalingMatchesTheInMemoryScalerOnTheSameTrainingRows() throws IOException {
        Path file = csv("a.csv", 3000, 3);
        StreamedCsv s = scan(file, Task.CLASSIFICATION);
        Trial t = spec(file, "").trials().get(0);
        StreamedSplit split = StreamedSplit.prepare(s, t.config().data(), 11);
        List<double[]> trainRows = new ArrayList<>();
        try (StreamedCsv.Cursor c = s.open()) {
            while (c.next()) {
                if (split.partOf(c.index()) == Part.TRAIN) {
                    trainRows.add(c.features().clone());
                }
            }
        }
        INDArray raw = Nd4j.createFromArray(trainRows.toArray(new double[0][])).castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT);
        FeatureScaler scaler = FeatureScaler.fit(raw, Normalization.STANDARDIZE);
        INDArray expected = scaler.apply(raw);
        INDArray streamed;
        try (StreamedSplit.Batches batches = split.batches(EnumSet.of(Part.TRAIN), trainRows.size())) {
            streamed = batches.next().features();
            assertFalse(batches.hasNext());
        }
        assertEquals(trainRows.size(), streamed.rows());
        assertTrue(expected.equalsWithEps(streamed, 1e-4), "streamed rows are scaled as in memory");
    }

    @Test
    void everyEpochSeesEveryTrainingRowOnceInASeededOrder() throws IOException {
        // more rows than the shuffle buffer, so rows pass through it
        Path file = dir.resolve("ids.csv");
        int n = StreamedSplit.SHUFFLE_BUFFER * 2 + 123;
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("id,y\n");
            for (int i = 0; i < n; i++) {
                w.write(i + "," + (i % 2) + "\n");
            }
        }
        StreamedCsv s = scan(file, Task.CLASSIFICATION);
        Trial t = TestSupport.parse(dir, """
                name: s
                data: {csv: %s, stream: true, normalize: none, split: {test: 0.2}}
                """.formatted(file.toAbsolutePath())).trials().get(0);
        StreamedSplit split = StreamedSplit.prepare(s, t.config().data(), 5);
        long[] epoch1 = ids(split, 1);
        long[] epoch1Again = ids(StreamedSplit.prepare(s, t.config().data(), 5), 1);
        long[] epoch2 = ids(split, 2);
        assertArrayEquals(epoch1, epoch1Again, "same seed, same order");
        assertFalse(java.util.Arrays.equals(epoch1, epoch2), "a new order each epoch");
        long[] sorted1 = epoch1.clone();
        long[] sorted2 = epoch2.clone();
        java.util.Arrays.sort(sorted1);
        java.util.Arrays.sort(sorted2);
        assertArrayEquals(sorted1, sorted2);
        long[] expected = java.util.stream.LongStream.range(0, n).filter(i -> split.partOf(i) == Part.TRAIN).toArray();
        assertArrayEquals(expected, sorted1, "each training row exactly once, no test row");
        assertNotEquals(expected[0], epoch1[0], "shuffled, not in file order");
    }

    private static long[] ids(StreamedSplit split, int epoch) {
        List<Long> out = new ArrayList<>();
        try (StreamedSplit.Batches b = split.trainingBatches(64, epoch)) {
            while (b.hasNext()) {
                StreamedSplit.Batch batch = b.next();
                assertTrue(batch.rows() <= 64);
                for (double v : batch.features().toDoubleVector()) {
                    out.add(Math.round(v));
                }
            }
        }
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    @Test
    void measuringBatchByBatchGivesTheWholeSplitsNumbers() throws IOException {
        Path file = csv("a.csv", 2000, 4);
        Trial t = spec(file, "").trials().get(0);
        LoadedData whole = DataSources.read(t.config().data().source(), Task.CLASSIFICATION);
        OutputEncoding enc = OutputEncoding.of(t.config().model().output(), Task.CLASSIFICATION, 2);
        MultiLayerNetwork net = NetworkFactory.build(t.config().model(), t.config().training(), NetworkInput.flat(3), enc, 1);
        DataPart all = new DataPart(whole.features(), whole.classes(), null);
        Evaluator evaluator = new Evaluator(enc);
        SplitEvaluation expected = evaluator.evaluate(net, all, evaluator.targets(all), true);
        SplitAccumulator acc = new SplitAccumulator(enc, true);
        for (int start = 0; start < 2000; start += 300) {
            int end = Math.min(2000, start + 300);
            int[] rows = java.util.stream.IntStream.range(start, end).toArray();
            acc.add(net, whole.features().getRows(rows), java.util.Arrays.copyOfRange(whole.classes(), start, end), null);
        }
        SplitEvaluation got = acc.result();
        assertEquals(expected.metrics().keySet(), got.metrics().keySet());
        expected.metrics().forEach((k, v) -> assertEquals(v, got.metrics().get(k), 1e-6, k));
        assertArrayEquals(expected.confusion(), got.confusion());
    }

    @Test
    void regressionMetricsAccumulateExactlyToo() throws IOException {
        Path file = csv("a.csv", 1000, 5);
        Trial t = TestSupport.parse(dir, """
                name: s
                data: {csv: %s, label: noise, task: regression}
                model: {hidden: [4]}
                """.formatted(file.toAbsolutePath())).trials().get(0);
        LoadedData whole = DataSources.read(t.config().data().source(), Task.REGRESSION);
        OutputEncoding enc = OutputEncoding.of(t.config().model().output(), Task.REGRESSION, 0);
        MultiLayerNetwork net = NetworkFactory.build(t.config().model(), t.config().training(), NetworkInput.flat(3), enc, 1);
        DataPart all = new DataPart(whole.features(), null, whole.targets());
        Evaluator evaluator = new Evaluator(enc);
        SplitEvaluation expected = evaluator.evaluate(net, all, evaluator.targets(all), true);
        SplitAccumulator acc = new SplitAccumulator(enc, true);
        double[] y = whole.targets().castTo(org.nd4j.linalg.api.buffer.DataType.DOUBLE).toDoubleVector();
        for (int start = 0; start < 1000; start += 128) {
            int end = Math.min(1000, start + 128);
            int[] rows = java.util.stream.IntStream.range(start, end).toArray();
            acc.add(net, whole.features().getRows(rows), null, java.util.Arrays.copyOfRange(y, start, end));
        }
        expected.metrics().forEach((k, v) -> assertEquals(v, acc.result().metrics().get(k), 1e-6 * Math.max(1, Math.abs(v)), k));
    }

    @Test
    void aBadCellIsReportedWithItsRowAndColumnBeforeAnythingTrains() throws IOException {
        Path file = csv("bad.csv", 300, 6);
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.set(250, lines.get(250).replaceFirst("^[^,]*", "oops"));
        Files.write(file, lines);
        Path yaml = TestSupport.write(dir, "bad.yaml", """
                name: bad
                data: {csv: bad.csv, stream: true}
                training: {epochs: 1}
                """);
        CliResult r = cli("run", yaml.toString(), "--out", dir.resolve("out").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("bad.csv") && r.err().contains("row 251, column 1 ('x0')") && r.err().contains("'oops' is not a number"),
                r.err());
        assertFalse(Files.exists(dir.resolve("out/bad/trials")), "nothing trained");
    }

    @Test
    void aFileAboveTheThresholdStreamsAndTrainsAsExpected() throws IOException {
        csv("auto.csv", 4000, 7);
        Path yaml = TestSupport.write(dir, "auto.yaml", """
                name: auto
                data: {csv: auto.csv, streamAboveMB: 0.05, split: {test: 0.25}}
                model: {hidden: [8]}
                training: {optimizer: {type: sgd, learningRate: 0.1}, batchSize: 32, epochs: 5}
                seeds: 2
                """);
        CliResult r = cli("run", yaml.toString(), "--out", dir.resolve("out").toString());
        assertEquals(0, r.code(), r.err());
        String config = TestSupport.read(dir.resolve("out/auto/trials.csv"));
        assertTrue(config.contains("test.accuracy"), config);
        String summary = TestSupport.read(dir.resolve("out/auto/summary.json"));
        // a linear boundary: the MLP should find it
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"test.accuracy\"\\s*:\\s*\\{[^}]*\"mean\"\\s*:\\s*([0-9.]+)").matcher(summary);
        assertTrue(m.find(), summary);
        assertTrue(Double.parseDouble(m.group(1)) > 0.95, "test accuracy " + m.group(1));
        try (var trials = Files.list(dir.resolve("out/auto/trials"))) {
            Path one = trials.findFirst().orElseThrow();
            assertTrue(TestSupport.read(one.resolve("config.yaml")).contains("streamAboveMB: 0.05"));
        }
    }

    @Test
    void streamingSettingsAreCheckedWithTheirPositions() throws IOException {
        csv("x.csv", 50, 8);
        String[][] cases = {
            {"data: {csv: x.csv, stream: maybe}", "expected auto, true or false"},
            {"data: {dataset: iris, stream: true}", "only for 'csv:' sources"},
            {"data: {csv: x.csv, stream: true, split: {stratify: true}}", "never stratified"},
            {"data: {csv: x.csv, stream: true}\ntraining: {batchSize: full}", "full-batch training needs every row in memory"},
            {"data: {csv: x.csv, stream: true, imageShape: [1, 3]}", "not for a streamed CSV"},
            {"data: {csv: x.csv, streamAboveMB: -1}", "streamAboveMB"},
        };
        for (String[] c : cases) {
            Path yaml = TestSupport.write(dir, "e.yaml", "name: e\n" + c[0] + "\n");
            CliResult r = cli("run", yaml.toString(), "--dry-run");
            assertEquals(2, r.code(), c[0] + "\n" + r.err());
            assertTrue(r.err().contains(c[1]) && r.err().contains("e.yaml:"), c[0] + "\n" + r.err());
        }
    }

    /**
     * The check: a generated 1,000,000-row CSV (about 28 MB) trains in a child JVM whose heap
     * is capped at 64 MB, about twice the file and far below the ~1 GB its cells take as objects
     * when loaded whole. A run that held the file would die of OutOfMemoryError.
     */
    @Test
    void aMillionRowCsvTrainsInAHeapAboutTwiceTheFile() throws Exception {
        Path file = csv("million.csv", 1_000_000, 9);
        long size = Files.size(file);
        Path yaml = TestSupport.write(dir, "million.yaml", """
                name: million
                data: {csv: million.csv, streamAboveMB: 10, split: {test: 0.1}}
                model: {hidden: [8]}
                training: {optimizer: {type: sgd, learningRate: 0.05}, batchSize: 500, epochs: 1}
                diagnostics: false
                """);
        Path log = dir.resolve("child.log");
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-XX:+ExitOnOutOfMemoryError", "-Dorg.bytedeco.javacpp.maxPhysicalBytes=0",
                "-cp", System.getProperty("java.class.path"), "arena.cli.Main", "run", yaml.toString(),
                "--out", dir.resolve("out").toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("OMP_NUM_THREADS", "1");
        pb.environment().put("CI", "true");
        int code = pb.start().waitFor();
        String out = Files.readString(log);
        assertEquals(0, code, "file " + size / 1_000_000 + " MB, heap 64 MB:\n" + out);
        assertTrue(size > 25_000_000, "the file is larger than a third of the heap: " + size);
        String metrics;
        try (var trials = Files.list(dir.resolve("out/million/trials"))) {
            metrics = TestSupport.read(trials.findFirst().orElseThrow().resolve("metrics.json"));
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"test.accuracy\"\\s*:\\s*([0-9.]+)").matcher(metrics);
        assertTrue(m.find(), metrics);
        assertTrue(Double.parseDouble(m.group(1)) > 0.98, metrics);
        java.util.regex.Matcher it = java.util.regex.Pattern.compile("\"iterations\"\\s*:\\s*([0-9]+)").matcher(metrics);
        assertTrue(it.find(), metrics);
        assertEquals(1800, Integer.parseInt(it.group(1)), 30, "about 900,000 training rows in batches of 500");
    }
}
