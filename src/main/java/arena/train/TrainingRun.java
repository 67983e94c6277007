package arena.train;

import java.util.List;

/**
 * What happened while training: the per-epoch records, whether the loss became NaN/Inf
 * (and in which epoch), and the cost. {@code trainSeconds} counts only the fit calls;
 * {@code evalSeconds} the per-epoch measurements.
 */
public record TrainingRun(List<EpochRecord> epochs, boolean diverged, Integer divergedEpoch, int epochsRun,
                          long iterations, double trainSeconds, double evalSeconds, boolean cancelled) {
    public TrainingRun {
        epochs = List.copyOf(epochs);
    }
}
