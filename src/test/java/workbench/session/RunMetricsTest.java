package workbench.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import workbench.analysis.ReconstructionMetrics;
import workbench.data.DataSplit;
import workbench.data.DatasetRegistry;
import workbench.io.ModelFile;

/**
 * The reconstruction errors of metrics.json and evaluate: per-element means, BCE clipped to
 * [1e-7, 1 - 1e-7], against values worked out by hand on a 2 x 3 batch (where dividing by the rows
 * instead of the elements would be off by 3) and against NumPy's numbers for a saved model.
 */
class RunMetricsTest {

    @Test
    void errorsAreMeansOverEveryElementWithTheBceClipped() {
        FMatrixRMaj original = new FMatrixRMaj(2, 3, true, 0f, 1f, 0.5f, 0.25f, 0f, 1f);
        FMatrixRMaj reconstruction = new FMatrixRMaj(2, 3, true, 0.5f, 0.75f, 0.5f, 0.25f, 1f, 0.5f);
        ReconstructionMetrics m = ReconstructionMetrics.of(original, reconstruction);
        // differences 0.5, -0.25, 0 and 0, 1, -0.5
        assertEquals((0.25 + 0.0625 + 1 + 0.25) / 6, m.mse(), 1e-15, "MSE");
        assertEquals((0.5 + 0.25 + 1 + 0.5) / 6, m.mae(), 1e-15, "MAE");
        double ln2 = Math.log(2);
        // per element: ln 2, -ln 0.75, ln 2; -(0.25 ln 0.25 + 0.75 ln 0.75); target 0 at 1, clipped to
        // 1 - 1e-7, costs -ln(1e-7); ln 2
        double bce = (3 * ln2 - Math.log(0.75) - 0.25 * Math.log(0.25) - 0.75 * Math.log(0.75) - Math.log(1e-7)) / 6;
        assertEquals(bce, m.bce(), 1e-8, "BCE");
    }

    /** The saved model's metrics as {@code evaluate} measures them: no validation carve, every training row. */
    private static RunMetrics measureAsEvaluateDoes(ModelFile.Loaded loaded, PreparedData data) {
        return RunMetrics.measure(loaded.model(), data, loaded.metadata().history().size());
    }

    private static PreparedData dataOf(ModelFile.Loaded loaded) throws IOException {
        DataSplit split = new DatasetRegistry().load(loaded.metadata().dataset());
        return DataPreparation.prepare(split, loaded.normalization().kind(), 0, 1, loaded.normalization());
    }

    @Test
    void testMetricsOfASavedModelMatchNumpy() throws IOException {
        ModelFile.Loaded loaded = ModelFile.load(MetricsFixture.model());
        PreparedData data = dataOf(loaded);
        RunMetrics m = measureAsEvaluateDoes(loaded, data);
        JsonNode numpy = MetricsFixture.numpyTestMetrics();
        assertEquals(359, data.test().size(), "the whole test file of digits-8x8");
        assertRelative(numpy.get("bce").asDouble(), m.test().bce(), "BCE");
        assertRelative(numpy.get("mse").asDouble(), m.test().mse(), "MSE");
        assertRelative(numpy.get("mae").asDouble(), m.test().mae(), "MAE");
        // nothing is near the clip here, so the loss (BCE from the logits) is the same number
        assertRelative(numpy.get("bce").asDouble(), m.testLoss().objective(), "test loss");
    }

    @Test
    void pcaBaselineOfASavedModelMatchesNumpy() throws IOException {
        ModelFile.Loaded loaded = ModelFile.load(MetricsFixture.model());
        PreparedData data = dataOf(loaded);
        RunMetrics m = measureAsEvaluateDoes(loaded, data);
        JsonNode pca = MetricsFixture.numpyPcaBaseline();
        assertEquals(pca.get("components").asInt(), m.pcaComponents());
        assertEquals(pca.get("fit_rows").asInt(), data.train().size(), "fitted on every training row");
        // the fit is in double, the projection in float
        assertEquals(pca.get("bce").asDouble(), m.pcaBaseline().bce(), 1e-5 * pca.get("bce").asDouble(), "PCA BCE");
        assertEquals(pca.get("mse").asDouble(), m.pcaBaseline().mse(), 1e-5 * pca.get("mse").asDouble(), "PCA MSE");
        assertEquals(pca.get("mae").asDouble(), m.pcaBaseline().mae(), 1e-5 * pca.get("mae").asDouble(), "PCA MAE");
    }

    /** The engine runs in float32, NumPy in float64: a relative 1e-6 over 22,976 values. */
    private static void assertRelative(double expected, double actual, String what) {
        assertEquals(expected, actual, 1e-6 * Math.abs(expected), what);
    }
}
