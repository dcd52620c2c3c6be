package workbench.engine;

/**
 * A look at the model at each epoch's end, before the trainer takes that epoch's weights as sound:
 * a check that finds the run cannot go on (a dead network) ends it as a NaN loss does, the weights
 * put back to the end of the last sound epoch. Called on the training thread, between batches, so
 * it may run the model outside training (as validation does), but must not train it.
 */
@FunctionalInterface
public interface EpochCheck {

    /**
     * @param stats the epoch just ended, not yet in the history
     * @return null to go on, or why the run must end: what was seen, why it matters and what to try
     */
    String failure(Autoencoder model, EpochStats stats);
}
