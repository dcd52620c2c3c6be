package workbench.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
}
