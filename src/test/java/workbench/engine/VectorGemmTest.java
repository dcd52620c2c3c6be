package workbench.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.ejml.MatrixDimensionException;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class VectorGemmTest {

    private static final int MULT = 0;
    private static final int TRANS_A = 1;
    private static final int TRANS_B = 2;

    private static VectorGemm one;
    /** Two threads, and every product split, however small. */
    private static VectorGemm two;

    @BeforeAll
    static void start() {
        assumeTrue(VectorGemm.isAvailable(), "run with --add-modules jdk.incubator.vector");
        one = new VectorGemm(1, 0, 0);
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

    /** m, k, n: ones, odd sizes, sizes around the vector width and tile, k past the k-block. */
    private static List<int[]> shapes() {
        int w = VectorKernel.VL;
        int kb = VectorGemm.KC;
        List<int[]> shapes = new ArrayList<>(List.of(
                new int[] {1, 1, 1}, new int[] {1, 5, 1}, new int[] {1, 1, 9}, new int[] {7, 1, 1},
                new int[] {3, 5, 2}, new int[] {8, 16, 32}, new int[] {9, 17, 33}, new int[] {2, 3, 200},
                new int[] {5, 40, 100}, new int[] {40, 30, 3}, new int[] {8, kb, 2 * w},
                new int[] {8, kb + 1, 2 * w + 1}, new int[] {17, 2 * kb + 3, 47}, new int[] {13, 3 * kb, w - 1},
                new int[] {33, 600, 65}, new int[] {100, 784, 70}, new int[] {257, 64, 31},
                new int[] {64, 129, 128}, new int[] {300, 9, 2}, new int[] {13, 300, 200},
                new int[] {20, 50, 300}));
        Random rnd = new Random(7);
        for (int t = 0; t < 12; t++) {
            shapes.add(new int[] {1 + rnd.nextInt(90), 1 + rnd.nextInt(700), 1 + rnd.nextInt(90)});
        }
        return shapes;
    }

    @Test
    void matchesADoubleReferenceForAllProductsOnOneThreadAndTwo() {
        Random rnd = new Random(42);
        for (int[] s : shapes()) {
            int m = s[0];
            int k = s[1];
            int n = s[2];
            for (int op = 0; op < 3; op++) {
                FMatrixRMaj a = op == TRANS_A ? random(k, m, rnd) : random(m, k, rnd);
                FMatrixRMaj b = op == TRANS_B ? random(n, k, rnd) : random(k, n, rnd);
                FMatrixRMaj c1 = new FMatrixRMaj(1, 1);
                FMatrixRMaj c2 = new FMatrixRMaj(1, 1);
                apply(one, op, a, b, c1);
                apply(two, op, a, b, c2);
                String where = "op " + op + " m=" + m + " k=" + k + " n=" + n;
                checkAgainstReference(op, a, b, c1, m, n, k, where + " (1 thread)");
                checkAgainstReference(op, a, b, c2, m, n, k, where + " (2 threads)");
                assertArrayEquals(c1.data, c2.data, where + ": one thread and two differ");
            }
        }
    }

    @Test
    void equalsTheSequentialFmaChainBitForBit() {
        Random rnd = new Random(3);
        for (int[] s : shapes()) {
            int m = s[0];
            int k = s[1];
            int n = s[2];
            for (int op = 0; op < 3; op++) {
                FMatrixRMaj a = op == TRANS_A ? random(k, m, rnd) : random(m, k, rnd);
                FMatrixRMaj b = op == TRANS_B ? random(n, k, rnd) : random(k, n, rnd);
                FMatrixRMaj c = new FMatrixRMaj(1, 1);
                apply(two, op, a, b, c);
                for (int i = 0; i < m; i++) {
                    for (int j = 0; j < n; j++) {
                        float sum = 0f;
                        for (int p = 0; p < k; p++) {
                            sum = Math.fma(get(a, op == TRANS_A, i, p), get(b, op == TRANS_B, p, j), sum);
                        }
                        if (Float.floatToIntBits(sum) != Float.floatToIntBits(c.get(i, j))) {
                            fail("op " + op + " " + m + "x" + k + "x" + n + " at " + i + "," + j
                                    + ": " + c.get(i, j) + " vs " + sum);
                        }
                    }
                }
            }
        }
    }

    @Test
    void largeDenseLayerShapesAgreeAcrossThreadCountsAndRuns() {
        Random rnd = new Random(11);
        VectorGemm standard = new VectorGemm();
        try {
            FMatrixRMaj x = random(256, 784, rnd);
            FMatrixRMaj w = random(784, 512, rnd);
            FMatrixRMaj g = random(256, 512, rnd);
            for (int op = 0; op < 3; op++) {
                FMatrixRMaj a = op == MULT ? x : op == TRANS_A ? x : g;
                FMatrixRMaj b = op == MULT ? w : op == TRANS_A ? g : w;
                FMatrixRMaj c1 = new FMatrixRMaj(1, 1);
                FMatrixRMaj c2 = new FMatrixRMaj(1, 1);
                FMatrixRMaj c3 = new FMatrixRMaj(1, 1);
                apply(one, op, a, b, c1);
                apply(standard, op, a, b, c2);
                apply(standard, op, a, b, c3);
                assertArrayEquals(c1.data, c2.data, "op " + op + ": one thread and two differ");
                assertArrayEquals(c2.data, c3.data, "op " + op + ": two runs differ");
                int m = c1.numRows;
                int n = c1.numCols;
                int k = op == TRANS_A ? a.numRows : a.numCols;
                checkAgainstReference(op, a, b, c1, m, n, k, "op " + op);
            }
        } finally {
            standard.close();
        }
    }

    @Test
    void theWorkerTakesItsHalfOfLargeProducts() {
        Random rnd = new Random(17);
        FMatrixRMaj a = random(256, 256, rnd);
        FMatrixRMaj b = random(256, 256, rnd);
        FMatrixRMaj c = new FMatrixRMaj(1, 1);
        long before = two.workerHalves();
        for (int call = 0; call < 200 && two.workerHalves() == before; call++) {
            two.mult(a, b, c);
        }
        assertTrue(two.workerHalves() > before, "the worker computed part of a product");
        assertEquals(0, one.workerHalves());
    }

    @Test
    void reshapesTheOutputAndReusesALargerOne() {
        Random rnd = new Random(5);
        FMatrixRMaj a = random(20, 30, rnd);
        FMatrixRMaj b = random(30, 40, rnd);
        FMatrixRMaj expected = new FMatrixRMaj(1, 1);
        EjmlGemm.SINGLE_THREADED.mult(a, b, expected);

        FMatrixRMaj small = new FMatrixRMaj(2, 3);
        two.mult(a, b, small);
        assertEquals(20, small.numRows);
        assertEquals(40, small.numCols);
        assertClose(expected, small, 30);

        FMatrixRMaj large = new FMatrixRMaj(100, 100);
        java.util.Arrays.fill(large.data, Float.NaN);
        two.mult(a, b, large);
        assertEquals(20, large.numRows);
        assertEquals(40, large.numCols);
        assertClose(expected, large, 30);

        // The same output reused for a smaller product, then a larger one again.
        two.multTransB(random(3, 30, rnd), random(5, 30, rnd), large);
        assertEquals(3, large.numRows);
        assertEquals(5, large.numCols);
        two.mult(a, b, large);
        assertClose(expected, large, 30);
    }

    @Test
    void emptyInnerDimensionGivesZerosAndEmptyOutputsAreFine() {
        FMatrixRMaj c = new FMatrixRMaj(4, 4);
        java.util.Arrays.fill(c.data, 9f);
        two.mult(new FMatrixRMaj(4, 0), new FMatrixRMaj(0, 4), c);
        for (int i = 0; i < 16; i++) {
            assertEquals(0f, c.data[i]);
        }
        two.mult(new FMatrixRMaj(0, 3), new FMatrixRMaj(3, 4), c);
        assertEquals(0, c.numRows);
        assertEquals(4, c.numCols);
    }

    @Test
    void rejectsMismatchedShapesAndAliasing() {
        FMatrixRMaj a = new FMatrixRMaj(3, 4);
        FMatrixRMaj b = new FMatrixRMaj(5, 6);
        FMatrixRMaj c = new FMatrixRMaj(1, 1);
        assertThrows(MatrixDimensionException.class, () -> two.mult(a, b, c));
        assertThrows(MatrixDimensionException.class, () -> two.multTransA(a, b, c));
        assertThrows(MatrixDimensionException.class, () -> two.multTransB(a, b, c));
        FMatrixRMaj sq = new FMatrixRMaj(4, 4);
        assertThrows(IllegalArgumentException.class, () -> two.mult(sq, sq, sq));
        assertThrows(IllegalArgumentException.class, () -> two.multTransA(sq, new FMatrixRMaj(4, 4), sq));
    }

    @Test
    void tenThousandSmallSplitProductsStayCorrectWithTheWorkerSpinningOrParked() {
        Random rnd = new Random(9);
        FMatrixRMaj[] as = new FMatrixRMaj[8];
        FMatrixRMaj[] bs = new FMatrixRMaj[8];
        FMatrixRMaj[] expected = new FMatrixRMaj[8];
        for (int t = 0; t < 8; t++) {
            int m = 9 + rnd.nextInt(30);
            int k = 1 + rnd.nextInt(40);
            int n = 1 + rnd.nextInt(70);
            as[t] = random(m, k, rnd);
            bs[t] = random(k, n, rnd);
            expected[t] = new FMatrixRMaj(1, 1);
            one.mult(as[t], bs[t], expected[t]);
        }
        FMatrixRMaj c = new FMatrixRMaj(1, 1);
        for (int call = 0; call < 10_000; call++) {
            int t = call % 8;
            two.mult(as[t], bs[t], c);
            if (!java.util.Arrays.equals(expected[t].data, 0, expected[t].getNumElements(),
                    c.data, 0, c.getNumElements())) {
                fail("call " + call + " differs");
            }
            if (call % 1000 == 999) {
                // The next product has to wake a parked worker: both hand-over paths are exercised.
                awaitWorkerParked(two);
            }
        }
    }

    @Test
    void concurrentCallersOnOneInstanceGetTheirOwnResults() throws InterruptedException {
        Random rnd = new Random(13);
        int callers = 3;
        FMatrixRMaj[] as = new FMatrixRMaj[callers];
        FMatrixRMaj[] bs = new FMatrixRMaj[callers];
        FMatrixRMaj[] expected = new FMatrixRMaj[callers];
        for (int t = 0; t < callers; t++) {
            as[t] = random(40 + 7 * t, 50, rnd);
            bs[t] = random(50, 60 - 9 * t, rnd);
            expected[t] = new FMatrixRMaj(1, 1);
            one.mult(as[t], bs[t], expected[t]);
        }
        AtomicReference<String> failure = new AtomicReference<>();
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> ts = new ArrayList<>();
        for (int t = 0; t < callers; t++) {
            int id = t;
            Thread th = new Thread(() -> {
                FMatrixRMaj c = new FMatrixRMaj(1, 1);
                try {
                    go.await();
                    for (int call = 0; call < 2000; call++) {
                        two.mult(as[id], bs[id], c);
                        if (!java.util.Arrays.equals(expected[id].data, c.data)) {
                            failure.compareAndSet(null, "caller " + id + " call " + call);
                            return;
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            ts.add(th);
            th.start();
        }
        go.countDown();
        for (Thread th : ts) {
            th.join();
        }
        assertEquals(null, failure.get());
    }

    @Test
    void selectorHonoursTheSetting() {
        assertSame(EjmlGemm.MULTI_THREADED, GemmSelector.choose("ejml"));
        assertTrue(GemmSelector.choose("vector") instanceof VectorGemm);
        assertTrue(GemmSelector.choose("auto") instanceof VectorGemm);
        assertTrue(VectorGemm.describe(Gemm.standard()).length() > 0);
        assertSame(VectorGemm.availableOrNull(), VectorGemm.availableOrNull());
    }

    private static void apply(Gemm gemm, int op, FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c) {
        switch (op) {
            case MULT:
                gemm.mult(a, b, c);
                break;
            case TRANS_A:
                gemm.multTransA(a, b, c);
                break;
            default:
                gemm.multTransB(a, b, c);
                break;
        }
    }

    /** Element (i, p) of A, or (p, j) of B, taking the transpose if the operand is given transposed. */
    private static float get(FMatrixRMaj x, boolean transposed, int r, int col) {
        return transposed ? x.get(col, r) : x.get(r, col);
    }

    private static void checkAgainstReference(int op, FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c,
                                              int m, int n, int k, String where) {
        assertEquals(m, c.numRows, where);
        assertEquals(n, c.numCols, where);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0;
                double abs = 0;
                for (int p = 0; p < k; p++) {
                    double prod = (double) get(a, op == TRANS_A, i, p) * get(b, op == TRANS_B, p, j);
                    sum += prod;
                    abs += Math.abs(prod);
                }
                double err = Math.abs(c.get(i, j) - sum);
                if (!(err <= 1e-4 * abs + 1e-6)) {
                    fail(where + " at " + i + "," + j + ": " + c.get(i, j) + " vs " + sum);
                }
            }
        }
    }

    private static void assertClose(FMatrixRMaj expected, FMatrixRMaj actual, int k) {
        for (int i = 0; i < expected.getNumElements(); i++) {
            assertEquals(expected.data[i], actual.data[i], 1e-5f * k, "element " + i);
        }
    }

    private static FMatrixRMaj random(int rows, int cols, Random rnd) {
        FMatrixRMaj x = new FMatrixRMaj(rows, cols);
        for (int i = 0; i < x.getNumElements(); i++) {
            x.data[i] = (float) rnd.nextGaussian();
        }
        return x;
    }

    /**
     * Returns once the worker of {@code gemm} has parked itself (it does after 200 microseconds
     * without work), seen from outside as a thread blocked with the kernel as its blocker. No clock:
     * the bound on the number of looks only stops a worker that never parks from hanging the test.
     */
    private static void awaitWorkerParked(VectorGemm gemm) {
        for (int look = 0; look < 100_000; look++) {
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (t != Thread.currentThread() && LockSupport.getBlocker(t) == gemm) {
                    return;
                }
            }
            Thread.yield();
        }
        fail("the worker never parked");
    }
}
