package workbench.analysis;

import java.util.List;
import workbench.engine.EpochStats;
import workbench.engine.LossBreakdown;

/**
 * The first epoch whose loss is below a reference value, such as the PCA baseline's: the moment
 * the autoencoder overtakes it. Validation losses are used when the epochs have them, since a
 * baseline scored on held-out rows should be compared with held-out rows; training losses
 * otherwise. The one rule for the live loss chart, the exported figure and the "vs PCA" tab.
 *
 * <p>Only reconstruction terms are compared: a baseline has no KL or sparsity penalty, so the
 * objective would hold the network to a stricter bar than the baseline. That is the per-element
 * mean, or for a variational model the per-sample sum the reference is then given in.
 *
 * @param epoch counted from 1
 * @param x     where that epoch's point sits on the loss chart (see {@link EpochAxis}): a
 *              validation loss at the epoch's end, a training epoch mean at its middle
 */
public record ReferenceCrossing(int epoch, double x, boolean validation) {

    /** The first crossing, or null when no epoch is below {@code reference} (or it is not finite). */
    public static ReferenceCrossing find(List<EpochStats> epochs, double reference, boolean variational) {
        if (!Double.isFinite(reference)) {
            return null;
        }
        boolean useValidation = epochs.stream().anyMatch(e -> e.validation() != null);
        for (EpochStats e : epochs) {
            LossBreakdown loss = useValidation ? e.validation() : e.train();
            if (loss == null) {
                continue;
            }
            double value = variational ? loss.reconstructionSum() : loss.reconstructionMean();
            if (value < reference) {
                double x = useValidation ? EpochAxis.validation(e.epoch()) : EpochAxis.trainingMean(e.epoch());
                return new ReferenceCrossing(e.epoch(), x, useValidation);
            }
        }
        return null;
    }
}
