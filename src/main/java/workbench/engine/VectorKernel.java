package workbench.engine;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The register-blocked micro-kernel of {@link VectorGemm}: an {@link #MR} x {@link #NR} tile of the
 * output held in 16 vector accumulators (8 rows of 2 vectors) and updated with fused multiply-adds
 * over packed panels. This is the only class that uses {@code jdk.incubator.vector}; nothing touches
 * it before {@link VectorGemm#isAvailable()} has found the module, so the rest of the engine loads
 * without it.
 *
 * <p>Sixteen accumulators on purpose: with 24 or more, the first-tier JIT gives up on the method and
 * it runs interpreted-slow until C2 gets to it, if ever.
 */
final class VectorKernel {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;

    /** Floats in one vector. */
    static final int VL = S.length();
    /** Rows of the output tile. */
    static final int MR = 8;
    /** Columns of the output tile: two vectors. */
    static final int NR = 2 * VL;

    private VectorKernel() {
    }

    /** The vector shape, for describing the kernel. */
    static String species() {
        return S.vectorBitSize() + "-bit, " + VL + " floats";
    }

    /**
     * Whether the preferred species is wide enough to be worth it, and the kernel agrees with a plain
     * fused multiply-add chain on a small product.
     */
    static boolean selfTest() {
        if (VL < 4) {
            return false;
        }
        int kc = 5;
        float[] ap = new float[kc * MR];
        float[] bp = new float[kc * NR];
        for (int i = 0; i < ap.length; i++) {
            ap[i] = (i % 7) - 3.25f;
        }
        for (int i = 0; i < bp.length; i++) {
            bp[i] = (i % 11) * 0.5f - 2f;
        }
        float[] c = new float[MR * NR];
        kernel(kc, ap, 0, 1, MR, bp, 0, c, 0, NR, false);
        for (int r = 0; r < MR; r++) {
            for (int j = 0; j < NR; j++) {
                float expect = 0f;
                for (int p = 0; p < kc; p++) {
                    expect = Math.fma(ap[p * MR + r], bp[p * NR + j], expect);
                }
                if (Float.floatToIntBits(expect) != Float.floatToIntBits(c[r * NR + j])) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Updates the MR x NR tile of {@code c} at {@code cOff} (row stride {@code ldc}) with {@code kc}
     * steps of A and packed B ({@code NR} floats a step). A's value for tile row r at step p is
     * {@code ap[aOff + r * aRow + p * aStep]}: packed A has aRow 1 and aStep MR, a row-major A is read
     * in place with aRow its row length and aStep 1, a transposed one with aRow 1 and aStep its row
     * length. With
     * {@code load} the tile's current values are the starting sums, otherwise zero; either way each
     * output is one sequential chain {@code s = fma(a_p, b_p, s)} over p.
     */
    static void kernel(int kc, float[] ap, int aOff, int aRow, int aStep, float[] bp, int bOff,
                       float[] c, int cOff, int ldc, boolean load) {
        final int a1 = aRow;
        final int a2 = a1 + aRow;
        final int a3 = a2 + aRow;
        final int a4 = a3 + aRow;
        final int a5 = a4 + aRow;
        final int a6 = a5 + aRow;
        final int a7 = a6 + aRow;
        final int c1 = cOff + ldc;
        final int c2 = c1 + ldc;
        final int c3 = c2 + ldc;
        final int c4 = c3 + ldc;
        final int c5 = c4 + ldc;
        final int c6 = c5 + ldc;
        final int c7 = c6 + ldc;
        FloatVector s00, s01, s10, s11, s20, s21, s30, s31, s40, s41, s50, s51, s60, s61, s70, s71;
        if (load) {
            s00 = FloatVector.fromArray(S, c, cOff);
            s01 = FloatVector.fromArray(S, c, cOff + VL);
            s10 = FloatVector.fromArray(S, c, c1);
            s11 = FloatVector.fromArray(S, c, c1 + VL);
            s20 = FloatVector.fromArray(S, c, c2);
            s21 = FloatVector.fromArray(S, c, c2 + VL);
            s30 = FloatVector.fromArray(S, c, c3);
            s31 = FloatVector.fromArray(S, c, c3 + VL);
            s40 = FloatVector.fromArray(S, c, c4);
            s41 = FloatVector.fromArray(S, c, c4 + VL);
            s50 = FloatVector.fromArray(S, c, c5);
            s51 = FloatVector.fromArray(S, c, c5 + VL);
            s60 = FloatVector.fromArray(S, c, c6);
            s61 = FloatVector.fromArray(S, c, c6 + VL);
            s70 = FloatVector.fromArray(S, c, c7);
            s71 = FloatVector.fromArray(S, c, c7 + VL);
        } else {
            FloatVector z = FloatVector.zero(S);
            s00 = z; s01 = z; s10 = z; s11 = z; s20 = z; s21 = z; s30 = z; s31 = z;
            s40 = z; s41 = z; s50 = z; s51 = z; s60 = z; s61 = z; s70 = z; s71 = z;
        }
        int a = aOff;
        int b = bOff;
        for (int p = 0; p < kc; p++) {
            FloatVector b0 = FloatVector.fromArray(S, bp, b);
            FloatVector b1 = FloatVector.fromArray(S, bp, b + VL);
            FloatVector x = FloatVector.broadcast(S, ap[a]);
            s00 = x.fma(b0, s00);
            s01 = x.fma(b1, s01);
            x = FloatVector.broadcast(S, ap[a + a1]);
            s10 = x.fma(b0, s10);
            s11 = x.fma(b1, s11);
            x = FloatVector.broadcast(S, ap[a + a2]);
            s20 = x.fma(b0, s20);
            s21 = x.fma(b1, s21);
            x = FloatVector.broadcast(S, ap[a + a3]);
            s30 = x.fma(b0, s30);
            s31 = x.fma(b1, s31);
            x = FloatVector.broadcast(S, ap[a + a4]);
            s40 = x.fma(b0, s40);
            s41 = x.fma(b1, s41);
            x = FloatVector.broadcast(S, ap[a + a5]);
            s50 = x.fma(b0, s50);
            s51 = x.fma(b1, s51);
            x = FloatVector.broadcast(S, ap[a + a6]);
            s60 = x.fma(b0, s60);
            s61 = x.fma(b1, s61);
            x = FloatVector.broadcast(S, ap[a + a7]);
            s70 = x.fma(b0, s70);
            s71 = x.fma(b1, s71);
            a += aStep;
            b += NR;
        }
        s00.intoArray(c, cOff);
        s01.intoArray(c, cOff + VL);
        s10.intoArray(c, c1);
        s11.intoArray(c, c1 + VL);
        s20.intoArray(c, c2);
        s21.intoArray(c, c2 + VL);
        s30.intoArray(c, c3);
        s31.intoArray(c, c3 + VL);
        s40.intoArray(c, c4);
        s41.intoArray(c, c4 + VL);
        s50.intoArray(c, c5);
        s51.intoArray(c, c5 + VL);
        s60.intoArray(c, c6);
        s61.intoArray(c, c6 + VL);
        s70.intoArray(c, c7);
        s71.intoArray(c, c7 + VL);
    }
}
