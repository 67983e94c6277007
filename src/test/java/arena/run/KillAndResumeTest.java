package arena.run;

import static arena.TestSupport.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import arena.TestSupport;

/**
 * The real program in a child JVM, stopped from outside: SIGKILL at a random moment mid-sweep, then
 * the same command resumes and ends with the results of an uninterrupted run; SIGTERM stops cleanly
 * with exit code 130.
 */
class KillAndResumeTest {
    @TempDir
    Path dir;

    private Path experiment() {
        return TestSupport.write(dir, "sweep.yaml", """
                name: sweep
                data: {dataset: digits}
                model: {hidden: [16]}
                training: {optimizer: {type: sgd, learningRate: 0.1}, batchSize: 32, epochs: 6}
                seeds: 3
                sweep:
                  model.activation: [sigmoid, tanh, relu]
                compare: {metrics: [test.accuracy, test.loss]}
                """);
    }

    private Process start(Path file, Path out, Path log, String... extra) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-XX:+UseParallelGC", "-Dorg.bytedeco.javacpp.maxPhysicalBytes=0",
                "-cp", System.getProperty("java.class.path"), "arena.cli.Main", "run", file.toString(), "--out", out.toString(),
                "--workers", "2"));
        cmd.addAll(List.of(extra));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("OMP_NUM_THREADS", "1");
        pb.environment().put("CI", "true");
        return pb.start();
    }

    private static long complete(Path results) throws IOException {
        Path trials = results.resolve("trials");
        if (!Files.isDirectory(trials)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(trials)) {
            return s.filter(t -> Files.exists(t.resolve("metrics.json"))).count();
        }
    }

    private static void waitFor(Path results, long trials, Duration limit) throws Exception {
        long end = System.nanoTime() + limit.toNanos();
        while (complete(results) < trials) {
            assertTrue(System.nanoTime() < end, "no progress within " + limit);
            Thread.sleep(100);
        }
    }

    @Test
    void sigkillMidSweepThenResumeEqualsAnUninterruptedRun() throws Exception {
        Path file = experiment();
        Path killed = dir.resolve("killed");
        Process p = start(file, killed, dir.resolve("killed.log"));
        waitFor(killed.resolve("sweep"), 3, Duration.ofMinutes(3));
        p.destroyForcibly();                         // SIGKILL: no shutdown hook, no cleanup
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        long before = complete(killed.resolve("sweep"));
        assertTrue(before < 9, "killed mid-sweep (" + before + " of 9 complete)");

        var resumed = cli("run", file.toString(), "--out", killed.toString());
        assertEquals(0, resumed.code(), resumed.err());
        Path whole = dir.resolve("whole");
        assertEquals(0, cli("run", file.toString(), "--out", whole.toString()).code());

        List<Path> a = trialDirs(killed.resolve("sweep"));
        List<Path> b = trialDirs(whole.resolve("sweep"));
        assertEquals(b.stream().map(Path::getFileName).toList(), a.stream().map(Path::getFileName).toList(), "no duplicates, none missing");
        for (int i = 0; i < a.size(); i++) {
            assertEquals(withoutTime(b.get(i)), withoutTime(a.get(i)));
            assertEquals(TestSupport.read(b.get(i).resolve("epochs.csv")), TestSupport.read(a.get(i).resolve("epochs.csv")));
            try (Stream<Path> files = Files.list(a.get(i))) {
                assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no half-written file left");
            }
        }
        assertEquals(TestSupport.read(whole.resolve("sweep/summary.md")), TestSupport.read(killed.resolve("sweep/summary.md")));
    }

    @Test
    void sigtermStopsCleanlyWithExit130AndTheRestResumes() throws Exception {
        Path file = experiment();
        Path out = dir.resolve("term");
        Path log = dir.resolve("term.log");
        Process p = start(file, out, log, "--heartbeat", "1");
        waitFor(out.resolve("sweep"), 2, Duration.ofMinutes(3));
        p.destroy();                                 // SIGTERM
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(130, p.exitValue(), TestSupport.read(log));
        String output = TestSupport.read(log);
        assertTrue(output.contains("Interrupted: run the same command again"), output);
        assertTrue(output.contains("trials done after"), "heartbeat lines off a terminal: " + output);
        String plan = TestSupport.read(out.resolve("sweep/plan.csv"));
        assertTrue(plan.contains("pending"), plan);
        assertEquals("", TestSupport.read(out.resolve("sweep/.lock")), "the lock was released");
        assertEquals(0, cli("run", file.toString(), "--out", out.toString()).code());
        assertEquals(9, complete(out.resolve("sweep")));
    }

    private static List<Path> trialDirs(Path results) throws IOException {
        try (Stream<Path> s = Files.list(results.resolve("trials"))) {
            return s.sorted().toList();
        }
    }

    private static ObjectNode withoutTime(Path trial) throws IOException {
        ObjectNode n = (ObjectNode) Json.MAPPER.readTree(trial.resolve("metrics.json").toFile());
        n.remove("time");
        return n;
    }
}
