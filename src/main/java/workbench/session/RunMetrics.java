package workbench.session;

import org.ejml.data.FMatrixRMaj;
import workbench.analysis.KnnProbe;
import workbench.analysis.Pca;
import workbench.analysis.ReconstructionMetrics;
import workbench.engine.Autoencoder;
import workbench.engine.LossBreakdown;

/**
 * How good a trained model is, on the test split: its own loss, the reconstruction errors in the
 * common units, the same errors for PCA with as many components as the code (the linear baseline),
 * and how well a 5-nearest-neighbour classifier on the codes recovers the classes.
 *
 * @param pcaComponents  components of the baseline (the latent size, capped by the data's rank)
 * @param knnAccuracy    NaN when the data has no labels
 */
public record RunMetrics(LossBreakdown testLoss, ReconstructionMetrics test, ReconstructionMetrics pcaBaseline,
                         int pcaComponents, double knnAccuracy, FMatrixRMaj testCodes) {

    public static RunMetrics measure(Autoencoder model, PreparedData data, int epochsTrained) {
        FMatrixRMaj test = data.test().features();
        LossBreakdown loss = model.evaluate(test, Math.max(0, epochsTrained - 1));
        ReconstructionMetrics errors = ReconstructionMetrics.of(test, model.reconstruct(test));
        FMatrixRMaj train = data.train().features();
        Pca pca = Pca.fit(train);
        int k = Math.min(model.codeSize(), pca.maxComponents());
        ReconstructionMetrics baseline = ReconstructionMetrics.of(test, pca.reconstruct(test, k));
        FMatrixRMaj testCodes = model.encode(test);
        double knn = Double.NaN;
        if (data.train().hasLabels()) {
            knn = KnnProbe.accuracy(model.encode(train), data.train().labels(), testCodes, data.test().labels());
        }
        return new RunMetrics(loss, errors, baseline, k, knn, testCodes);
    }
}
