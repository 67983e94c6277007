package arena.run;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import arena.spec.Trial;

/**
 * Runs trials on a pool of worker threads in this JVM. A trial that throws is marked failed with
 * its stack trace in error.txt; the others go on.
 */
public final class LocalEngine {
    public static final String FAILED = "failed";
    public static final String PENDING = "pending";

    private final int workers;

    public LocalEngine(int workers) {
        this.workers = workers;
    }

    public int workers() {
        return workers;
    }

    /** Runs the trials; returns each one's status (done, diverged, failed, or pending if cancelled). */
    public Map<String, String> run(List<Trial> trials, TrialRunner runner, ResultsDir dir, RunListener listener) {
        Map<String, String> status = new ConcurrentHashMap<>();
        AtomicInteger counter = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, workers), r -> {
            Thread t = new Thread(r, "trial-worker-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new java.util.ArrayList<>();
            for (Trial t : trials) {
                futures.add(pool.submit(() -> {
                    status.put(t.id(), runOne(t, runner, dir, listener));
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("trial worker crashed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return status;
    }

    private static String runOne(Trial t, TrialRunner runner, ResultsDir dir, RunListener listener) {
        listener.started(t);
        try {
            TrialResult r = runner.run(t);
            String s = r == null ? PENDING : r.status();
            listener.finished(t, s, r, null);
            return s;
        } catch (Exception | OutOfMemoryError | StackOverflowError e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            String message = e.getClass().getSimpleName() + ": " + e.getMessage();
            AtomicFiles.write(dir.error(t.id()), message + "\n\n" + trace);
            listener.finished(t, FAILED, null, message);
            return FAILED;
        }
    }
}
