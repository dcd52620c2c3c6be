package workbench.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Arrays;
import java.util.Random;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The determinism contract of {@link VectorGemm} on every block edge: each output is the sequential
 * chain {@code s = fma(a[i][p], b[p][j], s)} from zero, bit for bit, for sizes just below, at and
 * above the tile height (8 rows), the row block ({@link VectorGemm#MC}), the vector width, the tile
 * width (two vectors) and the k-block ({@link VectorGemm#KC}), all three products, one thread and
 * two (split by rows and by columns). The output passed in already has the right size and is full
 * of NaN, as a reused buffer is in training: a kernel that added to it, or left a cell unwritten,
 * shows a NaN instead of the chain's value.
 */
class VectorGemmBlockEdgeTest {

    private static VectorGemm one;
    /** Two threads, and every product split, however small. */
    private static VectorGemm two;

    @BeforeAll
    static void start() {
        assumeTrue(VectorGemm.isAvailable(), "run with --add-modules jdk.incubator.vector");
        one = new VectorGemm(1, Long.MAX_VALUE, Long.MAX_VALUE);
        two = new VectorGemm(2, 0, 0);
    }

    @AfterAll
    static void stop() {
        if (two != null) {
            two.close();
        }
        if (one != null) {
            one.close();
        }
    }

    @Test
    void overwritesAStaleOutputWithTheFmaChainAcrossEveryBlockEdge() {
        int vl = VectorKernel.VL;
        int nr = VectorKernel.NR;
        int kc = VectorGemm.KC;
        int mc = VectorGemm.MC;
        // Every tile-height, vector-width and k-block edge against each other; the row block's edge
        // and a third k-block on one ragged shape each, to keep the test short.
        for (int m : new int[] {1, 7, 8, 9, 17}) {
            for (int n : new int[] {vl - 1, vl, vl + 1, nr - 1, nr, nr + 1, 2 * nr + 1}) {
                for (int k : new int[] {1, kc - 1, kc, kc + 1}) {
                    checkAllProducts(m, n, k);
                }
            }
        }
        for (int m : new int[] {mc - 1, mc, mc + 1}) {
            checkAllProducts(m, nr + 1, kc + 1);
        }
        checkAllProducts(9, nr + 1, 2 * kc + 1);
    }

    private static void checkAllProducts(int m, int n, int k) {
        Random rnd = new Random(31L * m + 7L * n + k);
        for (int op = 0; op < 3; op++) {
            FMatrixRMaj a = op == 1 ? random(k, m, rnd) : random(m, k, rnd);
            FMatrixRMaj b = op == 2 ? random(n, k, rnd) : random(k, n, rnd);
            float[] expected = fmaChain(op, a, b, m, n, k);
            String where = "op " + op + " m=" + m + " k=" + k + " n=" + n;
            check(one, op, a, b, expected, m, n, where + " (1 thread)");
            check(two, op, a, b, expected, m, n, where + " (2 threads)");
        }
    }

    private static void check(VectorGemm gemm, int op, FMatrixRMaj a, FMatrixRMaj b, float[] expected,
                              int m, int n, String where) {
        FMatrixRMaj c = new FMatrixRMaj(m, n);
        Arrays.fill(c.data, Float.NaN);
        switch (op) {
            case 0 -> gemm.mult(a, b, c);
            case 1 -> gemm.multTransA(a, b, c);
            default -> gemm.multTransB(a, b, c);
        }
        assertEquals(m, c.numRows, where);
        assertEquals(n, c.numCols, where);
        for (int i = 0; i < m * n; i++) {
            if (Float.floatToIntBits(expected[i]) != Float.floatToIntBits(c.data[i])) {
                fail(where + " at " + (i / n) + "," + (i % n) + ": " + c.data[i] + " vs " + expected[i]);
            }
        }
    }

    /** The contract's reference: one scalar fma chain per output, p = 0 .. k-1 from zero. */
    private static float[] fmaChain(int op, FMatrixRMaj a, FMatrixRMaj b, int m, int n, int k) {
        float[] out = new float[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                float s = 0f;
                for (int p = 0; p < k; p++) {
                    float x = op == 1 ? a.data[p * m + i] : a.data[i * k + p];
                    float y = op == 2 ? b.data[j * k + p] : b.data[p * n + j];
                    s = Math.fma(x, y, s);
                }
                out[i * n + j] = s;
            }
        }
        return out;
    }

    private static FMatrixRMaj random(int rows, int cols, Random rnd) {
        FMatrixRMaj x = new FMatrixRMaj(rows, cols);
        for (int i = 0; i < x.data.length; i++) {
            x.data[i] = (float) rnd.nextGaussian();
        }
        return x;
    }
}
