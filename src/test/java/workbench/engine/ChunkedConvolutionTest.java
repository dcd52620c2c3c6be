package workbench.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;
import org.apache.commons.math3.random.Well19937c;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * A batch too big for one column matrix ({@link Im2Col#COLUMN_BUDGET}) is split into chunks, one
 * product each; the weight gradient must be the sum over every chunk. Each test counts the
 * products the layer asks for, so it proves the batch really took at least 3 chunks forward and
 * backward, then holds the batch's outputs and gradients to the same samples run one at a time.
 */
class ChunkedConvolutionTest {
    /** A batch of this many is at least 3 chunks for both layers below (checked, not assumed). */
    private static final int ROWS = 80;

    /** Counts the products of each kind and passes them on to the production kernel. */
    private static final class CountingGemm implements Gemm {
        private final Gemm inner = Gemm.standard();
        int mult;
        int multTransA;
        int multTransB;

        @Override
        public void mult(FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c) {
            mult++;
            inner.mult(a, b, c);
        }

        @Override
        public void multTransA(FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c) {
            multTransA++;
            inner.multTransA(a, b, c);
        }

        @Override
        public void multTransB(FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c) {
            multTransB++;
            inner.multTransB(a, b, c);
        }

        void reset() {
            mult = 0;
            multTransA = 0;
            multTransB = 0;
        }
    }

    @Test
    void conv2dSumsTheWeightGradientOverEveryChunk() {
        CountingGemm gemm = new CountingGemm();
        Conv2D layer = new Conv2D("c", 6, 3, 1, Padding.SAME, gemm);
        // one product per chunk: forward c = W * columns, backward dW = dY * columns^T
        checkChunked(layer, Shape.image(8, 12, 12), gemm, g -> g.mult, g -> g.multTransB);
    }

    @Test
    void convTranspose2dSumsTheWeightGradientOverEveryChunk() {
        CountingGemm gemm = new CountingGemm();
        ConvTranspose2D layer = new ConvTranspose2D("t", 8, 3, 2, Padding.SAME, gemm);
        // one product per chunk: forward columns = W^T * x, backward dW = x * columns^T
        checkChunked(layer, Shape.image(8, 12, 12), gemm, g -> g.multTransA, g -> g.multTransB);
    }

    private static void checkChunked(ConvolutionLayer layer, Shape shape, CountingGemm gemm,
                                     Function<CountingGemm, Integer> forwardProducts,
                                     Function<CountingGemm, Integer> weightGradientProducts) {
        String what = layer.getClass().getSimpleName();
        layer.build(shape, 0);
        layer.initialize(Initializer.GLOROT_UNIFORM, new Well19937c(1));
        layer.bias().setTo(GradientCheck.random(1, layer.filters(), 2, 0.5));
        FMatrixRMaj x = GradientCheck.random(ROWS, shape.size(), 5, 1.0);

        gemm.reset();
        FMatrixRMaj y = layer.forward(x, true).copy();
        int forwardChunks = forwardProducts.apply(gemm);
        FMatrixRMaj r = GradientCheck.random(y.numRows, y.numCols, 6, 1.0);
        gemm.reset();
        FMatrixRMaj gx = layer.backward(r, true).copy();
        int backwardChunks = weightGradientProducts.apply(gemm);
        FMatrixRMaj gw = layer.parameters().get(0).gradient().copy();
        FMatrixRMaj gb = layer.parameters().get(1).gradient().copy();
        assertTrue(forwardChunks >= 3, what + " forward ran " + forwardChunks + " chunk(s); the test needs 3 or more");
        assertTrue(backwardChunks >= 3, what + " backward ran " + backwardChunks + " chunk(s); the test needs 3 or more");
        assertEquals(forwardChunks, backwardChunks, what + ": backward splits the batch as forward does");

        double[] weightSum = new double[gw.getNumElements()];
        double[] biasSum = new double[gb.getNumElements()];
        for (int s = 0; s < ROWS; s++) {
            gemm.reset();
            Fixtures.assertClose(what + " output of sample " + s, row(y, s), layer.forward(row(x, s), true), 1e-5, 1e-5);
            assertEquals(1, forwardProducts.apply(gemm), "one sample is one chunk");
            Fixtures.assertClose(what + " input gradient of sample " + s, row(gx, s),
                    layer.backward(row(r, s), true), 1e-5, 1e-5);
            addTo(weightSum, layer.parameters().get(0).gradient());
            addTo(biasSum, layer.parameters().get(1).gradient());
        }
        assertCloseToSum(what + " weight gradient", weightSum, gw);
        assertCloseToSum(what + " bias gradient", biasSum, gb);
    }

    private static FMatrixRMaj row(FMatrixRMaj m, int row) {
        FMatrixRMaj r = new FMatrixRMaj(1, m.numCols);
        System.arraycopy(m.data, row * m.numCols, r.data, 0, m.numCols);
        return r;
    }

    private static void addTo(double[] sum, FMatrixRMaj part) {
        for (int i = 0; i < sum.length; i++) {
            sum[i] += part.data[i];
        }
    }

    /**
     * Float sums of 80 samples' terms in another order: each entry within 1e-4 of the largest
     * entry. A gradient that kept only the last chunk (5 of 80 samples here) is off by far more.
     */
    private static void assertCloseToSum(String what, double[] expected, FMatrixRMaj actual) {
        double scale = 0;
        for (double e : expected) {
            scale = Math.max(scale, Math.abs(e));
        }
        for (int i = 0; i < expected.length; i++) {
            double error = Math.abs(expected[i] - actual.data[i]);
            int index = i;
            double limit = 1e-4 * scale;
            assertTrue(error <= limit, () -> what + ": entry " + index + " expected " + expected[index]
                    + " (the sum over the samples one at a time) but got " + actual.data[index]);
        }
    }
}
