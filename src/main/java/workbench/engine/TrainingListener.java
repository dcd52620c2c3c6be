package workbench.engine;

import java.util.List;

/**
 * What a trainer reports. Every method is called on the training thread, between batches, so it
 * must be quick; a user interface copies what it needs and hands it to its own thread.
 */
public interface TrainingListener {

    /** @param epoch and batch counted from 1 */
    default void batchEnded(int epoch, int batch, int batchesPerEpoch, LossBreakdown loss, double learningRate) {
    }

    /**
     * A batch's gradients are in its parameters and the optimizer has not stepped yet: the raw
     * gradients, before clipping and regularisation. Called at every batch, so a listener that
     * measures them chooses its own batches; it may read the parameters, never change them.
     */
    default void gradientsComputed(int epoch, int batch, int batchesPerEpoch, List<Parameter> parameters) {
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
