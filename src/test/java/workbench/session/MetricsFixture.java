package workbench.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import org.ejml.data.FMatrixRMaj;
import workbench.data.DatasetRegistry;

/**
 * The saved model of the metric fixtures (src/test/resources/fixtures/metrics_model.npz, trained
 * by the command line: {@code train --dataset digits-8x8 --layers 8 --latent 2 --epochs 1 --lr 0.01}),
 * the metrics.json of that run, and metrics_numpy.json, its test metrics as NumPy computed them
 * (tools/fixtures/make_metrics_fixture.py).
 */
public final class MetricsFixture {
    private MetricsFixture() {
    }

    public static Path model() {
        return resource("metrics_model.npz");
    }

    /** The {@code test} object of the run's metrics.json. */
    public static JsonNode savedTestMetrics() throws IOException {
        return json("metrics_model.metrics.json").get("test");
    }

    /** The {@code test} object of metrics_numpy.json. */
    public static JsonNode numpyTestMetrics() throws IOException {
        return json("metrics_numpy.json").get("test");
    }

    /** The {@code pca_baseline} object of metrics_numpy.json: components, fit_rows, bce, mse, mae. */
    public static JsonNode numpyPcaBaseline() throws IOException {
        return json("metrics_numpy.json").get("pca_baseline");
    }

    /** The test split the model is scored on: digits-8x8's own test file. */
    public static FMatrixRMaj digitsTestSplit() throws IOException {
        return new DatasetRegistry().load("digits-8x8").test().features();
    }

    private static JsonNode json(String name) throws IOException {
        try (InputStream in = MetricsFixture.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return new ObjectMapper().readTree(in);
        }
    }

    private static Path resource(String name) {
        URL url = MetricsFixture.class.getResource("/fixtures/" + name);
        if (url == null) {
            throw new IllegalStateException("missing fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
