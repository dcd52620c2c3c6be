package workbench.engine;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Binary cross-entropy from logits, whole vectors at a time: the same formulas as
 * {@link LossFunction#BCE} on logits, with the exponential and logarithm from the Vector API's
 * short-vector math library. On wide outputs (784 pixels a sample) this loop, not the matrix
 * products, bounded a shallow autoencoder's speed. Used only when {@link VectorGemm#isAvailable()}
 * says the incubator module is present, so this class is never loaded without it.
 */
final class VectorBce {
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;

    private VectorBce() {
    }

    /**
     * The loss summed over {@code [start, end)}, and, when {@code g} is not null, {@code scale}
     * times its gradient with respect to the logits written into {@code g}.
     */
    static double sum(float[] z, float[] t, float[] g, float scale, int start, int end) {
        FloatVector acc = FloatVector.zero(SPECIES);
        FloatVector one = FloatVector.broadcast(SPECIES, 1f);
        int i = start;
        int upper = start + SPECIES.loopBound(end - start);
        for (; i < upper; i += SPECIES.length()) {
            FloatVector zv = FloatVector.fromArray(SPECIES, z, i);
            FloatVector tv = FloatVector.fromArray(SPECIES, t, i);
            FloatVector e = zv.abs().neg().lanewise(VectorOperators.EXP);
            FloatVector onePlusE = e.add(one);
            acc = acc.add(zv.max(0f).sub(zv.mul(tv)).add(onePlusE.lanewise(VectorOperators.LOG)));
            if (g != null) {
                VectorMask<Float> positive = zv.compare(VectorOperators.GE, 0f);
                e.blend(one, positive).div(onePlusE).sub(tv).mul(scale).intoArray(g, i);
            }
        }
        double sum = acc.reduceLanes(VectorOperators.ADD);
        for (; i < end; i++) {
            float zi = z[i];
            double e = Math.exp(-Math.abs(zi));
            double onePlusE = 1 + e;
            sum += Math.max(zi, 0f) - zi * t[i] + Math.log(onePlusE);
            if (g != null) {
                g[i] = (float) (((zi >= 0 ? 1 : e) / onePlusE) - t[i]) * scale;
            }
        }
        return sum;
    }
}
