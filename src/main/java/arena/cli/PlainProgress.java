package arena.cli;

import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import arena.run.RunListener;
import arena.run.TrialResult;
import arena.spec.Trial;

/**
 * Progress for build servers and pipes: one log line per finished trial, a heartbeat every so often
 * naming the running trials and their epochs (so a quiet log is not mistaken for a hang), and with
 * --verbose a line per epoch.
 */
final class PlainProgress implements RunListener {
    private static final Logger LOG = LoggerFactory.getLogger("arena");
    private final String experiment;
    private final String metric;
    private final boolean verbose;
    private final long heartbeatSeconds;
    private final RunningTrials state = new RunningTrials();
    private ScheduledExecutorService heartbeat;

    PlainProgress(String experiment, String metric, boolean verbose, long heartbeatSeconds) {
        this.experiment = experiment;
        this.metric = metric;
        this.verbose = verbose;
        this.heartbeatSeconds = heartbeatSeconds;
    }

    @Override
    public void planned(int total, int alreadyComplete) {
        state.planned(total - alreadyComplete);
        if (alreadyComplete > 0) {
            LOG.info("{}: {} of {} trials already complete (use --force to rerun them)", experiment, alreadyComplete, total);
        }
        LOG.info("{}: running {} trials", experiment, state.total());
        if (heartbeatSeconds > 0 && state.total() > 0) {
            heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "arena-heartbeat");
                t.setDaemon(true);
                return t;
            });
            heartbeat.scheduleAtFixedRate(this::beat, heartbeatSeconds, heartbeatSeconds, TimeUnit.SECONDS);
        }
    }

    private void beat() {
        LOG.info(String.format(Locale.ROOT, "%s: %d/%d trials done after %.0f s; running: %s", experiment, state.done(), state.total(),
                state.elapsedSeconds(), state.runningNow().isEmpty() ? "none" : state.runningNow()));
    }

    @Override
    public void started(Trial trial) {
        state.started(trial);
    }

    @Override
    public void epoch(Trial trial, int epoch, int epochs) {
        state.epoch(trial, epoch, epochs);
        if (verbose) {
            LOG.info("{} · epoch {}/{}", RunningTrials.name(trial), epoch, epochs);
        }
    }

    @Override
    public void finished(Trial trial, String status, TrialResult result, String error) {
        int n = state.finished(trial);
        LOG.info(String.format(Locale.ROOT, "[%d/%d] %-8s %s · %s (elapsed %.0f s)", n, state.total(), status, RunningTrials.name(trial),
                RunningTrials.outcome(status, result, error, metric), state.elapsedSeconds()));
    }

    @Override
    public void ended() {
        if (heartbeat != null) {
            heartbeat.shutdownNow();
        }
    }
}
