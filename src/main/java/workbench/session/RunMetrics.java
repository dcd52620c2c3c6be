package workbench.session;

import java.util.Arrays;
import org.ejml.data.FMatrixRMaj;
import workbench.analysis.KnnProbe;
import workbench.analysis.ReconstructionMetrics;
import workbench.engine.Autoencoder;
import workbench.engine.LossBreakdown;

/**
 * How good a trained model is, on the test split: its own loss, the reconstruction errors in the
 * common units, the same errors for PCA with as many components as the code (the linear baseline),
 * and how well a 5-nearest-neighbour classifier on the codes recovers the classes. A run on a
 * handful of rows is measured too: k shrinks to the labelled rows there are, and with fewer than 2
 * training rows there is no PCA baseline (its numbers are NaN, its components 0).
 *
 * @param pcaBaseline    the errors of {@link PcaBaseline} (clipped to the output's range, fitted on at
 *                       most {@value PcaBaseline#MAX_FIT_ROWS} training rows) on the clean test rows
 * @param pcaComponents  components of the baseline (the code size, capped by features and fitted rows)
 * @param pcaTestLoss    the baseline's {@link PcaBaseline#testLoss} in the run's own loss (per sample for
 *                       a VAE, reconstruction only), where the loss figure draws its line; the same
 *                       value the window's "vs PCA" tab finds for the run
 * @param knnAccuracy    NaN when the data has no labels (or its test split none), or when only chosen
 *                       classes trained
 * @param knnNeighbours  the k the accuracy was measured with; 0 when it was not measured
 */
public record RunMetrics(LossBreakdown testLoss, ReconstructionMetrics test, ReconstructionMetrics pcaBaseline,
                         int pcaComponents, double pcaTestLoss, double knnAccuracy, int knnNeighbours,
                         FMatrixRMaj testCodes) {

    /** PCA needs two rows to find a direction. */
    public static final int PCA_MIN_ROWS = 2;

    /** Whether there is a PCA baseline to compare with. */
    public boolean hasPcaBaseline() {
        return pcaComponents > 0;
    }

    public static RunMetrics measure(Autoencoder model, PreparedData data, int epochsTrained) {
        FMatrixRMaj test = data.test().features();
        LossBreakdown loss = model.evaluate(test, Math.max(0, epochsTrained - 1));
        ReconstructionMetrics errors = ReconstructionMetrics.of(test, model.reconstruct(test));
        FMatrixRMaj train = data.train().features();
        PcaBaseline pca = data.train().size() >= PCA_MIN_ROWS ? PcaBaseline.fit(data, model) : null;
        ReconstructionMetrics baseline = pca == null ? new ReconstructionMetrics(Double.NaN, Double.NaN, Double.NaN)
                : ReconstructionMetrics.of(test, pca.reconstruct(test));
        FMatrixRMaj testCodes = model.encode(test);
        double knn = Double.NaN;
        int k = 0;
        // codes of the normal classes alone could only ever vote for a normal class
        boolean testLabelled = Arrays.stream(data.test().labels()).anyMatch(label -> label >= 0);
        if (data.train().hasLabels() && data.normalClasses() == null && testLabelled) {
            k = KnnProbe.neighboursFor(data.train().labels());
            if (k > 0) {
                knn = KnnProbe.accuracy(model.encode(train), data.train().labels(), testCodes, data.test().labels(), k);
            }
        }
        // one more PCA pass over the test split, small beside the fit: the CLI gets the window's line
        return new RunMetrics(loss, errors, baseline, pca == null ? 0 : pca.components(),
                pca == null ? Double.NaN : pca.testLoss(data), knn, k, testCodes);
    }
}
