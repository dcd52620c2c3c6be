package workbench.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The README's NumPy snippet, run in Java on the arrays inside a model file, gives the test BCE of
 * that run's metrics.json, as the README claims, and NumPy's own numbers for the same model.
 */
class NumpySnippetTest {

    @Test
    void snippetGivesTheTestBceOfTheRunsMetricsJsonToSevenDigits() throws IOException {
        NumpySnippet.Errors e = NumpySnippet.errors(MetricsFixture.model(), MetricsFixture.digitsTestSplit());
        double saved = MetricsFixture.savedTestMetrics().get("bce").asDouble();
        assertEquals(saved, e.bce(), 5e-8, "test BCE of metrics.json");
    }

    @Test
    void snippetMatchesNumpyOnTheSameModel() throws IOException {
        NumpySnippet.Errors e = NumpySnippet.errors(MetricsFixture.model(), MetricsFixture.digitsTestSplit());
        JsonNode numpy = MetricsFixture.numpyTestMetrics();
        // both in double from the same float32 arrays: only the order of the sums differs
        assertEquals(numpy.get("bce").asDouble(), e.bce(), 1e-12, "BCE");
        assertEquals(numpy.get("mse").asDouble(), e.mse(), 1e-12, "MSE");
        assertEquals(numpy.get("mae").asDouble(), e.mae(), 1e-12, "MAE");
    }
}
