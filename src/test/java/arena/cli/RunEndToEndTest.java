package arena.cli;

import static arena.TestSupport.cli;
import static arena.TestSupport.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import arena.TestSupport;
import arena.TestSupport.CliResult;
import arena.run.Json;

/** The real command line on tiny data: files written, numbers, exit codes, reproducibility. */
class RunEndToEndTest {
    @TempDir
    Path dir;

    private static final String XOR = """
            name: xor-e2e
            data: {dataset: xor, normalize: none}
            model:
              hidden: [4]
              output: {activation: sigmoid, loss: xent}
            training:
              optimizer: {type: sgd, learningRate: 0.5}
              batchSize: full
              epochs: 300
            seeds: [1]
            sweep:
              model.activation: [tanh]
            """;

    private Path xor() {
        return TestSupport.write(dir, "xor.yaml", XOR);
    }

    private static List<Path> trialDirs(Path results) throws IOException {
        try (var s = Files.list(results.resolve("trials"))) {
            return s.sorted().toList();
        }
    }

    @Test
    void tanhLearnsXorAndEveryResultFileIsWritten() throws IOException {
        Path out = dir.resolve("out");
        CliResult r = cli("run", xor().toString(), "--out", out.toString(), "--workers", "1");
        assertEquals(0, r.code(), r.err());
        Path results = out.resolve("xor-e2e");
        assertTrue(r.out().contains("Results: " + results), r.out());
        Path trial = trialDirs(results).get(0);
        JsonNode metrics = Json.MAPPER.readTree(trial.resolve("metrics.json").toFile());
        assertEquals("done", metrics.get("status").asText());
        assertEquals(1.0, metrics.get("metrics").get("train.accuracy").asDouble(), "tanh 2-4-1 separates XOR");
        assertEquals(1.0, metrics.get("metrics").get("test.accuracy").asDouble());
        assertTrue(metrics.get("testOnTrain").asBoolean());
        assertEquals(300, metrics.get("epochsRun").asInt());
        assertEquals(300, metrics.get("iterations").asInt(), "full batch: one step per epoch");
        assertTrue(metrics.get("time").get("trainSeconds").asDouble() > 0);
        List<String> epochs = TestSupport.lines(trial.resolve("epochs.csv"));
        assertTrue(epochs.get(0).startsWith("epoch,train.loss,train.accuracy,diag.gradNorm.layer0,"), epochs.get(0));
        assertEquals(301, epochs.size());
        double first = Double.parseDouble(epochs.get(1).split(",")[1]);
        double last = Double.parseDouble(epochs.get(300).split(",")[1]);
        assertTrue(last < first / 5, "the loss falls: " + first + " -> " + last);
        assertTrue(read(trial.resolve("config.yaml")).contains("activation: tanh"));
        assertTrue(read(trial.resolve("log.txt")).contains("epoch 300"));

        JsonNode manifest = Json.MAPPER.readTree(results.resolve("manifest.json").toFile());
        assertEquals("1", manifest.get("threads").get("OMP_NUM_THREADS").asText());
        assertEquals("1.0.0-M2.1", manifest.get("software").get("dl4j").asText());
        assertEquals(XOR, manifest.get("experiment").get("text").asText());
        assertEquals(1, manifest.get("trials").get("done").asInt());
        assertTrue(manifest.get("endedAt").isTextual());

        List<String> plan = TestSupport.lines(results.resolve("plan.csv"));
        assertEquals("id,group,block,seed,status,model.activation", plan.get(0));
        assertEquals(trial.getFileName() + ",tanh,,1,done,tanh", plan.get(1));
        assertTrue(read(results.resolve("trials.csv")).startsWith("id,group,block,seed,status,model.activation,dataset"));
        String summary = read(results.resolve("summary.md"));
        assertTrue(summary.contains("| tanh | 1 | 1.0000 |"), summary);
        assertTrue(summary.contains("test metrics are measured on the training rows"), summary);
    }

