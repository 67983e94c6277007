package arena.run;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.nd4j.linalg.factory.Nd4j;

/** Facts about the software and machine a run used, for manifest.json. */
public final class Provenance {
    private Provenance() { }

    public static String arenaVersion() {
        return pomVersion("io.activationarena", "arena", "dev");
    }

    public static Map<String, Object> software() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("arena", arenaVersion());
        m.put("dl4j", pomVersion("org.deeplearning4j", "deeplearning4j-nn", "unknown"));
        m.put("nd4j", pomVersion("org.nd4j", "nd4j-api", "unknown"));
        m.put("datavec", pomVersion("org.datavec", "datavec-api", "unknown"));
        m.put("java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        m.put("backend", Nd4j.getBackend().getClass().getSimpleName());
        Properties env = Nd4j.getExecutioner().getEnvironmentInformation();
        m.put("blas", String.valueOf(env.getOrDefault("blas.vendor", "unknown")));
        m.put("dataType", Nd4j.dataType().toString());
        return m;
    }

    public static Map<String, Object> machine() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        m.put("cpu", cpuModel());
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("maxHeapMB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        return m;
    }

    /** The thread settings that decide speed and bit-identity. */
    public static Map<String, Object> threads(int workers) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("workers", workers);
        String omp = System.getenv("OMP_NUM_THREADS");
        m.put("OMP_NUM_THREADS", omp == null ? "unset" : omp);
        m.put("nd4jMaxThreads", Nd4j.getEnvironment().maxThreads());
        return m;
    }

    public static Object jvmFlags() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments();
    }

    /** The git commit of the folder (and "-dirty" when it has changes), or null outside git. */
    public static String gitCommit(Path folder) {
        if (folder == null || !Files.isDirectory(folder)) {
            return null;
        }
        String commit = git(folder, "rev-parse", "HEAD");
        if (commit == null) {
            return null;
        }
        String status = git(folder, "status", "--porcelain", "--untracked-files=no");
        return status != null && !status.isBlank() ? commit + "-dirty" : commit;
    }

    private static String git(Path folder, String... args) {
        try {
            String[] cmd = new String[args.length + 3];
            cmd[0] = "git";
            cmd[1] = "-C";
            cmd[2] = folder.toString();
            System.arraycopy(args, 0, cmd, 3, args.length);
            Process p = new ProcessBuilder(cmd).redirectErrorStream(false).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            if (!p.waitFor(5, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                return null;
            }
            return out;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: fall through
        }
        return System.getProperty("os.arch");
    }

    private static String pomVersion(String group, String artifact, String fallback) {
        String path = "META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = Provenance.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                return fallback;
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", fallback);
        } catch (IOException e) {
            return fallback;
        }
    }
}
