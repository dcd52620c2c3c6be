package workbench.engine;

import java.util.Arrays;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Binary cross-entropy from logits, whole vectors at a time: the same formulas as
 * {@link LossFunction#BCE} on logits. On wide outputs (784 pixels a sample) this loop, not the
 * matrix products, bounded a shallow autoencoder's speed. Used only when
 * {@link VectorGemm#isAvailable()} says the incubator module is present, so this class is never
 * loaded without it.
 *
 * <p>The exponential and the logarithm are written here from additions, multiplications and a
 * division, not taken from the Vector API: its EXP and LOG give different last bits before and
 * after the JIT compiles them (Java per lane, then a short-vector math library), which made a
 * seeded run repeated in a warmer JVM drift. IEEE arithmetic rounds the same way in every mode,
 * and the lanes are summed in a fixed order for the same reason.
 */
final class VectorBce {
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;

    /** Below this exp(x) is under the smallest normal float; it is taken as 0 (no denormals). */
    private static final float EXP_FLOOR = -87f;
    private static final float LOG2E = 1.44269504f;
    private static final float ROUNDER = 12582912f;
    private static final int ROUNDER_BITS = Float.floatToRawIntBits(ROUNDER);
    /** ln 2 split so that n * LN2_HI is exact for the n that occur here (Cody and Waite). */
    private static final float LN2_HI = 0.693359375f;
    private static final float LN2_LO = -2.12194440e-4f;
    /** exp(r) = 1 + r + r^2 (E0 + E1 r + ... + E5 r^5) on |r| <= ln2 / 2 (Cephes expf's minimax fit). */
    private static final float E0 = 5.0000001201e-1f;
    private static final float E1 = 1.6666665459e-1f;
    private static final float E2 = 4.1665795894e-2f;
    private static final float E3 = 8.3334519073e-3f;
    private static final float E4 = 1.3981999507e-3f;
    private static final float E5 = 1.9875691500e-4f;

    /** Padded copies of a row's last values, per thread: a loss is computed on several threads. */
    private static final ThreadLocal<float[][]> TAIL =
            ThreadLocal.withInitial(() -> new float[3][SPECIES.length()]);

    private VectorBce() {
    }

    /**
     * The loss summed over {@code [start, end)}, and, when {@code g} is not null, {@code scale}
     * times its gradient with respect to the logits written into {@code g}.
     */
    static double sum(float[] z, float[] t, float[] g, float scale, int start, int end) {
        int step = SPECIES.length();
        int upper = start + SPECIES.loopBound(end - start);
        double sum = whole(z, t, g, scale, start, upper);
        int rest = end - upper;
        if (rest > 0) {
            // The last few values go through the same loop, padded with a logit of -100 and a
            // target of 0, whose loss and gradient are exactly 0: one formula for every value
            // (masked loads and stores would allocate on JDK 17).
            float[][] scratch = TAIL.get();
            float[] zs = scratch[0];
            float[] ts = scratch[1];
            float[] gs = g == null ? null : scratch[2];
            Arrays.fill(zs, -100f);
            Arrays.fill(ts, 0f);
            System.arraycopy(z, upper, zs, 0, rest);
            System.arraycopy(t, upper, ts, 0, rest);
            sum += whole(zs, ts, gs, scale, 0, step);
            if (g != null) {
                System.arraycopy(gs, 0, g, upper, rest);
            }
        }
        return sum;
    }

    /**
     * The loop over whole vectors, written out in one method: a vector returned from a method the
     * JIT does not inline is boxed, which cost megabytes a batch.
     */
    private static double whole(float[] z, float[] t, float[] g, float scale, int start, int end) {
        FloatVector acc = FloatVector.zero(SPECIES);
        for (int i = start; i < end; i += SPECIES.length()) {
            FloatVector zv = FloatVector.fromArray(SPECIES, z, i);
            FloatVector tv = FloatVector.fromArray(SPECIES, t, i);

            // e = exp(x) for x = -|z| <= 0, as 2^n exp(r) with x = n ln2 + r, |r| <= ln2 / 2
            FloatVector x = zv.abs().neg();
            VectorMask<Float> vanishing = x.compare(VectorOperators.LT, EXP_FLOOR);
            FloatVector clamped = x.max(EXP_FLOOR);
            // adding 1.5 * 2^23 rounds x log2(e) to the nearest integer n and leaves n in the low
            // bits of the sum (the Vector API's float-int conversions allocate on JDK 17)
            FloatVector shifted = clamped.mul(LOG2E).add(ROUNDER);
            FloatVector nf = shifted.sub(ROUNDER);
            IntVector n = shifted.reinterpretAsInts().sub(ROUNDER_BITS);
            FloatVector r = clamped.sub(nf.mul(LN2_HI)).sub(nf.mul(LN2_LO));
            FloatVector p = r.mul(E5).add(E4).mul(r).add(E3).mul(r).add(E2).mul(r).add(E1).mul(r).add(E0);
            FloatVector expR = p.mul(r.mul(r)).add(r).add(1f);
            FloatVector twoToN = n.add(127).lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
            FloatVector e = expR.mul(twoToN).blend(0f, vanishing);

            // log(1 + e) for e in [0, 1], as 2 atanh(s) with s = e / (2 + e) <= 1/3: the series to
            // s^13 leaves an error under 1e-8, below a float's resolution there
            FloatVector s = e.div(e.add(2f));
            FloatVector s2 = s.mul(s);
            FloatVector q = s2.mul(1f / 13).add(1f / 11).mul(s2).add(1f / 9).mul(s2).add(1f / 7).mul(s2)
                    .add(1f / 5).mul(s2).add(1f / 3).mul(s2).add(1f);
            acc = acc.add(zv.max(0f).sub(zv.mul(tv)).add(s.mul(q).mul(2f)));

            if (g != null) {
                VectorMask<Float> positive = zv.compare(VectorOperators.GE, 0f);
                e.blend(1f, positive).div(e.add(1f)).sub(tv).mul(scale).intoArray(g, i);
            }
        }
        double sum = 0;
        for (int lane = 0; lane < SPECIES.length(); lane++) {
            sum += acc.lane(lane);
        }
        return sum;
    }
}