    @Test
    void theSameTrialTwiceGivesBitIdenticalResults() throws IOException {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        String yaml = XOR.replace("[tanh]", "[relu, sigmoid]").replace("epochs: 300", "epochs: 40")
                .replace("batchSize: full", "batchSize: 2");
        Path file = TestSupport.write(dir, "bits.yaml", yaml);
        assertEquals(0, cli("run", file.toString(), "--out", a.toString(), "--workers", "2").code());
        assertEquals(0, cli("run", file.toString(), "--out", b.toString(), "--workers", "1").code());
        List<Path> ta = trialDirs(a.resolve("xor-e2e"));
        List<Path> tb = trialDirs(b.resolve("xor-e2e"));
        assertEquals(ta.stream().map(Path::getFileName).toList(), tb.stream().map(Path::getFileName).toList());
        for (int i = 0; i < ta.size(); i++) {
            assertEquals(read(ta.get(i).resolve("epochs.csv")), read(tb.get(i).resolve("epochs.csv")));
            assertEquals(withoutTime(ta.get(i)), withoutTime(tb.get(i)));
        }
    }

    private static JsonNode withoutTime(Path trial) throws IOException {
        ObjectNode n = (ObjectNode) Json.MAPPER.readTree(trial.resolve("metrics.json").toFile());
        n.remove("time");
        return n;
    }

    @Test
    void aRerunSkipsCompleteTrialsAndForceRerunsThem() throws IOException {
        Path out = dir.resolve("out");
        Path file = xor();
        assertEquals(0, cli("run", file.toString(), "--out", out.toString(), "--set", "training.epochs=5").code());
        Path metrics = trialDirs(out.resolve("xor-e2e")).get(0).resolve("metrics.json");
        var before = Files.getLastModifiedTime(metrics);
        assertEquals(0, cli("run", file.toString(), "--out", out.toString(), "--set", "training.epochs=5").code());
        assertEquals(before, Files.getLastModifiedTime(metrics), "a complete trial is not rerun");
        assertEquals(0, cli("run", file.toString(), "--out", out.toString(), "--set", "training.epochs=5", "--force").code());
        assertFalse(before.equals(Files.getLastModifiedTime(metrics)), "--force reruns it");
    }

    @Test
    void aDivergedTrialIsAResultNotACrash() throws IOException {
        Path file = TestSupport.write(dir, "boom.yaml", """
                name: boom
                data: {dataset: exam, normalize: none}
                model: {hidden: [8], activation: relu}
                training: {optimizer: {type: sgd, learningRate: 1000}, batchSize: full, epochs: 50}
                """);
        Path out = dir.resolve("out");
        CliResult r = cli("run", file.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode m = Json.MAPPER.readTree(trialDirs(out.resolve("boom")).get(0).resolve("metrics.json").toFile());
        assertEquals("diverged", m.get("status").asText());
        assertTrue(m.get("divergedEpoch").asInt() >= 1);
        assertTrue(m.get("metrics").isEmpty());
        String summary = read(out.resolve("boom/summary.md"));
        assertTrue(summary.contains("1 diverged"), summary);
        assertTrue(summary.contains("## Diverged trials"), summary);
    }

    @Test
    void badInputExitsTwoAndTrainsNothing() {
        Path file = TestSupport.write(dir, "bad.yaml", "name: bad\ndata: {dataset: iris}\nmodel: {activation: sigmod}\n");
        Path out = dir.resolve("out");
        CliResult r = cli("run", file.toString(), "--out", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains(file + ":3:21: model.activation: unknown activation 'sigmod' (did you mean 'sigmoid'?)"), r.err());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void badCsvExitsTwoWithRowAndColumn() {
        TestSupport.write(dir, "bad.csv", "a,b,y\n1,2,0\n3,oops,1\n");
        Path file = TestSupport.write(dir, "csv.yaml", "name: csv\ndata: {csv: bad.csv}\n");
        CliResult r = cli("run", file.toString(), "--out", dir.resolve("out").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("bad.csv: row 3, column 2 ('b'): 'oops' is not a number"), r.err());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void badArgumentsExitTwo() {
        assertEquals(2, cli("run").code());
        assertEquals(2, cli("run", xor().toString(), "--set", "nonsense").code());
        assertEquals(2, cli("run", xor().toString(), "--workers", "0").code());
        assertEquals(2, cli("frobnicate").code());
    }
}
