package workbench.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import org.apache.commons.math3.random.Well19937c;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every layer's backward pass against central differences of L = sum(output * R). */
class LayerGradientTest {

    private static void checkLayer(String what, Layer layer, FMatrixRMaj input, double tolerance) {
        layer.build(Shape.flat(input.numCols), 0);
        layer.initialize(Initializer.GLOROT_UNIFORM, new Well19937c(3));
        FMatrixRMaj out = layer.forward(input, false);
        FMatrixRMaj r = GradientCheck.random(out.numRows, out.numCols, 11, 1.0);
        FMatrixRMaj gradInput = layer.backward(r, true).copy();
        List<FMatrixRMaj> paramGrads = layer.parameters().stream().map(p -> p.gradient().copy()).toList();
        java.util.function.DoubleSupplier loss = () -> GradientCheck.dot(layer.forward(input, false), r);
        GradientCheck.check(what + " input", input, gradInput, loss, tolerance);
        for (int i = 0; i < paramGrads.size(); i++) {
            Parameter p = layer.parameters().get(i);
            GradientCheck.check(what + " " + p.name(), p.value(), paramGrads.get(i), loss, tolerance);
        }
    }

    @Test
    void denseOddSizes() {
        FMatrixRMaj x = GradientCheck.random(5, 7, 1, 1.0);
        checkLayer("Dense", new Dense("d", 3, EjmlGemm.SINGLE_THREADED), x, 2e-3);
    }

    @Test
    void denseSingleSample() {
        FMatrixRMaj x = GradientCheck.random(1, 4, 2, 1.0);
        checkLayer("Dense", new Dense("d", 1, EjmlGemm.MULTI_THREADED), x, 2e-3);
    }

    @ParameterizedTest
    @EnumSource(ActivationFunction.class)
    void activations(ActivationFunction f) {
        FMatrixRMaj x = GradientCheck.random(4, 6, 5, 2.0);
        GradientCheck.awayFromZero(x, 0.05);
        checkLayer(f.name(), new ActivationLayer(f, f == ActivationFunction.LEAKY_RELU ? 0.2f : f.defaultAlpha()), x, 2e-3);
    }

    @Test
    void dropoutAtEvaluationIsIdentityAndTrainingMaskMatchesGradient() {
        Dropout dropout = new Dropout(0.5);
        dropout.build(Shape.flat(6), 0);
        dropout.setRandom(new Well19937c(1));
        FMatrixRMaj x = GradientCheck.random(4, 6, 5, 1.0);
        FMatrixRMaj y = dropout.forward(x, true);
        FMatrixRMaj g = GradientCheck.random(4, 6, 6, 1.0);
        FMatrixRMaj gx = dropout.backward(g, true);
        int zeros = 0;
        for (int i = 0; i < x.data.length; i++) {
            float factor = y.data[i] / x.data[i];
            assertEquals(factor == 0 ? 0f : 2f, factor, 1e-6f);
            assertEquals(g.data[i] * factor, gx.data[i], 1e-6f, "gradient uses the same mask");
            zeros += factor == 0 ? 1 : 0;
        }
        assertEquals(12, zeros, 7, "about half dropped");
        assertEquals(x, dropout.forward(x, false));
    }

    @Test
    void gaussianNoiseAddsNoiseOnlyInTraining() {
        GaussianNoise noise = new GaussianNoise(0.5);
        noise.build(Shape.flat(1000), 0);
        noise.setRandom(new Well19937c(1));
        FMatrixRMaj x = new FMatrixRMaj(1, 1000);
        FMatrixRMaj y = noise.forward(x, true);
        double sumSq = 0;
        for (float v : y.data) {
            sumSq += v * v;
        }
        assertEquals(0.5, Math.sqrt(sumSq / 1000), 0.05);
        assertEquals(x, noise.forward(x, false));
        FMatrixRMaj g = GradientCheck.random(1, 1000, 2, 1);
        assertNotNull(noise.backward(g, true));
        assertEquals(g, noise.backward(g, true), "gradient passes through");
    }
}
