package arena.run;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/** How to run: output root, workers, whether to rerun complete trials, and the stop signal. */
public record RunOptions(Path out, int workers, boolean force, BooleanSupplier cancelled) {

    public static int defaultWorkers() {
        return Runtime.getRuntime().availableProcessors();
    }
}
