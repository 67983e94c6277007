package arena.cli;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import arena.run.TrialResult;
import arena.spec.Trial;

/** What progress output reports: how many trials are done, which are running and at which epoch. */
final class RunningTrials {
    private final Map<String, String> running = new ConcurrentHashMap<>();
    private final AtomicInteger finished = new AtomicInteger();
    private volatile int total;
    private final long start = System.nanoTime();

    void planned(int toRun) {
        total = toRun;
    }

    int total() {
        return total;
    }

    void started(Trial t) {
        running.put(t.id(), name(t) + " (starting)");
    }

    void epoch(Trial t, int epoch, int epochs) {
        running.put(t.id(), String.format(Locale.ROOT, "%s epoch %d/%d", name(t), epoch, epochs));
    }

    int finished(Trial t) {
        running.remove(t.id());
        return finished.incrementAndGet();
    }

    int done() {
        return finished.get();
    }

    String runningNow() {
        return running.values().stream().sorted().collect(Collectors.joining(", "));
    }

    double elapsedSeconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    static String name(Trial t) {
        return t.group() + (t.block().isEmpty() ? "" : " [" + t.block() + "]") + " seed " + t.seed();
    }

    static String outcome(String status, TrialResult result, String error, String metric) {
        if (result == null) {
            return error != null ? error : "stopped";
        }
        if (result.diverged()) {
            return "loss became NaN/Inf in epoch " + result.divergedEpoch();
        }
        Double v = result.metric(metric);
        return (v == null ? "" : String.format(Locale.ROOT, "%s %.4f · ", metric, v))
                + String.format(Locale.ROOT, "%.1f s", result.time().get("totalSeconds"));
    }
}
