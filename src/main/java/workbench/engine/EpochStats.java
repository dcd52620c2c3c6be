package workbench.engine;

/**
 * One finished epoch, as kept in a model's history.
 *
 * @param epoch            counted from 1
 * @param validation       null when there is no validation split
 * @param seconds          time spent training and validating this epoch, pauses excluded
 * @param samplesPerSecond training samples per second of batch work
 */
public record EpochStats(int epoch, LossBreakdown train, LossBreakdown validation, double seconds,
                         double samplesPerSecond, double learningRate) {

    /** The loss that early stopping and schedules watch: validation if there is one, else training. */
    public double monitoredLoss() {
        return validation != null ? validation.objective() : train.objective();
    }
}
