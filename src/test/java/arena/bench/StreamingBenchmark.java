package arena.bench;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Whether memory stays flat as a streamed CSV grows: each generated file (3 features, binary label)
 * trains one epoch in a child JVM with a fixed small heap, streamed and then loaded whole. Streamed,
 * the same heap suffices at every size; loaded, it runs out. Prints one line per run: exit code
 * (0 done, 3 failed: out of memory), wall time, and the child's peak resident memory (VmHWM).
 *
 * <pre>java -cp target/arena.jar:target/test-classes arena.bench.StreamingBenchmark [heapMB] [rows...]</pre>
 */
public final class StreamingBenchmark {
    public static void main(String[] args) throws Exception {
        int heapMB = args.length > 0 ? Integer.parseInt(args[0]) : 64;
        long[] sizes = args.length <= 1 ? new long[] {100_000, 1_000_000, 3_000_000}
                : java.util.Arrays.stream(args).skip(1).mapToLong(Long::parseLong).toArray();
        Path dir = Files.createTempDirectory("arena-stream-bench");
        System.out.printf("child heap -Xmx%dm, OMP_NUM_THREADS=1%n", heapMB);
        for (long rows : sizes) {
            Path csv = dir.resolve("rows-" + rows + ".csv");
            write(csv, rows);
            for (String mode : new String[] {"true", "false"}) {
                Path yaml = dir.resolve("b-" + mode + ".yaml");
                Files.writeString(yaml, """
                        name: bench
                        data: {csv: %s, stream: %s, split: {test: 0.1, stratify: false}}
                        model: {hidden: [8]}
                        training: {optimizer: {type: sgd, learningRate: 0.05}, batchSize: 500, epochs: 1}
                        diagnostics: false
                        """.formatted(csv.getFileName(), mode));
                List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx" + heapMB + "m", "-XX:+ExitOnOutOfMemoryError", "-Dorg.bytedeco.javacpp.maxPhysicalBytes=0",
                        "-cp", System.getProperty("java.class.path"), "arena.cli.Main", "run", yaml.toString(),
                        "--out", dir.resolve("out-" + rows + "-" + mode).toString(), "--quiet");
                ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                        .redirectOutput(dir.resolve("log-" + rows + "-" + mode + ".txt").toFile());
                pb.environment().put("OMP_NUM_THREADS", "1");
                long t0 = System.nanoTime();
                Process p = pb.start();
                long peakKb = 0;
                while (!p.waitFor(200, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    peakKb = Math.max(peakKb, hwmKb(p.pid()));
                }
                double seconds = (System.nanoTime() - t0) / 1e9;
                System.out.printf(Locale.ROOT, "%,10d rows  %6.1f MB file  stream=%-5s  exit %d  %6.1f s  peak RSS %5d MB%n",
                        rows, Files.size(csv) / 1e6, mode, p.exitValue(), seconds, peakKb >> 10);
            }
        }
    }

    /** The process's peak resident set so far, from /proc (0 where there is none). */
    private static long hwmKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // the process has ended
        }
        return 0;
    }

    private static void write(Path file, long rows) throws java.io.IOException {
        Random r = new Random(rows);
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("x0,x1,noise,y\n");
            for (long i = 0; i < rows; i++) {
                double a = r.nextGaussian(), b = r.nextGaussian(), c = r.nextGaussian() * 10 + 3;
                w.write(String.format(Locale.ROOT, "%.5f,%.5f,%.5f,%d%n", a, b, c, a + b > 0 ? 1 : 0));
            }
        }
    }
}
