package arena.run;

import arena.spec.Trial;

/** Hears about trials as they start and finish (progress output, build-server heartbeats). */
public interface RunListener {
    RunListener NONE = new RunListener() { };

    default void planned(int total, int alreadyComplete) { }

    default void started(Trial trial) { }

    /** After each completed epoch of a running trial. */
    default void epoch(Trial trial, int epoch, int epochs) { }

    /** {@code result} is null for failed or cancelled trials. */
    default void finished(Trial trial, String status, TrialResult result, String error) { }

    /** The run is over (all trials finished, or it was stopped). */
    default void ended() { }
}
