package arena.cli;

import java.util.ArrayList;
import java.util.List;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import arena.run.RunListener;
import arena.run.TrialResult;
import arena.spec.Trial;

/**
 * A live progress bar on an interactive terminal (stderr): trials done of total, ETA, and the
 * running trials with their current epoch. Trials that fail or diverge are listed when the bar closes.
 */
final class TerminalProgress implements RunListener {
    private final String experiment;
    private final RunningTrials state = new RunningTrials();
    private final List<String> problems = new ArrayList<>();
    private ProgressBar bar;

    TerminalProgress(String experiment) {
        this.experiment = experiment;
    }

    @Override
    public void planned(int total, int alreadyComplete) {
        state.planned(total - alreadyComplete);
        bar = new ProgressBarBuilder()
                .setTaskName(experiment)
                .setInitialMax(state.total())
                .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .setUpdateIntervalMillis(500)
                .setUnit(" trials", 1)
                .build();
        if (alreadyComplete > 0) {
            bar.setExtraMessage(alreadyComplete + " already complete");
        }
    }

    @Override
    public void started(Trial trial) {
        state.started(trial);
        message();
    }

    @Override
    public void epoch(Trial trial, int epoch, int epochs) {
        state.epoch(trial, epoch, epochs);
        message();
    }

    private void message() {
        if (bar != null) {
            bar.setExtraMessage(state.runningNow());
        }
    }

    @Override
    public synchronized void finished(Trial trial, String status, TrialResult result, String error) {
        state.finished(trial);
        if (!status.equals("done")) {
            problems.add(status + " " + RunningTrials.name(trial) + ": " + RunningTrials.outcome(status, result, error, ""));
        }
        if (bar != null) {
            bar.step();
            message();
        }
    }

    @Override
    public void ended() {
        if (bar != null) {
            bar.setExtraMessage("");
            bar.close();
        }
        problems.forEach(System.err::println);
    }
}
