package arena.train;

import java.util.List;

/**
 * What happened while training: the per-epoch records, whether the loss became NaN/Inf
 * (and in which epoch), and the cost. {@code trainSeconds} counts only the fit calls;
 * {@code evalSeconds} the per-epoch measurements. {@code stoppedEarly}: early stopping ended the run;
 * {@code restoredEpoch}: the epoch whose weights were put back (0: the last epoch's weights stand).
 */
public record TrainingRun(List<EpochRecord> epochs, boolean diverged, Integer divergedEpoch, int epochsRun,
                          long iterations, double trainSeconds, double evalSeconds, boolean cancelled,
                          boolean stoppedEarly, int restoredEpoch) {
    public TrainingRun {
        epochs = List.copyOf(epochs);
    }
}
