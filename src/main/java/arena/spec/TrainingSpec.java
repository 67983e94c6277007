package arena.spec;

import java.util.Map;

/**
 * How the network is trained: update rule, batch size, epochs, weight penalties, and optionally a
 * learning-rate schedule and early stopping (null when not given).
 */
public record TrainingSpec(OptimizerSpec optimizer, BatchSize batchSize, int epochs, double l1, double l2,
                           ScheduleSpec schedule, EarlyStoppingSpec earlyStopping) {
    public static final BatchSize DEFAULT_BATCH = new BatchSize(32);
    public static final int DEFAULT_EPOCHS = 30;
    public static final int MAX_EPOCHS = 100_000;

    static TrainingSpec read(Section s, DataSpec data) {
        s.hint("learningRate", "the learning rate belongs to the optimizer: training.optimizer.learningRate");
        s.hint("lr", "the learning rate belongs to the optimizer: training.optimizer.learningRate");
        OptimizerSpec optimizer = s.value("optimizer", OptimizerSpec.DEFAULT, OptimizerSpec::read);
        BatchSize batch = s.value("batchSize", DEFAULT_BATCH, BatchSize::read);
        if (batch.full() && data.source() instanceof DataSource.Csv csv && csv.streams()) {
            throw new SpecException(s.keyPos("batchSize"), s.key("batchSize"), "full-batch training needs every row in memory, "
                    + "and " + csv.path() + " is streamed (over " + csv.streamAboveMB() + " MB, or data.stream: true); "
                    + "give a mini-batch size");
        }
        int epochs = s.integer("epochs", DEFAULT_EPOCHS, 1, MAX_EPOCHS);
        double l1 = s.number("l1", 0.0, 0.0, false, Double.MAX_VALUE);
        double l2 = s.number("l2", 0.0, 0.0, false, Double.MAX_VALUE);
        ScheduleSpec schedule = s.value("schedule", null, ScheduleSpec::read);
        if (schedule != null && optimizer.kind() == OptimizerSpec.Kind.ADADELTA) {
            throw new SpecException(s.keyPos("schedule"), s.key("schedule"), "adadelta has no learning rate to schedule");
        }
        if (schedule != null && schedule.type().equals("cosine") && schedule.min() >= optimizer.param("learningRate")) {
            throw new SpecException(s.keyPos("schedule"), s.key("schedule"), "cosine anneals down to min: min (" + schedule.min()
                    + ") must be below the learning rate (" + optimizer.param("learningRate") + ")");
        }
        EarlyStoppingSpec stopping = s.value("earlyStopping", null, EarlyStoppingSpec::read);
        if (stopping != null && stopping.metric().startsWith("validation.") && data.split().validation() == 0) {
            throw new SpecException(s.keyPos("earlyStopping"), s.key("earlyStopping"), "early stopping on " + stopping.metric()
                    + " needs a validation split: set data.split.validation (e.g. 0.2), or stop on a train.* metric");
        }
        if (stopping != null && !TargetSpec.taskMetric(stopping.metric(), data.task())) {
            throw new SpecException(s.keyPos("earlyStopping"), s.key("earlyStopping"), stopping.metric() + " is not measured for "
                    + data.task().label() + "; use loss" + (data.task() == Task.CLASSIFICATION ? " or accuracy" : ", rmse or r2"));
        }
        s.finish();
        return new TrainingSpec(optimizer, batch, epochs, l1, l2, schedule, stopping);
    }

    Map<String, Object> toMap(boolean canonical) {
        Canon c = new Canon(canonical);
        c.put("optimizer", optimizer.toMap(canonical));
        c.put("batchSize", batchSize.canonical(), DEFAULT_BATCH.canonical());
        c.put("epochs", epochs, DEFAULT_EPOCHS);
        c.put("l1", l1, 0.0);
        c.put("l2", l2, 0.0);
        c.put("schedule", schedule == null ? null : schedule.toMap());
        c.put("earlyStopping", earlyStopping == null ? null : earlyStopping.toMap(canonical));
        return c.map();
    }
}
