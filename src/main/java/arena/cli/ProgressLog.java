package arena.cli;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import arena.run.RunListener;
import arena.run.TrialResult;
import arena.spec.Trial;

/** One plain log line per finished trial, for terminals and build-server logs alike. */
final class ProgressLog implements RunListener {
    private static final Logger LOG = LoggerFactory.getLogger("arena");
    private final String experiment;
    private final String metric;
    private final AtomicInteger finished = new AtomicInteger();
    private volatile int total;
    private final long start = System.nanoTime();

    ProgressLog(String experiment, String metric) {
        this.experiment = experiment;
        this.metric = metric;
    }

    @Override
    public void planned(int total, int alreadyComplete) {
        this.total = total - alreadyComplete;
        if (alreadyComplete > 0) {
            LOG.info("{}: {} of {} trials already complete (use --force to rerun them)", experiment, alreadyComplete, total);
        }
        LOG.info("{}: running {} trials", experiment, this.total);
    }

    @Override
    public void finished(Trial trial, String status, TrialResult result, String error) {
        int n = finished.incrementAndGet();
        String what = trial.group() + (trial.block().isEmpty() ? "" : " [" + trial.block() + "]") + " seed " + trial.seed();
        String detail;
        if (result == null) {
            detail = error != null ? error : "stopped";
        } else if (result.diverged()) {
            detail = "loss became NaN/Inf in epoch " + result.divergedEpoch();
        } else {
            Double v = result.metric(metric);
            detail = (v == null ? "" : String.format(Locale.ROOT, "%s %.4f · ", metric, v))
                    + String.format(Locale.ROOT, "%.1f s", result.time().get("totalSeconds"));
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        LOG.info(String.format(Locale.ROOT, "[%d/%d] %-8s %s · %s (elapsed %.0f s)", n, total, status, what, detail, elapsed));
    }
}
