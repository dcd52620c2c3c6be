package workbench.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * Each activation's values and gradients at -2, 0 and 0.5, worked by hand (and matching torch.nn's
 * functions, including the gradient at exactly 0: 0 for ReLU, alpha for LeakyReLU and ELU), through
 * the layer alone and fused after a dense layer; and the activation names files and the command line use.
 */
class ActivationValuesByHandTest {
    private static final float[] X = {-2f, 0f, 0.5f};

    private static void check(ActivationLayer layer, float[] y, float[] dy) {
        FMatrixRMaj input = new FMatrixRMaj(1, 3, true, X.clone());
        assertArrayEquals(y, layer.forward(input, true).data, 1e-6f, layer.describe());
        FMatrixRMaj ones = new FMatrixRMaj(1, 3, true, 1f, 1f, 1f);
        assertArrayEquals(dy, layer.backward(ones, true).data, 1e-6f, layer.describe());
        assertNull(layer.backward(ones, false), "a first layer asks for no input gradient");

        // the same after a dense layer of identity weights and zero bias, which Sequential fuses with it
        Dense dense = new Dense("d", 3, EjmlGemm.SINGLE_THREADED);
        ActivationLayer fused = new ActivationLayer(layer.function(), layer.alpha());
        Sequential net = new Sequential(List.of(dense, fused), Shape.flat(3));
        for (int i = 0; i < 3; i++) {
            dense.weights().set(i, i, 1f);
        }
        assertArrayEquals(y, net.forward(input, true).data, 1e-6f, "fused " + layer.describe());
        assertArrayEquals(dy, net.backward(ones, true).data, 1e-6f, "fused " + layer.describe());
        assertArrayEquals(dy, dense.biasGradient(), 1e-6f, "bias gradient " + layer.describe());
    }

    @Test
    void rectifiers() {
        check(new ActivationLayer(ActivationFunction.RELU), new float[] {0f, 0f, 0.5f}, new float[] {0f, 0f, 1f});
        check(new ActivationLayer(ActivationFunction.LEAKY_RELU, 0.1f), new float[] {-0.2f, 0f, 0.5f},
                new float[] {0.1f, 0.1f, 1f});
        // ELU(alpha 2): 2 (e^-2 - 1) = -1.7293294; its slope below 0 is y + alpha = 0.2706706, at 0 alpha
        check(new ActivationLayer(ActivationFunction.ELU, 2f), new float[] {-1.7293294f, 0f, 0.5f},
                new float[] {0.2706706f, 2f, 1f});
    }

    @Test
    void squashingAndSmoothFunctions() {
        // sigmoid(-2) = 0.11920292, sigmoid(0.5) = 0.62245933; slope y (1 - y)
        check(new ActivationLayer(ActivationFunction.SIGMOID), new float[] {0.11920292f, 0.5f, 0.62245933f},
                new float[] {0.10499359f, 0.25f, 0.23500371f});
        // tanh(-2) = -0.96402758, tanh(0.5) = 0.46211716; slope 1 - y^2
        check(new ActivationLayer(ActivationFunction.TANH), new float[] {-0.96402758f, 0f, 0.46211716f},
                new float[] {0.07065082f, 1f, 0.78644773f});
        // softplus: ln(1 + e^-2) = 0.12692801, ln 2 = 0.69314718, ln(1 + e^0.5) = 0.97407698; slope sigmoid(x)
        check(new ActivationLayer(ActivationFunction.SOFTPLUS), new float[] {0.12692801f, 0.69314718f, 0.97407698f},
                new float[] {0.11920292f, 0.5f, 0.62245933f});
        check(new ActivationLayer(ActivationFunction.LINEAR), X, new float[] {1f, 1f, 1f});
    }

    @Test
    void softplusIsTheIdentityFarAboveZeroAndSigmoidSafeFarBelow() {
        assertEquals(25f, ActivationFunction.SOFTPLUS.apply(25f, 0));
        assertEquals(1f, ActivationFunction.SOFTPLUS.derivative(25f, 25f, 0));
        assertEquals(0f, ActivationFunction.sigmoid(-200f));
        assertEquals(1f, ActivationFunction.sigmoid(200f));
    }

    @Test
    void defaultAlphaIsPyTorchsAndTheDescriptionShowsItOnlyWhereItMatters() {
        ActivationLayer leaky = new ActivationLayer(ActivationFunction.LEAKY_RELU);
        assertEquals(0.01f, leaky.alpha());
        assertEquals("LeakyReLU(0.01)", leaky.describe());
        assertEquals("ELU(1.0)", new ActivationLayer(ActivationFunction.ELU).describe());
        assertEquals("Tanh", new ActivationLayer(ActivationFunction.TANH, 3f).describe());
        assertEquals(0f, ActivationFunction.SIGMOID.defaultAlpha());
    }

    @Test
    void rectifiersWantHeInitialisationAndOnlySigmoidGivesProbabilities() {
        for (ActivationFunction f : ActivationFunction.values()) {
            boolean rectifier = f == ActivationFunction.RELU || f == ActivationFunction.LEAKY_RELU
                    || f == ActivationFunction.ELU;
            assertEquals(rectifier, f.isRectifier(), f.name());
            assertEquals(f == ActivationFunction.SIGMOID, f.outputsProbabilities(), f.name());
        }
    }

    @Test
    void namesAreReadAsFilesAndTheCommandLineWriteThem() {
        assertEquals(ActivationFunction.LEAKY_RELU, ActivationFunction.parse("leaky-relu"));
        assertEquals(ActivationFunction.LEAKY_RELU, ActivationFunction.parse("LeakyReLU"));
        assertEquals(ActivationFunction.LINEAR, ActivationFunction.parse("identity"));
        assertEquals(ActivationFunction.LINEAR, ActivationFunction.parse(" None "));
        assertEquals(ActivationFunction.SOFTPLUS, ActivationFunction.parse("softplus"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ActivationFunction.parse("swish"));
        assertTrue(e.getMessage().startsWith("unknown activation 'swish': expected one of relu,"), e.getMessage());
        assertFalse(e.getMessage().contains("SWISH"));
    }
}
