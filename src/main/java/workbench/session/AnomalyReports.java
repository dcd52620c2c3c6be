package workbench.session;

import org.ejml.data.FMatrixRMaj;
import workbench.analysis.AnomalyReport;
import workbench.analysis.AnomalyScores;
import workbench.analysis.ReconstructionErrors;
import workbench.engine.Autoencoder;

/**
 * A model trained on chosen normal classes, scored on the whole test split: each sample's
 * reconstruction error in the model's own loss is its anomaly score. The window and the command
 * line both start here, so the AUC a screen shows is the one metrics.json holds.
 */
public final class AnomalyReports {

    private AnomalyReports() {
    }

    /**
     * Reconstructs the test split: call where the model is not being trained (see
     * {@link ModelHost#query}).
     *
     * @throws IllegalArgumentException when the data was prepared without normal classes, or its
     *                                  test split lacks normal or anomalous samples, or the model's
     *                                  output is not finite
     */
    public static AnomalyReport of(Autoencoder model, PreparedData data, int worstCount) {
        if (data.normalClasses() == null) {
            throw new IllegalArgumentException("this run trained on every class, so nothing in its test split is an"
                    + " anomaly; choose the normal classes to train on first");
        }
        FMatrixRMaj test = data.test().features();
        FMatrixRMaj rebuilt = model.reconstruct(test);
        double[] errors = ReconstructionErrors.perSample(model.spec().loss(), test, rebuilt);
        AnomalyScores scores = AnomalyScores.of(errors, data.test().labels(), data.normalClasses());
        return AnomalyReport.of(scores, data.classNames(), data.sampleShape(),
                model.spec().loss().displayName() + " per value", test, rebuilt, worstCount);
    }
}
