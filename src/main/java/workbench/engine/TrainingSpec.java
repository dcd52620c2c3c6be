package workbench.engine;

/**
 * How to train: the optimizer and its schedule, batches, epochs, the seed, early stopping.
 *
 * @param validationFraction  share of the training split held out for validation (0 = none)
 * @param seed                seeds shuffling, corruption, dropout and VAE sampling
 * @param patience            early stopping: epochs without improvement before stopping (0 = off)
 * @param minDelta            early stopping: the smallest decrease that counts as improvement
 * @param restoreBest         early stopping: end with the weights of the best epoch
 * @param snapshotMillis      at most one snapshot event per this many milliseconds (0 = only at
 *                            epoch ends)
 */
public record TrainingSpec(OptimizerSpec optimizer, ScheduleSpec schedule, int batchSize, int epochs,
                           double validationFraction, long seed, int patience, double minDelta,
                           boolean restoreBest, long snapshotMillis) {

    public TrainingSpec {
        if (optimizer == null) {
            optimizer = OptimizerSpec.defaults(OptimizerKind.ADAM);
        }
        if (schedule == null) {
            schedule = ScheduleSpec.constant();
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        }
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1, got " + epochs);
        }
        if (!(validationFraction >= 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("validation fraction must be in [0, 1), got " + validationFraction);
        }
        if (patience < 0 || !(minDelta >= 0) || snapshotMillis < 0) {
            throw new IllegalArgumentException("patience, min delta and snapshot interval must be >= 0");
        }
    }

    /** Adam 1e-3, batch 256, the given epochs, 10% validation, no early stopping. */
    public static TrainingSpec defaults(int epochs, long seed) {
        return new TrainingSpec(OptimizerSpec.defaults(OptimizerKind.ADAM), ScheduleSpec.constant(), 256, epochs,
                0.1, seed, 0, 0, true, 0);
    }

    public TrainingSpec withEpochs(int newEpochs) {
        return new TrainingSpec(optimizer, schedule, batchSize, newEpochs, validationFraction, seed, patience,
                minDelta, restoreBest, snapshotMillis);
    }

    public TrainingSpec withBatchSize(int newBatchSize) {
        return new TrainingSpec(optimizer, schedule, newBatchSize, epochs, validationFraction, seed, patience,
                minDelta, restoreBest, snapshotMillis);
    }

    public TrainingSpec withOptimizer(OptimizerSpec newOptimizer) {
        return new TrainingSpec(newOptimizer, schedule, batchSize, epochs, validationFraction, seed, patience,
                minDelta, restoreBest, snapshotMillis);
    }

    public TrainingSpec withValidationFraction(double fraction) {
        return new TrainingSpec(optimizer, schedule, batchSize, epochs, fraction, seed, patience,
                minDelta, restoreBest, snapshotMillis);
    }

    public TrainingSpec withEarlyStopping(int newPatience, double newMinDelta, boolean newRestoreBest) {
        return new TrainingSpec(optimizer, schedule, batchSize, epochs, validationFraction, seed, newPatience,
                newMinDelta, newRestoreBest, snapshotMillis);
    }

    public TrainingSpec withSnapshotMillis(long millis) {
        return new TrainingSpec(optimizer, schedule, batchSize, epochs, validationFraction, seed, patience,
                minDelta, restoreBest, millis);
    }

    public TrainingSpec withSchedule(ScheduleSpec newSchedule) {
        return new TrainingSpec(optimizer, newSchedule, batchSize, epochs, validationFraction, seed, patience,
                minDelta, restoreBest, snapshotMillis);
    }
}
