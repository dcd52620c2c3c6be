package workbench.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

class AdamStepTest {

    private static float[] random(int n, Well19937c rng, double scale) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) (rng.nextGaussian() * scale);
        }
        return a;
    }

    @Test
    void vectorLoopIsBitForBitTheScalarLoop() {
        assumeTrue(VectorGemm.isAvailable(), "needs --add-modules jdk.incubator.vector");
        Well19937c rng = new Well19937c(5);
        for (int n : new int[] {1, 15, 16, 17, 100, 785}) {
            float[] w1 = random(n, rng, 1);
            float[] m1 = random(n, rng, 1e-3);
            float[] v1 = new float[n];
            for (int i = 0; i < n; i++) {
                v1[i] = Math.abs(random(1, rng, 1e-6)[0]);
            }
            float[] w2 = w1.clone();
            float[] m2 = m1.clone();
            float[] v2 = v1.clone();
            for (int step = 0; step < 3; step++) {
                float[] g = random(n, rng, step == 2 ? 1e-30 : 0.1);
                int done = VectorAdam.apply(w1, g, m1, v1, n, 0.9f, 0.1f, 0.999f, 0.001f, 0.01f, 0.5f, 1e-8f, 0.999f);
                AdamStep.scalar(w1, g, m1, v1, done, n, 0.9f, 0.1f, 0.999f, 0.001f, 0.01f, 0.5f, 1e-8f, 0.999f);
                AdamStep.scalar(w2, g, m2, v2, 0, n, 0.9f, 0.1f, 0.999f, 0.001f, 0.01f, 0.5f, 1e-8f, 0.999f);
            }
            assertArrayEquals(w2, w1, "weights, n = " + n);
            assertArrayEquals(m2, m1, "first moments, n = " + n);
            assertArrayEquals(v2, v1, "second moments, n = " + n);
        }
    }

    @Test
    void runningAveragesNeverTurnDenormal() {
        int n = 37;
        float[] w = new float[n];
        float[] m = new float[n];
        float[] v = new float[n];
        float[] g = new float[n];
        java.util.Arrays.fill(g, 1e-3f);
        AdamStep.apply(w, g, m, v, n, 0.9f, 0.1f, 0.999f, 0.001f, 1e-3f, 1f, 1e-8f, 1f);
        java.util.Arrays.fill(g, 0f);
        // without the flush v would pass through the denormal range on its way down (about step 60,000)
        for (int step = 0; step < 200_000; step++) {
            AdamStep.apply(w, g, m, v, n, 0.9f, 0.1f, 0.999f, 0.001f, 1e-3f, 1f, 1e-8f, 1f);
            for (int i = 0; i < n; i += 12) {
                float mi = m[i];
                float vi = v[i];
                if ((mi != 0f && Math.abs(mi) < Float.MIN_NORMAL) || (vi != 0f && vi < Float.MIN_NORMAL)) {
                    throw new AssertionError("denormal at step " + step + ": m " + mi + ", v " + vi);
                }
            }
        }
        assertEquals(0f, v[0], "0.999^200000 of 1e-12 is far below any float: flushed to zero");
    }
}
