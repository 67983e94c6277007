package arena.run;

import arena.spec.Variant;

/**
 * The size of one variant's training job, per seed: rows, parameters, batch and epochs; enough
 * for a rough time estimate before anything runs.
 */
public record Workload(Variant variant, int trainRows, long params, int batch, int epochs) {
    /**
     * Calibrated on the digits and XOR examples (2-core x86-64, 2 workers, one ND4J thread each):
     * a cost per step (per-op overhead dominates small networks) and per multiply-add.
     */
    static final double STEP_SECONDS = 4e-3;
    static final double MAC_SECONDS = 1.5e-9;

    public long stepsPerSeed() {
        return (long) epochs * ((trainRows + batch - 1) / batch);
    }

    /** Forward + backward is about 3 multiply-adds per parameter per row. */
    public double seconds() {
        return stepsPerSeed() * STEP_SECONDS + 3.0 * params * trainRows * epochs * MAC_SECONDS;
    }
}
