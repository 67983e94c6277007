package arena.run;

import static arena.TestSupport.cli;
import static arena.TestSupport.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import arena.TestSupport;
import arena.TestSupport.CliResult;

/** The run stage through the real CLI: failures, locks, selection, shards, fingerprints, verify. */
class EngineTest {
    @TempDir
    Path dir;

    /** Iris, 2 activations × 2 seeds, a handful of epochs: 4 quick trials, no time metrics in the tables. */
    private Path experiment(String name, String extra) {
        return TestSupport.write(dir, name + ".yaml", """
                name: %s
                data: {dataset: iris}
                model: {hidden: [6]}
                training: {optimizer: {type: sgd, learningRate: 0.1}, batchSize: 16, epochs: 4}
                seeds: 2
                sweep:
                  model.activation: [tanh, relu]
                compare: {baseline: tanh, metrics: [test.accuracy, test.loss]}
                %s
                """.formatted(name, extra));
    }

    private static List<Path> trials(Path results) throws IOException {
        try (Stream<Path> s = Files.list(results.resolve("trials"))) {
            return s.sorted().toList();
        }
    }

    private static ObjectNode withoutTime(Path metrics) throws IOException {
        ObjectNode n = (ObjectNode) Json.MAPPER.readTree(metrics.toFile());
        n.remove("time");
        return n;
    }

    @Test
    void aFailingTrialIsIsolatedAndExitsThree() throws IOException {
        // identity init needs a square layer: 4 inputs -> 4 units works, 4 -> 3 fails when DL4J initialises the network
        Path file = TestSupport.write(dir, "fail.yaml", """
                name: fail
                data: {dataset: iris}
                model: {layers: [{units: 4, weightInit: identity}]}
                training: {epochs: 2}
                sweep:
                  model.layers.0.units: [4, 3]
                """);
        Path out = dir.resolve("out");
        CliResult r = cli("run", file.toString(), "--out", out.toString());
        assertEquals(3, r.code(), r.out() + r.err());
        Path results = out.resolve("fail");
        String plan = read(results.resolve("plan.csv"));
        assertTrue(plan.contains(",4,,1,done,4") || plan.contains("done"), plan);
        assertTrue(plan.contains("failed"), plan);
        Path failed = trials(results).stream().filter(t -> Files.exists(t.resolve("error.txt"))).findFirst().orElseThrow();
        assertTrue(read(failed.resolve("error.txt")).contains("IDENTITY init"), read(failed.resolve("error.txt")));
        assertFalse(Files.exists(failed.resolve("metrics.json")), "a failed trial is not complete: a resume retries it");
        assertTrue(read(results.resolve("summary.md")).contains("## Failed trials"));
        assertTrue(read(results.resolve("junit.xml")).contains("<failure type=\"failed\""));
        assertTrue(r.out().contains("1 trial(s) failed"), r.out());
    }

    @Test
    void aSecondRunOnTheSameFolderIsRefusedWhileTheFirstHoldsTheLock() {
        Path out = dir.resolve("out");
        try (ResultsLock held = ResultsLock.acquire(out.resolve("locked"), "test")) {
            CliResult r = cli("run", experiment("locked", "").toString(), "--out", out.toString());
            assertEquals(2, r.code());
            assertTrue(r.err().contains("is in use by another run (pid " + ProcessHandle.current().pid()), r.err());
        }
        assertEquals(0, cli("run", experiment("locked", "").toString(), "--out", out.toString()).code(), "free again after release");
    }

    @Test
    void aStaleLockFromADeadProcessIsTakenOver() throws IOException {
        Path out = dir.resolve("out");
        TestSupport.write(out, "stale/.lock", "pid 999999 on gone-host, arena run stale since 2020-01-01T00:00:00Z");
        assertEquals(0, cli("run", experiment("stale", "").toString(), "--out", out.toString()).code());
        assertEquals("", read(out.resolve("stale/.lock")), "released and emptied at the end");
    }

    @Test
    void onlyTrialsAndDryRunSelectWithoutTraining() {
        Path file = experiment("select", "");
        CliResult dry = cli("run", file.toString(), "--out", dir.resolve("out").toString(), "--only", "group=relu", "--dry-run");
        assertEquals(0, dry.code(), dry.err());
        assertTrue(dry.out().startsWith("select: 2 trials = 1 group × 1 block × 2 seeds\n  of 4 planned; selected: group=relu"), dry.out());
        assertFalse(Files.exists(dir.resolve("out")), "a dry run writes nothing");
        String id = dry.out().lines().filter(l -> l.matches("  [0-9a-f]{12}  1 .*")).findFirst().orElseThrow().trim().substring(0, 12);
        CliResult one = cli("run", file.toString(), "--out", dir.resolve("out").toString(), "--trials", id);
        assertEquals(0, one.code(), one.err());
        assertEquals(2, TestSupport.lines(dir.resolve("out/select/plan.csv")).size(), "the plan is the selection");
        assertEquals(2, cli("run", file.toString(), "--only", "group=elu").code());
        assertEquals(2, cli("run", file.toString(), "--only", "colour=red").code());
        assertEquals(2, cli("run", file.toString(), "--trials", "deadbeef0000").code());
        assertEquals(2, cli("run", file.toString(), "--shard", "3/2").code());
        assertEquals(2, cli("run", file.toString(), "--shard", "half").code());
    }

