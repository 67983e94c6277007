package arena.cli;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * ND4J fixes its OpenMP thread count from OMP_NUM_THREADS when it loads; setting it later has no
 * effect. Started without it (a bare {@code java -jar}), the program starts itself again with
 * OMP_NUM_THREADS=1 so that thread settings, and with them bit-identical results, do not depend
 * on how it was launched. Signals reach the child through the shared process group, and a
 * shutdown hook passes SIGTERM on.
 */
final class Relaunch {
    private Relaunch() { }

    static boolean needed() {
        return System.getenv("OMP_NUM_THREADS") == null && System.getProperty("arena.noRelaunch") == null;
    }

    static int withThreadSettings(String[] args) {
        return withThreads(args, "1");
    }

    /**
     * Runs the same command in a new JVM with OMP_NUM_THREADS set, adding the launcher's JVM settings
     * (ParallelGC, no /proc/self/statm reads) unless the user chose others, and returns its exit code.
     */
    static int withThreads(String[] args, String threads) {
        List<String> jvm = new ArrayList<>(ManagementFactory.getRuntimeMXBean().getInputArguments());
        if (jvm.stream().noneMatch(a -> a.startsWith("-XX:+Use") && a.endsWith("GC"))) {
            jvm.add("-XX:+UseParallelGC");
        }
        if (jvm.stream().noneMatch(a -> a.startsWith("-Dorg.bytedeco.javacpp.maxPhysicalBytes"))) {
            jvm.add("-Dorg.bytedeco.javacpp.maxPhysicalBytes=0");
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.addAll(jvm);
        cmd.add("-Darena.noRelaunch=true");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Main.class.getName());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
        pb.environment().put("OMP_NUM_THREADS", threads);
        try {
            Process child = pb.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (child.isAlive()) {
                    child.destroy();
                    try {
                        Runtime.getRuntime().halt(child.waitFor());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }));
            return child.waitFor();
        } catch (Exception e) {
            System.err.println("arena: warning: could not restart with OMP_NUM_THREADS=" + threads + " (" + e.getMessage()
                    + "); set it yourself for reproducible thread settings");
            return Main.execute(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
        }
    }
}
