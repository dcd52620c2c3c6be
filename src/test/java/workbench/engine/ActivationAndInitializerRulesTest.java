package workbench.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.random.Well19937c;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each activation's value and derivative at points on both sides of its kink, by hand; the
 * initialisers' spreads against the formulas of He, Glorot and torch.nn.Linear.
 */
class ActivationAndInitializerRulesTest {

    private static void assertAt(ActivationFunction f, float x, float alpha, double value, double slope) {
        float y = f.apply(x, alpha);
        assertEquals(value, y, 1e-6 * Math.max(1, Math.abs(value)), f + "(" + x + ")");
        assertEquals(slope, f.derivative(x, y, alpha), 1e-6, f + "'(" + x + ")");
    }

    @Test
    void rectifiersOnBothSidesOfZero() {
        assertAt(ActivationFunction.RELU, 2f, 0, 2, 1);
        assertAt(ActivationFunction.RELU, -2f, 0, 0, 0);
        assertAt(ActivationFunction.RELU, 0f, 0, 0, 0);
        assertAt(ActivationFunction.LEAKY_RELU, 3f, 0.1f, 3, 1);
        assertAt(ActivationFunction.LEAKY_RELU, -3f, 0.1f, -0.3f, 0.1f);
        assertAt(ActivationFunction.LEAKY_RELU, 0f, 0.1f, 0, 0.1f);
        assertAt(ActivationFunction.ELU, 1.5f, 1, 1.5, 1);
        // alpha (e^x - 1), slope alpha e^x = y + alpha
        assertAt(ActivationFunction.ELU, -1f, 2, 2 * (Math.exp(-1) - 1), 2 * Math.exp(-1));
        assertAt(ActivationFunction.ELU, 0f, 2, 0, 2);
    }

    @Test
    void saturatingFunctionsByTheirFormulas() {
        assertAt(ActivationFunction.SIGMOID, 0f, 0, 0.5, 0.25);
        double s2 = 1 / (1 + Math.exp(-2));
        assertAt(ActivationFunction.SIGMOID, 2f, 0, s2, s2 * (1 - s2));
        assertAt(ActivationFunction.SIGMOID, -2f, 0, 1 - s2, s2 * (1 - s2));
        assertEquals(0f, ActivationFunction.sigmoid(-200f), 0f);
        assertEquals(1f, ActivationFunction.sigmoid(200f), 0f);
        double t = Math.tanh(0.5);
        assertAt(ActivationFunction.TANH, 0.5f, 0, t, 1 - t * t);
        assertAt(ActivationFunction.LINEAR, -4f, 0, -4, 1);
        assertAt(ActivationFunction.SOFTPLUS, 1f, 0, Math.log1p(Math.E), 1 / (1 + Math.exp(-1)));
        assertAt(ActivationFunction.SOFTPLUS, 20f, 0, Math.log1p(Math.exp(20)), 1 / (1 + Math.exp(-20)));
        assertAt(ActivationFunction.SOFTPLUS, 30f, 0, 30, 1);
    }

    @Test
    void defaultAlphasFamiliesAndNames() {
        assertEquals(0.01f, ActivationFunction.LEAKY_RELU.defaultAlpha());
        assertEquals(1f, ActivationFunction.ELU.defaultAlpha());
        assertEquals(0f, ActivationFunction.RELU.defaultAlpha());
        assertTrue(ActivationFunction.ELU.isRectifier());
        assertTrue(ActivationFunction.LEAKY_RELU.isRectifier());
        assertFalse(ActivationFunction.SOFTPLUS.isRectifier());
        assertTrue(ActivationFunction.SIGMOID.outputsProbabilities());
        assertFalse(ActivationFunction.TANH.outputsProbabilities());
        assertEquals(ActivationFunction.LEAKY_RELU, ActivationFunction.parse("LeakyReLU"));
        assertEquals(ActivationFunction.LEAKY_RELU, ActivationFunction.parse(" leaky-relu"));
        assertEquals(ActivationFunction.LINEAR, ActivationFunction.parse("identity"));
        assertEquals(ActivationFunction.LINEAR, ActivationFunction.parse("none"));
        assertEquals(ActivationFunction.SOFTPLUS, ActivationFunction.parse("softplus"));
        assertThrows(IllegalArgumentException.class, () -> ActivationFunction.parse("swish"));
        assertEquals(Initializer.HE_UNIFORM, Initializer.suitedTo(ActivationFunction.ELU));
        assertEquals(Initializer.GLOROT_UNIFORM, Initializer.suitedTo(ActivationFunction.TANH));
    }

    /** Standard deviation of each initialiser for fan-in 50 and fan-out 30. */
    private static double expectedSd(Initializer init) {
        return switch (init) {
            // uniform in +-L has sd L / sqrt(3)
            case HE_UNIFORM -> Math.sqrt(6.0 / 50) / Math.sqrt(3);
            case HE_NORMAL -> Math.sqrt(2.0 / 50);
            case GLOROT_UNIFORM -> Math.sqrt(6.0 / 80) / Math.sqrt(3);
            case GLOROT_NORMAL -> Math.sqrt(2.0 / 80);
            case PYTORCH_DEFAULT -> 1 / Math.sqrt(50) / Math.sqrt(3);
        };
    }

    @ParameterizedTest
    @EnumSource(Initializer.class)
    void weightsHaveMeanZeroAndTheSpreadOfTheirRule(Initializer init) {
        FMatrixRMaj w = new FMatrixRMaj(100, 200);
        init.fillWeights(w, 50, 30, new Well19937c(9));
        double sum = 0;
        double sumSq = 0;
        double max = 0;
        for (float v : w.data) {
            sum += v;
            sumSq += (double) v * v;
            max = Math.max(max, Math.abs(v));
        }
        int n = w.data.length;
        double sd = expectedSd(init);
        assertEquals(0, sum / n, 0.03 * sd, "mean");
        assertEquals(sd, Math.sqrt(sumSq / n), 0.02 * sd, "sd");
        boolean uniform = init == Initializer.HE_UNIFORM || init == Initializer.GLOROT_UNIFORM
                || init == Initializer.PYTORCH_DEFAULT;
        if (uniform) {
            assertTrue(max <= sd * Math.sqrt(3) && max > 0.99 * sd * Math.sqrt(3), "limit " + max);
        }
    }

    @Test
    void biasesStartAtZeroExceptUnderPyTorchsDefault() {
        FMatrixRMaj b = new FMatrixRMaj(1, 1000);
        b.data[3] = 5;
        Initializer.HE_NORMAL.fillBiases(b, 25, new Well19937c(1));
        for (float v : b.data) {
            assertEquals(0f, v, 0f);
        }
        Initializer.PYTORCH_DEFAULT.fillBiases(b, 25, new Well19937c(1));
        double max = 0;
        for (float v : b.data) {
            assertTrue(Math.abs(v) <= 0.2f, "bias " + v);
            max = Math.max(max, Math.abs(v));
        }
        assertTrue(max > 0.19, "uniform in +-1/sqrt(25) reaches near 0.2, got " + max);
    }
}
