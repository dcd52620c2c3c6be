package workbench.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The vector ReLU gradient selects exactly what the scalar loop selects, tails and zeros included. */
class VectorReluTest {

    @Test
    void equalsTheScalarSelectBitForBit() {
        Assumptions.assumeTrue(VectorGemm.isAvailable(), "needs --add-modules jdk.incubator.vector");
        Well19937c rng = new Well19937c(8);
        for (int n : new int[] {1, 15, 16, 17, 100, 1031}) {
            float[] x = new float[n];
            float[] g = new float[n];
            for (int i = 0; i < n; i++) {
                x[i] = i % 7 == 0 ? 0f : i % 11 == 0 ? -0f : (float) rng.nextGaussian();
                g[i] = (float) rng.nextGaussian();
            }
            float[] expected = new float[n];
            for (int i = 0; i < n; i++) {
                expected[i] = x[i] > 0 ? g[i] : 0f;
            }
            float[] actual = new float[n + 1];
            actual[n] = 42f;
            VectorRelu.backward(x, g, actual, n);
            assertArrayEquals(expected, java.util.Arrays.copyOf(actual, n), 0f, "n = " + n);
            assertArrayEquals(new float[] {42f}, new float[] {actual[n]}, 0f, "nothing written past n");
        }
    }

    @Test
    void theFusedRowAlsoSumsTheBiasGradientInTheScalarOrderAndPassesNothingAtZero() {
        Assumptions.assumeTrue(VectorGemm.isAvailable(), "needs --add-modules jdk.incubator.vector");
        Well19937c rng = new Well19937c(9);
        int rows = 5;
        for (int cols : new int[] {1, 16, 37}) {
            float[] x = new float[rows * cols];
            float[] g = new float[rows * cols];
            for (int i = 0; i < x.length; i++) {
                // Exact zeros, in the vector part and in the tail: ReLU's gradient at 0 is 0 (PyTorch's).
                x[i] = i % 5 == 0 ? 0f : (float) rng.nextGaussian();
                g[i] = (float) rng.nextGaussian();
            }
            float[] d = new float[x.length];
            float[] bias = new float[cols];
            float[] expectedD = new float[x.length];
            float[] expectedBias = new float[cols];
            for (int r = 0; r < rows; r++) {
                VectorRelu.backwardRow(x, g, d, bias, r * cols, cols);
                for (int j = 0; j < cols; j++) {
                    float v = x[r * cols + j] > 0 ? g[r * cols + j] : 0f;
                    expectedD[r * cols + j] = v;
                    expectedBias[j] += v;
                }
            }
            assertArrayEquals(expectedD, d, 0f, "gradient, " + cols + " columns");
            assertArrayEquals(expectedBias, bias, 0f, "bias gradient, " + cols + " columns");
        }
    }
}
