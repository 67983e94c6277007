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
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Main.class.getName());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
        pb.environment().put("OMP_NUM_THREADS", "1");
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
            System.err.println("arena: warning: could not restart with OMP_NUM_THREADS=1 (" + e.getMessage()
                    + "); set it yourself for reproducible thread settings");
            return Main.execute(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args);
        }
    }
}