    @Test
    void shardsMergeIntoTheSameReportsAsAnUnshardedRun() throws IOException {
        Path file = experiment("sharded", "");
        Path whole = dir.resolve("whole");
        assertEquals(0, cli("run", file.toString(), "--out", whole.toString()).code());
        CliResult s1 = cli("run", file.toString(), "--out", dir.resolve("s1").toString(), "--shard", "1/2");
        CliResult s2 = cli("run", file.toString(), "--out", dir.resolve("s2").toString(), "--shard", "2/2");
        assertEquals(0, s1.code(), s1.err());
        assertEquals(0, s2.code(), s2.err());
        assertEquals(2, trials(dir.resolve("s1/sharded")).size(), "balanced: 2 of 4 trials each");
        assertEquals(2, trials(dir.resolve("s2/sharded")).size());
        CliResult merged = cli("merge", dir.resolve("s1/sharded").toString(), dir.resolve("s2/sharded").toString(),
                "--out", dir.resolve("merged").toString());
        assertEquals(0, merged.code(), merged.err());
        Path m = dir.resolve("merged/sharded");
        for (String f : List.of("summary.md", "summary.csv", "summary.json", "plan.csv")) {
            assertEquals(read(whole.resolve("sharded/" + f)), read(m.resolve(f)), f);
        }
        for (Path t : trials(whole.resolve("sharded"))) {
            assertEquals(withoutTime(t.resolve("metrics.json")), withoutTime(m.resolve("trials").resolve(t.getFileName()).resolve("metrics.json")));
        }
        JsonNode manifest = Json.MAPPER.readTree(m.resolve("manifest.json").toFile());
        assertEquals(2, manifest.get("mergedFrom").size());
        CliResult missing = cli("merge", dir.resolve("s1/sharded").toString(), "--out", dir.resolve("m2").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("missing shard 2/2"), missing.err());
    }

    @Test
    void aChangedDataFileMakesCompleteTrialsRerun() throws IOException {
        Path csv = TestSupport.write(dir, "points.csv", "a,b,y\n0,0,0\n0,1,1\n1,0,1\n1,1,0\n0,0.1,0\n0.9,1,0\n");
        Path file = TestSupport.write(dir, "fp.yaml", """
                name: fp
                data: {csv: points.csv, split: {test: 0}}
                model: {hidden: [4], activation: tanh}
                training: {epochs: 3, batchSize: full}
                """);
        Path out = dir.resolve("out");
        assertEquals(0, cli("run", file.toString(), "--out", out.toString()).code());
        Path metrics = trials(out.resolve("fp")).get(0).resolve("metrics.json");
        String before = Json.MAPPER.readTree(metrics.toFile()).get("fingerprint").get("data").asText();
        Files.writeString(csv, "a,b,y\n0,0,0\n0,1,1\n1,0,1\n1,1,0\n0,0.2,0\n0.9,1,0\n");
        assertEquals(0, cli("run", file.toString(), "--out", out.toString()).code());
        String after = Json.MAPPER.readTree(metrics.toFile()).get("fingerprint").get("data").asText();
        assertNotEquals(before, after, "the trial was rerun on the new data, not kept");
    }

    @Test
    void threadsRestartsTheJvmWithThatManyNd4jThreads() throws IOException {
        Path out = dir.resolve("out");
        CliResult r = cli("run", experiment("threads", "").toString(), "--out", out.toString(), "--threads", "2", "--workers", "1", "-q");
        assertEquals(0, r.code(), r.err());
        JsonNode threads = Json.MAPPER.readTree(out.resolve("threads/manifest.json").toFile()).get("threads");
        assertEquals("2", threads.get("OMP_NUM_THREADS").asText());
        assertEquals(2, threads.get("nd4jMaxThreads").asInt(), "ND4J itself runs with 2 threads");
    }

    @Test
    void runWithABaselineGatesTheResultsInOneStep() {
        Path file = experiment("gated", "");
        assertEquals(0, cli("run", file.toString(), "--out", dir.resolve("old").toString()).code());
        CliResult r = cli("run", file.toString(), "--out", dir.resolve("new").toString(), "--baseline", dir.resolve("old").toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(Files.isRegularFile(dir.resolve("new/gated/regression.md")), "same results: no regression, but the table is written");
        assertTrue(read(dir.resolve("new/gated/junit.xml")).contains("gated.regression"));
        CliResult again = cli("run", file.toString(), "--out", dir.resolve("new").toString());
        assertEquals(0, again.code());
        assertFalse(Files.exists(dir.resolve("new/gated/regression.json")), "a run without --baseline drops the stale verdict");
    }

    @Test
    void verifyReproducesAndCatchesATamperedResult() throws IOException {
        Path out = dir.resolve("out");
        assertEquals(0, cli("run", experiment("verified", "").toString(), "--out", out.toString()).code());
        CliResult ok = cli("verify", out.resolve("verified").toString(), "--trials", "2");
        assertEquals(0, ok.code(), ok.out() + ok.err());
        assertEquals(2, ok.out().lines().filter(l -> l.endsWith("identical")).count(), ok.out());
        for (Path t : trials(out.resolve("verified"))) {
            ObjectNode n = (ObjectNode) Json.MAPPER.readTree(t.resolve("metrics.json").toFile());
            ((ObjectNode) n.get("metrics")).put("test.loss", 0.123);
            Files.writeString(t.resolve("metrics.json"), Json.write(n));
        }
        CliResult bad = cli("verify", out.resolve("verified").toString(), "--trials", "1");
        assertEquals(1, bad.code(), bad.out());
        assertTrue(bad.out().contains("DIFFERENT: metrics.json metrics differs (test.loss: 0.123"), bad.out());
    }
}
