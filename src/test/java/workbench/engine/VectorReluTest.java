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
}
