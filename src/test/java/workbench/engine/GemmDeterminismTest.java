package workbench.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fast kernel gives the same bits on one thread and on two: whether a product is split depends
 * on timing, so any difference would make a seeded run unrepeatable.
 */
class GemmDeterminismTest {

    @ParameterizedTest
    @CsvSource({"256,784,32", "64,300,513", "257,129,65", "9,1000,16", "33,7,1200", "359,64,32", "359,32,64", "2000,128,8"})
    void oneThreadAndTwoAgreeBitForBit(int m, int k, int n) {
        Assumptions.assumeTrue(VectorGemm.isAvailable(), "needs --add-modules jdk.incubator.vector");
        FMatrixRMaj a = GradientCheck.random(m, k, 1, 1.0);
        FMatrixRMaj b = GradientCheck.random(k, n, 2, 1.0);
        FMatrixRMaj bt = GradientCheck.random(n, k, 3, 1.0);
        FMatrixRMaj at = GradientCheck.random(k, m, 4, 1.0);
        try (VectorGemm one = new VectorGemm(1, Long.MAX_VALUE, Long.MAX_VALUE);
             VectorGemm two = new VectorGemm(2, 0, 0)) {
            FMatrixRMaj c1 = new FMatrixRMaj(1, 1);
            FMatrixRMaj c2 = new FMatrixRMaj(1, 1);
            one.mult(a, b, c1);
            two.mult(a, b, c2);
            assertArrayEquals(c1.data, c2.data, 0f, "A*B");
            one.multTransA(at, b, c1);
            two.multTransA(at, b, c2);
            assertArrayEquals(c1.data, c2.data, 0f, "A^T*B");
            one.multTransB(a, bt, c1);
            two.multTransB(a, bt, c2);
            assertArrayEquals(c1.data, c2.data, 0f, "A*B^T");
        }
    }
}
