package workbench.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
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

    /** A saved model, its data and its metrics as {@code evaluate} measures them: no validation carve. */
    private record Evaluated(PreparedData data, RunMetrics metrics) {
        static Evaluated of(Path modelFile) throws IOException {
            ModelFile.Loaded loaded = ModelFile.load(modelFile);
            DataSplit split = new DatasetRegistry().load(loaded.metadata().dataset());
            PreparedData data = DataPreparation.prepare(split, loaded.normalization().kind(), 0, 1,
                    loaded.normalization());
            return new Evaluated(data, RunMetrics.measure(loaded.model(), data, loaded.metadata().history().size()));
        }
    }

    @Test
    void testMetricsOfASavedModelMatchNumpy() throws IOException {
        Evaluated e = Evaluated.of(MetricsFixture.model());
        assertEquals(359, e.data().test().size(), "the whole test file of digits-8x8");
        JsonNode numpy = MetricsFixture.numpyTestMetrics();
        // the engine runs in float32, NumPy in float64
        assertErrors("test", numpy, e.metrics().test(), 1e-6);
        // nothing is near the clip here, so the loss (BCE from the logits) is the same number
        double bce = numpy.get("bce").asDouble();
        assertEquals(bce, e.metrics().testLoss().objective(), 1e-6 * bce, "test loss");
    }

    @Test
    void pcaBaselineOfASavedModelMatchesNumpy() throws IOException {
        Evaluated e = Evaluated.of(MetricsFixture.model());
        JsonNode pca = MetricsFixture.numpyPcaBaseline();
        assertEquals(pca.get("components").asInt(), e.metrics().pcaComponents());
        assertEquals(pca.get("fit_rows").asInt(), e.data().train().size(), "fitted on every training row");
        // the fit is in double, the projection in float
        assertErrors("PCA", pca, e.metrics().pcaBaseline(), 1e-5);
    }

    /** BCE, MSE and MAE each within {@code relative} of the fixture's. */
    private static void assertErrors(String what, JsonNode expected, ReconstructionMetrics actual, double relative) {
        double[] got = {actual.bce(), actual.mse(), actual.mae()};
        String[] keys = {"bce", "mse", "mae"};
        for (int i = 0; i < keys.length; i++) {
            double want = expected.get(keys[i]).asDouble();
            assertEquals(want, got[i], relative * want, what + " " + keys[i]);
        }
    }
}
