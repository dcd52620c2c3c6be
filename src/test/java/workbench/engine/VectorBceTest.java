package workbench.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

/** The vector BCE against the scalar loop, on lengths that are and are not multiples of the vector width. */
class VectorBceTest {

    @Test
    void agreesWithTheScalarLoop() {
        assumeTrue(VectorGemm.isAvailable(), "needs --add-modules jdk.incubator.vector");
        Well19937c rng = new Well19937c(3);
        for (int n : new int[] {1, 7, 16, 17, 64, 784, 785}) {
            float[] z = new float[n + 3];
            float[] t = new float[n + 3];
            for (int i = 0; i < z.length; i++) {
                z[i] = (float) (rng.nextGaussian() * (i % 5 == 0 ? 30 : 3));
                t[i] = i % 3 == 0 ? (i % 2) : rng.nextFloat();
            }
            float[] gv = new float[n + 3];
            float[] gs = new float[n + 3];
            double vector = VectorBce.sum(z, t, gv, 0.5f, 2, n + 2);
            double scalar = LossFunction.scalarBceLogits(z, t, gs, 0.5f, 2, n + 2);
            assertEquals(scalar, vector, 1e-5 * Math.max(1, Math.abs(scalar)), "sum, n = " + n);
            for (int i = 2; i < n + 2; i++) {
                assertEquals(gs[i], gv[i], 1e-6f, "gradient " + i + " of " + n);
            }
            assertEquals(0f, gv[0], "outside the range untouched");
            assertEquals(0f, gv[n + 2]);
        }
    }
}
