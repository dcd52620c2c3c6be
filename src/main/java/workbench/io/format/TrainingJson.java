package workbench.io.format;

import workbench.engine.TrainingSpec;

/** How to train, the {@code "training"} of both files (see {@link TrainingSpec}). */
public record TrainingJson(OptimizerJson optimizer, ScheduleJson schedule, int batchSize, int epochs,
                           double validationFraction, long seed, int patience, double minDelta, boolean restoreBest,
                           long snapshotMillis) {

    public static TrainingJson fromSpec(TrainingSpec t) {
        return t == null ? null : new TrainingJson(OptimizerJson.fromSpec(t.optimizer()),
                ScheduleJson.fromSpec(t.schedule()), t.batchSize(), t.epochs(), t.validationFraction(), t.seed(),
                t.patience(), t.minDelta(), t.restoreBest(), t.snapshotMillis());
    }

    public TrainingSpec toSpec() {
        return new TrainingSpec(OptimizerJson.toSpec(optimizer), ScheduleJson.toSpec(schedule), batchSize, epochs,
                validationFraction, seed, patience, minDelta, restoreBest, snapshotMillis);
    }
}
