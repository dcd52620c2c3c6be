package workbench.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The vector loss gives the same bits before and after the JIT compiles it. The Vector API's own
 * exponential and logarithm do not: interpreted they compute each lane in Java, compiled they call
 * a short-vector math library that rounds differently, so a seeded run repeated in a warmer JVM
 * drifted in the last bits.
 */
class VectorBceDeterminismTest {

    @Test
    void coldAndCompiledCallsAgreeBitForBit() {
        Assumptions.assumeTrue(VectorGemm.isAvailable(), "needs --add-modules jdk.incubator.vector");
        int n = 4099;
        float[] z = new float[n];
        float[] t = new float[n];
        org.apache.commons.math3.random.Well19937c rng = new org.apache.commons.math3.random.Well19937c(5);
        for (int i = 0; i < n; i++) {
            z[i] = (float) (rng.nextGaussian() * 6);
            t[i] = rng.nextFloat();
        }
        float[] coldGradient = new float[n];
        double cold = VectorBce.sum(z, t, coldGradient, 0.5f, 0, n);
        float[] gradient = new float[n];
        double warm = 0;
        for (int round = 0; round < 30_000; round++) {
            warm = VectorBce.sum(z, t, gradient, 0.5f, 0, n);
        }
        assertEquals(cold, warm, 0.0, "loss");
        assertArrayEquals(coldGradient, gradient, 0f, "gradient");
    }
}
