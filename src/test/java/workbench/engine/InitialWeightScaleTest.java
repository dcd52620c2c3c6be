package workbench.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.random.Well19937c;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * Each weighted layer starts at the scale PyTorch and Keras give it, which depends on the fans they
 * count: a dense layer's inputs and units; a convolution's channels and filters times its kernel
 * area; a transposed convolution's filters times the area as its fan-in (both frameworks read it
 * from the weight's second axis). The shapes are chosen so that fan-in and fan-out differ.
 */
class InitialWeightScaleTest {

    private static float largest(FMatrixRMaj m) {
        float max = 0;
        for (float v : m.data) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }

    /** Uniform draws fill their range: with dozens of weights the largest lies within 20% of the bound. */
    private static void assertFills(String what, FMatrixRMaj weights, double bound) {
        float max = largest(weights);
        assertTrue(max <= bound && max > 0.8 * bound, what + ": largest " + max + ", bound " + bound);
    }

    private static void check(String what, Layer layer, FMatrixRMaj weights, FMatrixRMaj bias, int fanIn, int fanOut) {
        layer.initialize(Initializer.GLOROT_UNIFORM, new Well19937c(5));
        assertFills(what + " Glorot", weights, Math.sqrt(6.0 / (fanIn + fanOut)));
        assertTrue(largest(bias) == 0, what + ": Keras starts biases at zero");
        layer.initialize(Initializer.PYTORCH_DEFAULT, new Well19937c(5));
        double bound = 1 / Math.sqrt(fanIn);
        assertFills(what + " PyTorch", weights, bound);
        assertTrue(largest(bias) > 0 && largest(bias) <= bound, what + ": PyTorch draws biases in +-1/sqrt(fan-in)");
    }

    @Test
    void denseFansAreInputsAndUnits() {
        Dense dense = new Dense("d", 5, EjmlGemm.SINGLE_THREADED);
        dense.build(Shape.flat(12), 0);
        check("Dense", dense, dense.weights(), dense.bias(), 12, 5);
    }

    @Test
    void convolutionFansAreChannelsAndFiltersTimesKernelArea() {
        Conv2D conv = new Conv2D("c", 3, 3, 1, Padding.SAME, EjmlGemm.SINGLE_THREADED);
        conv.build(Shape.image(2, 5, 5), 0);
        check("Conv2D", conv, conv.weights(), conv.bias(), 2 * 9, 3 * 9);
    }

    @Test
    void transposedConvolutionTakesItsFiltersTimesKernelAreaAsFanIn() {
        ConvTranspose2D deconv = new ConvTranspose2D("t", 4, 3, 2, Padding.SAME, EjmlGemm.SINGLE_THREADED);
        deconv.build(Shape.image(2, 5, 5), 0);
        check("ConvTranspose2D", deconv, deconv.weights(), deconv.bias(), 4 * 9, 2 * 9);
    }
}
