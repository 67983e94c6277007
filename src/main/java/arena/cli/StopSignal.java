package arena.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Ctrl-C and SIGTERM: the JVM's shutdown hook asks running trials to stop at the next epoch,
 * waits while the command writes what is complete (plan, manifest, reports), then exits 130.
 * Trials stopped half-way write no metrics.json, so a resume reruns them.
 */
public final class StopSignal {
    private static final AtomicBoolean REQUESTED = new AtomicBoolean();
    private static final CountDownLatch FINISHED = new CountDownLatch(1);
    private static final long GRACE_SECONDS = 120;

    private StopSignal() { }

    static void installHook() {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (FINISHED.getCount() == 0) {
                return;
            }
            REQUESTED.set(true);
            try {
                FINISHED.await(GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Runtime.getRuntime().halt(ExitCodes.INTERRUPTED);
        }, "arena-stop"));
    }

    /** The command has written everything it will write. */
    static void finished() {
        FINISHED.countDown();
    }

    public static boolean requested() {
        return REQUESTED.get();
    }

    /** For tests: simulate (or clear) a stop request. */
    public static void request(boolean value) {
        REQUESTED.set(value);
    }
}
