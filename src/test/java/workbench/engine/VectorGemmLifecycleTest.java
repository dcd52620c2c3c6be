package workbench.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a caller sees of a kernel besides its numbers: its name in logs, its thread count, close. */
class VectorGemmLifecycleTest {

    @BeforeEach
    void needsTheVectorApi() {
        assumeTrue(VectorGemm.isAvailable(), "run with --add-modules jdk.incubator.vector");
    }

    @Test
    void theNameInProgressLinesSaysTheThreadCountAndWhichEjmlVariant() {
        try (VectorGemm one = new VectorGemm(1, 0, 0); VectorGemm two = new VectorGemm(2, 0, 0)) {
            assertEquals(1, one.threads());
            assertEquals(2, two.threads());
            assertTrue(one.describe().endsWith("), 1 thread"), one.describe());
            assertTrue(two.describe().endsWith("), 2 threads"), two.describe());
            assertEquals(one.describe(), VectorGemm.describe(one));
            assertEquals(one.describe(), one.toString());
        }
        assertEquals("EJML multi-threaded", VectorGemm.describe(EjmlGemm.MULTI_THREADED));
        assertEquals("EJML single-threaded", VectorGemm.describe(EjmlGemm.SINGLE_THREADED));
    }

    @Test
    void theKernelsSelfCheckPassesWhereTheVectorApiIsPresent() {
        // isAvailable() ran it once at class loading; called again here, a broken check shows.
        assertTrue(VectorKernel.selfTest());
        assertTrue(VectorKernel.species().endsWith(VectorKernel.VL + " floats"), VectorKernel.species());
    }

    @Test
    void refusesThreadCountsOtherThanOneOrTwo() {
        assertThrows(IllegalArgumentException.class, () -> new VectorGemm(0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new VectorGemm(3, 0, 0));
    }

    @Test
    void afterCloseProductsAreStillRightAndTheWorkerTakesNoMoreHalves() {
        // 64 x 64 x 64 = 262,144 multiply-adds, split in two by this instance's zero thresholds.
        FMatrixRMaj a = GradientCheck.random(64, 64, 5, 1.0);
        FMatrixRMaj b = GradientCheck.random(64, 64, 6, 1.0);
        FMatrixRMaj expected = new FMatrixRMaj(1, 1);
        try (VectorGemm reference = new VectorGemm(1, Long.MAX_VALUE, Long.MAX_VALUE)) {
            reference.mult(a, b, expected);
        }
        VectorGemm two = new VectorGemm(2, 0, 0);
        FMatrixRMaj c = new FMatrixRMaj(1, 1);
        two.mult(a, b, c);
        two.close();
        long halvesAtClose = two.workerHalves();
        for (int i = 0; i < 20; i++) {
            two.mult(a, b, c);
            assertArrayEquals(expected.data, c.data, 0f, "product " + i + " after close");
        }
        assertEquals(halvesAtClose, two.workerHalves(), "the worker computed halves after close");
    }
}
