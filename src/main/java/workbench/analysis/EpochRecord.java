package workbench.analysis;

/**
 * One epoch of a training history, the unit that loss charts and history CSVs are made of.
 *
 * @param epoch     1-based epoch number
 * @param trainLoss mean training loss over the epoch
 * @param valLoss   validation loss after the epoch, {@code NaN} when no validation set is used
 * @param seconds   wall-clock time the epoch took
 */
public record EpochRecord(int epoch, double trainLoss, double valLoss, double seconds) {

    public boolean hasValidation() {
        return !Double.isNaN(valLoss);
    }
}
