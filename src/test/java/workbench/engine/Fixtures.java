package workbench.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.ejml.data.FMatrixRMaj;

/** Reads the PyTorch fixtures that tools/fixtures/make_fixtures.py wrote into the test resources. */
final class Fixtures {
    private Fixtures() {
    }

    static JsonNode load(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A 2-D array as a matrix; a 1-D array as one row. */
    static FMatrixRMaj matrix(JsonNode node) {
        if (!node.get(0).isArray()) {
            FMatrixRMaj row = new FMatrixRMaj(1, node.size());
            for (int j = 0; j < node.size(); j++) {
                row.data[j] = (float) node.get(j).asDouble();
            }
            return row;
        }
        int rows = node.size();
        int cols = node.get(0).size();
        FMatrixRMaj m = new FMatrixRMaj(rows, cols);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                m.set(r, c, (float) node.get(r).get(c).asDouble());
            }
        }
        return m;
    }

    /** Asserts every entry agrees to a relative tolerance with an absolute floor. */
    static void assertClose(String what, FMatrixRMaj expected, FMatrixRMaj actual, double relative, double absolute) {
        if (expected.numRows != actual.numRows || expected.numCols != actual.numCols) {
            throw new AssertionError(what + ": expected " + expected.numRows + "x" + expected.numCols + " but got "
                    + actual.numRows + "x" + actual.numCols);
        }
        for (int i = 0; i < expected.getNumElements(); i++) {
            double e = expected.data[i];
            double a = actual.data[i];
            if (Math.abs(e - a) > absolute + relative * Math.abs(e)) {
                throw new AssertionError(what + ": entry " + i + " expected " + e + " but got " + a);
            }
        }
    }

    /** Sets a dense model's weights and biases, layer by layer, from a fixture's {@code layers}. */
    static void loadWeights(Autoencoder model, JsonNode layers) {
        List<Parameter> params = model.parameters();
        assertEquals(layers.size() * 2, params.size());
        for (int i = 0; i < layers.size(); i++) {
            params.get(2 * i).value().setTo(matrix(layers.get(i).get("weight")));
            params.get(2 * i + 1).value().setTo(matrix(layers.get(i).get("bias")));
        }
    }

    /** Holds a dense model's weight and bias gradients to a fixture's {@code grads}. */
    static void assertGradients(String what, Autoencoder model, JsonNode grads) {
        List<Parameter> params = model.parameters();
        for (int i = 0; i < grads.size(); i++) {
            assertClose(what + " " + params.get(2 * i).name(), matrix(grads.get(i).get("weight")),
                    params.get(2 * i).gradient(), 1e-4, 1e-6);
            assertClose(what + " " + params.get(2 * i + 1).name(), matrix(grads.get(i).get("bias")),
                    params.get(2 * i + 1).gradient(), 1e-4, 1e-6);
        }
    }

    /**
     * Asserts that every entry's relative error is at most {@code relative}, measured against the
     * larger of the expected value and a thousandth of the matrix's largest: float32 sums that
     * cancel to nearly 0 keep an absolute error of the size of their terms, not of their result.
     */
    static void assertRelative(String what, FMatrixRMaj expected, FMatrixRMaj actual, double relative) {
        assertEquals(expected.numRows, actual.numRows, what + " rows");
        assertEquals(expected.numCols, actual.numCols, what + " columns");
        double largest = 0;
        for (int i = 0; i < expected.getNumElements(); i++) {
            largest = Math.max(largest, Math.abs(expected.data[i]));
        }
        for (int i = 0; i < expected.getNumElements(); i++) {
            double e = expected.data[i];
            double error = Math.abs(actual.data[i] - e) / Math.max(Math.abs(e), 1e-2 * largest);
            if (!(error <= relative)) {
                throw new AssertionError(what + ": entry " + i + " expected " + e + " but got " + actual.data[i]
                        + " (relative error " + error + ", limit " + relative + ")");
            }
        }
    }
}
