package workbench.engine;

/**
 * What a trainer reports. Every method is called on the training thread, between batches, so it
 * must be quick; a user interface copies what it needs and hands it to its own thread.
 */
public interface TrainingListener {

    /** @param epoch and batch counted from 1 */
    default void batchEnded(int epoch, int batch, int batchesPerEpoch, LossBreakdown loss, double learningRate) {
    }

    default void epochEnded(EpochStats stats, int totalEpochs, double etaSeconds) {
    }

    /**
     * The moment to look at the live model (codes, reconstructions), at a bounded rate and at
     * every epoch's end. Only here may a listener call the model; copy what it returns.
     */
    default void snapshotDue(Autoencoder model, int epoch, int batch) {
    }

    default void finished(TrainingResult result) {
    }
}
