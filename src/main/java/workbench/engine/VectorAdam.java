package workbench.engine;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link AdamStep} sixteen values at a time, with the same operations in the same order, so its
 * results are bit for bit those of the scalar loop. Loaded only when the Vector API is present.
 */
final class VectorAdam {
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;

    private VectorAdam() {
    }

    /** Updates the whole vectors at the front and returns how many elements it did. */
    static int apply(float[] w, float[] g, float[] m, float[] v, int n, float b1, float oneMinusB1, float b2,
                     float oneMinusB2, float stepSize, float sqrtCorrection2, float eps, float decayFactor) {
        int upper = SPECIES.loopBound(n);
        for (int j = 0; j < upper; j += SPECIES.length()) {
            FloatVector gv = FloatVector.fromArray(SPECIES, g, j);
            FloatVector wv = FloatVector.fromArray(SPECIES, w, j).mul(decayFactor);
            FloatVector mv = FloatVector.fromArray(SPECIES, m, j).mul(b1).add(gv.mul(oneMinusB1));
            FloatVector vv = FloatVector.fromArray(SPECIES, v, j).mul(b2).add(gv.mul(oneMinusB2).mul(gv));
            mv = mv.blend(0f, mv.abs().compare(VectorOperators.LT, Float.MIN_NORMAL));
            vv = vv.blend(0f, vv.compare(VectorOperators.LT, Float.MIN_NORMAL));
            FloatVector denom = vv.sqrt().div(sqrtCorrection2).add(eps);
            wv.sub(mv.mul(stepSize).div(denom)).intoArray(w, j);
            mv.intoArray(m, j);
            vv.intoArray(v, j);
        }
        return upper;
    }
}
