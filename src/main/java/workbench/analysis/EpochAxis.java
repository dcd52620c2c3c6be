package workbench.analysis;

/**
 * Where an epoch's losses sit along a loss chart's epoch axis, where epoch {@code e} (counted
 * from 1) spans [e - 1, e]: a training mean is gathered over the whole epoch, so it sits at the
 * epoch's middle; a validation loss is measured once the epoch is over, so it sits at its end.
 * The live chart, the static figure and the crossing with a reference all place points by it.
 */
public final class EpochAxis {
    private EpochAxis() {
    }

    /** The middle of epoch {@code epoch}: where a mean over its batches belongs. */
    public static double trainingMean(int epoch) {
        return epoch - 0.5;
    }

    /** The end of epoch {@code epoch}: where a loss measured after it belongs. */
    public static double validation(int epoch) {
        return epoch;
    }
}
