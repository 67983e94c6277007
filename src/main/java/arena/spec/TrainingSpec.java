package arena.spec;

import java.util.Map;

/** How the network is trained: update rule, batch size, epochs, weight penalties. */
public record TrainingSpec(OptimizerSpec optimizer, BatchSize batchSize, int epochs, double l1, double l2) {
    public static final BatchSize DEFAULT_BATCH = new BatchSize(32);
    public static final int DEFAULT_EPOCHS = 30;
    public static final int MAX_EPOCHS = 100_000;

    static TrainingSpec read(Section s) {
        s.hint("learningRate", "the learning rate belongs to the optimizer: training.optimizer.learningRate");
        s.hint("lr", "the learning rate belongs to the optimizer: training.optimizer.learningRate");
        s.notYetSupported("earlyStopping", "training.earlyStopping");
        s.notYetSupported("schedule", "training.schedule (learning-rate schedules)");
        OptimizerSpec optimizer = s.value("optimizer", OptimizerSpec.DEFAULT, OptimizerSpec::read);
        BatchSize batch = s.value("batchSize", DEFAULT_BATCH, BatchSize::read);
        int epochs = s.integer("epochs", DEFAULT_EPOCHS, 1, MAX_EPOCHS);
        double l1 = s.number("l1", 0.0, 0.0, false, Double.MAX_VALUE);
        double l2 = s.number("l2", 0.0, 0.0, false, Double.MAX_VALUE);
        s.finish();
        return new TrainingSpec(optimizer, batch, epochs, l1, l2);
    }

    Map<String, Object> toMap(boolean canonical) {
        Canon c = new Canon(canonical);
        c.put("optimizer", optimizer.toMap(canonical));
        c.put("batchSize", batchSize.canonical(), DEFAULT_BATCH.canonical());
        c.put("epochs", epochs, DEFAULT_EPOCHS);
        c.put("l1", l1, 0.0);
        c.put("l2", l2, 0.0);
        return c.map();
    }
}
