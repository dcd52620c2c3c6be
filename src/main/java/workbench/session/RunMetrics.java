package workbench.session;

import org.ejml.data.FMatrixRMaj;
import workbench.analysis.KnnProbe;
import workbench.analysis.ReconstructionMetrics;
import workbench.engine.Autoencoder;
import workbench.engine.LossBreakdown;

/**
 * How good a trained model is, on the test split: its own loss, the reconstruction errors in the
 * common units, the same errors for PCA with as many components as the code (the linear baseline),
 * and how well a 5-nearest-neighbour classifier on the codes recovers the classes.
 *
 * @param pcaBaseline    the errors of {@link PcaBaseline} (clipped to the output's range, fitted on at
 *                       most {@value PcaBaseline#MAX_FIT_ROWS} training rows) on the clean test rows
 * @param pcaComponents  components of the baseline (the code size, capped by features and fitted rows)
 * @param pcaTestLoss    the baseline's {@link PcaBaseline#testLoss} in the run's own loss (per sample for
 *                       a VAE, reconstruction only), where the loss figure draws its line; the same
 *                       value the window's "vs PCA" tab finds for the run
 * @param knnAccuracy    NaN when the data has no labels, or when only chosen classes trained
 */
public record RunMetrics(LossBreakdown testLoss, ReconstructionMetrics test, ReconstructionMetrics pcaBaseline,
                         int pcaComponents, double pcaTestLoss, double knnAccuracy, FMatrixRMaj testCodes) {

    public static RunMetrics measure(Autoencoder model, PreparedData data, int epochsTrained) {
        FMatrixRMaj test = data.test().features();
        LossBreakdown loss = model.evaluate(test, Math.max(0, epochsTrained - 1));
        ReconstructionMetrics errors = ReconstructionMetrics.of(test, model.reconstruct(test));
        FMatrixRMaj train = data.train().features();
        PcaBaseline pca = PcaBaseline.fit(data, model);
        ReconstructionMetrics baseline = ReconstructionMetrics.of(test, pca.reconstruct(test));
        FMatrixRMaj testCodes = model.encode(test);
        double knn = Double.NaN;
        // codes of the normal classes alone could only ever vote for a normal class
        if (data.train().hasLabels() && data.normalClasses() == null) {
            knn = KnnProbe.accuracy(model.encode(train), data.train().labels(), testCodes, data.test().labels());
        }
        // one more PCA pass over the test split, small beside the fit: the CLI gets the window's line
        return new RunMetrics(loss, errors, baseline, pca.components(), pca.testLoss(data), knn, testCodes);
    }
}
