package workbench.engine;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * ReLU's gradient on the Vector API: the gradient where the input was positive, else 0. The JIT
 * does not vectorise the scalar select, which took 3.6 ms on a convolution's batch of 1.6 M
 * values. The selected values are the scalar loop's exactly. Loaded only when
 * {@link VectorGemm#isAvailable()}.
 */
final class VectorRelu {
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;

    private VectorRelu() {
    }

    /** d[i] = x[i] > 0 ? g[i] : 0 for i in [0, n). */
    static void backward(float[] x, float[] g, float[] d, int n) {
        int i = 0;
        for (int upper = SPECIES.loopBound(n); i < upper; i += SPECIES.length()) {
            FloatVector xv = FloatVector.fromArray(SPECIES, x, i);
            VectorMask<Float> off = xv.compare(VectorOperators.LE, 0f);
            FloatVector.fromArray(SPECIES, g, i).blend(0f, off).intoArray(d, i);
        }
        for (; i < n; i++) {
            d[i] = x[i] > 0 ? g[i] : 0f;
        }
    }

    /**
     * One row of the fused dense + ReLU backward step: the gradient selected as above into
     * {@code d}, and added into {@code biasGradient} (row after row, so each sum is in the scalar
     * loop's order).
     */
    static void backwardRow(float[] x, float[] g, float[] d, float[] biasGradient, int base, int cols) {
        int j = 0;
        for (int upper = SPECIES.loopBound(cols); j < upper; j += SPECIES.length()) {
            FloatVector xv = FloatVector.fromArray(SPECIES, x, base + j);
            VectorMask<Float> off = xv.compare(VectorOperators.LE, 0f);
            FloatVector v = FloatVector.fromArray(SPECIES, g, base + j).blend(0f, off);
            v.intoArray(d, base + j);
            FloatVector.fromArray(SPECIES, biasGradient, j).add(v).intoArray(biasGradient, j);
        }
        for (; j < cols; j++) {
            float v = x[base + j] > 0 ? g[base + j] : 0f;
            d[base + j] = v;
            biasGradient[j] += v;
        }
    }
}
