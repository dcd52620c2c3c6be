package workbench.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

/** Every loss's value, row sums and gradient on small batches worked out by hand. */
class LossValuesByHandTest {
    private static final FMatrixRMaj PREDICTION = new FMatrixRMaj(new float[][] {{1, -2}, {0.5f, 3}});
    private static final FMatrixRMaj TARGET = new FMatrixRMaj(new float[][] {{0, 0}, {0, 0.5f}});

    private static FMatrixRMaj evaluate(LossFunction loss, double expectedTotal, float[] expectedRows) {
        FMatrixRMaj grad = new FMatrixRMaj(1, 1);
        float[] rowSums = new float[2];
        double total = loss.evaluate(PREDICTION, TARGET, false, rowSums, grad, 0.5f);
        assertEquals(expectedTotal, total, 1e-6, loss + " total");
        assertArrayEquals(expectedRows, rowSums, 1e-6f, loss + " row sums");
        assertEquals(2, grad.numRows);
        assertEquals(2, grad.numCols);
        return grad;
    }

    @Test
    void mseSumsSquaredDifferencesAndItsGradientIsTwiceTheDifference() {
        // differences 1, -2, 0.5, 2.5
        FMatrixRMaj g = evaluate(LossFunction.MSE, 1 + 4 + 0.25 + 6.25, new float[] {5, 6.5f});
        assertArrayEquals(new float[] {1, -2, 0.5f, 2.5f}, g.data, 1e-6f);
    }

    @Test
    void maeSumsAbsoluteDifferencesAndItsGradientIsTheSign() {
        FMatrixRMaj g = evaluate(LossFunction.MAE, 1 + 2 + 0.5 + 2.5, new float[] {3, 3});
        assertArrayEquals(new float[] {0.5f, -0.5f, 0.5f, 0.5f}, g.data, 0f);
    }

    @Test
    void huberIsHalfTheSquareWithinOneAndLinearBeyond() {
        // |d| = 1: 0.5; |d| = 2: 1.5; |d| = 0.5: 0.125; |d| = 2.5: 2
        FMatrixRMaj g = evaluate(LossFunction.HUBER, 0.5 + 1.5 + 0.125 + 2, new float[] {2, 2.125f});
        assertArrayEquals(new float[] {0.5f, -0.5f, 0.25f, 0.5f}, g.data, 1e-6f);
    }

    @Test
    void bceOfProbabilitiesWithItsLogFloorAtZeroAndOne() {
        FMatrixRMaj p = new FMatrixRMaj(new float[][] {{0.25f, 0.8f, 0f, 1f}});
        FMatrixRMaj t = new FMatrixRMaj(new float[][] {{1f, 0.5f, 1f, 1f}});
        FMatrixRMaj grad = new FMatrixRMaj(1, 4);
        double total = LossFunction.BCE.evaluate(p, t, false, null, grad, 1f);
        double expected = -Math.log(0.25) - (0.5 * Math.log(0.8f) + 0.5 * Math.log(0.2f)) + 100 + 0;
        assertEquals(expected, total, 1e-5);
        // (p - t) / (p (1 - p)); at p = 0 the product is floored at 1e-12
        assertEquals((0.25 - 1) / (0.25 * 0.75), grad.data[0], 1e-5);
        assertEquals((0.8 - 0.5) / (0.8f * (1 - 0.8f)), grad.data[1], 1e-4);
        assertEquals(-1e12, grad.data[2], 1e6);
        assertEquals(0, grad.data[3], 0);
    }

    @Test
    void bceFromLogitsIsSoftplusMinusZTimesTarget() {
        FMatrixRMaj z = new FMatrixRMaj(new float[][] {{0f, 3f, -2f}});
        FMatrixRMaj t = new FMatrixRMaj(new float[][] {{1f, 0f, 0.25f}});
        FMatrixRMaj grad = new FMatrixRMaj(1, 3);
        float[] rows = new float[1];
        double total = LossFunction.BCE.evaluate(z, t, true, rows, grad, 2f);
        double softplus3 = 3 + Math.log1p(Math.exp(-3));
        double softplusMinus2 = Math.log1p(Math.exp(-2));
        assertEquals(Math.log(2) + softplus3 + softplusMinus2 + 0.5, total, 1e-6);
        assertEquals(total, rows[0], 1e-5);
        double sigmoid3 = 1 / (1 + Math.exp(-3));
        double sigmoidMinus2 = 1 / (1 + Math.exp(2));
        assertArrayEquals(new float[] {(float) (2 * (0.5 - 1)), (float) (2 * sigmoid3),
                (float) (2 * (sigmoidMinus2 - 0.25))}, grad.data, 1e-6f);
    }

    @Test
    void logitsAreOnlyForBceAndShapesMustAgree() {
        assertThrows(IllegalArgumentException.class,
                () -> LossFunction.MSE.evaluate(PREDICTION, TARGET, true, null, null, 1f));
        assertThrows(IllegalArgumentException.class,
                () -> LossFunction.MSE.evaluate(PREDICTION, new FMatrixRMaj(2, 3), false, null, null, 1f));
        assertThrows(IllegalArgumentException.class,
                () -> LossFunction.MSE.evaluate(PREDICTION, new FMatrixRMaj(1, 2), false, null, null, 1f));
    }

    @Test
    void lossNamesParseInTheirCommonSpellings() {
        assertEquals(LossFunction.MSE, LossFunction.parse(" l2 "));
        assertEquals(LossFunction.MAE, LossFunction.parse("mean-absolute-error"));
        assertEquals(LossFunction.BCE, LossFunction.parse("binary_crossentropy"));
        assertEquals(LossFunction.HUBER, LossFunction.parse("Huber"));
        assertEquals("Huber", LossFunction.HUBER.displayName());
        assertThrows(IllegalArgumentException.class, () -> LossFunction.parse("hinge"));
    }
}
