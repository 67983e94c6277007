package arena.bench;

import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

import arena.cli.Main;

/**
 * Peak heap and wall time of one training epoch on generated CSVs of growing size, streamed and
 * (where it fits) loaded whole. Streamed, the peak should stay flat as the rows grow; loaded, it
 * grows with them. Prints one line per run.
 *
 * <pre>java -Xmx2g -cp target/arena.jar:target/test-classes arena.bench.StreamingBenchmark [rows...]</pre>
 */
public final class StreamingBenchmark {
    public static void main(String[] args) throws Exception {
        long[] sizes = args.length == 0 ? new long[] {100_000, 300_000, 1_000_000}
                : java.util.Arrays.stream(args).mapToLong(Long::parseLong).toArray();
        Path dir = Files.createTempDirectory("arena-stream-bench");
        System.out.printf("max heap %d MB%n", Runtime.getRuntime().maxMemory() >> 20);
        for (long rows : sizes) {
            Path csv = dir.resolve("rows-" + rows + ".csv");
            write(csv, rows);
            for (String mode : new String[] {"true", "false"}) {
                Path yaml = dir.resolve("b.yaml");
                Files.writeString(yaml, """
                        name: bench
                        data: {csv: %s, stream: %s, split: {test: 0.1, stratify: false}}
                        model: {hidden: [8]}
                        training: {optimizer: {type: sgd, learningRate: 0.05}, batchSize: 500, epochs: 1}
                        diagnostics: false
                        """.formatted(csv.getFileName(), mode));
                System.gc();
                ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
                long t0 = System.nanoTime();
                java.io.PrintWriter sink = new java.io.PrintWriter(java.io.OutputStream.nullOutputStream());
                int code = Main.execute(sink, new java.io.PrintWriter(System.err, true), "run", yaml.toString(),
                        "--out", dir.resolve("out-" + rows + "-" + mode).toString(), "--quiet");
                double seconds = (System.nanoTime() - t0) / 1e9;
                long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
                System.out.printf(Locale.ROOT, "%,10d rows  %5.1f MB file  stream=%-5s  exit %d  %6.1f s  peak heap %5d MB%n",
                        rows, Files.size(csv) / 1e6, mode, code, seconds, peak >> 20);
            }
        }
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
