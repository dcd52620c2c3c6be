package workbench.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.apache.commons.math3.random.Well19937c;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * The random layers and corruptions measured over many values (fractions and spreads within a few
 * standard errors of what was asked), and the sparsity penalties by hand and by finite differences.
 */
class NoiseAndSparsityRulesTest {
    private static final int N = 20_000;

    private static FMatrixRMaj constant(float value) {
        FMatrixRMaj m = new FMatrixRMaj(100, N / 100);
        Arrays.fill(m.data, value);
        return m;
    }

    @Test
    void dropoutZeroesItsRateAndScalesTheRestSoTheMeanIsKept() {
        Dropout d = new Dropout(0.25);
        d.setRandom(new Well19937c(1));
        FMatrixRMaj in = constant(2f);
        FMatrixRMaj out = d.forward(in, true);
        int zeros = 0;
        for (float v : out.data) {
            if (v == 0) {
                zeros++;
            } else {
                assertEquals(2f / 0.75f, v, 1e-6f);
            }
        }
        // binomial: sd of the fraction is sqrt(0.25 * 0.75 / N) = 0.003
        assertEquals(0.25, zeros / (double) N, 0.015);
        FMatrixRMaj grad = constant(1f);
        FMatrixRMaj back = d.backward(grad, true);
        for (int i = 0; i < N; i++) {
            assertEquals(out.data[i] / 2f, back.data[i], 1e-6f, "the gradient passes where the value did");
        }
        assertNull(d.backward(grad, false));
    }

    @Test
    void dropoutIsTheIdentityInEvaluationAndAtRateZero() {
        Dropout d = new Dropout(0.5);
        d.setRandom(new Well19937c(1));
        FMatrixRMaj in = constant(3f);
        assertSame(in, d.forward(in, false));
        FMatrixRMaj grad = constant(1f);
        assertSame(grad, d.backward(grad, true));
        Dropout none = new Dropout(0);
        assertSame(in, none.forward(in, true));
        assertThrows(IllegalArgumentException.class, () -> new Dropout(1));
        assertThrows(IllegalArgumentException.class, () -> new Dropout(-0.1));
    }

    @Test
    void gaussianNoiseLayerAddsTheStandardDeviationAskedForInTrainingOnly() {
        GaussianNoise layer = new GaussianNoise(0.3);
        layer.setRandom(new Well19937c(2));
        FMatrixRMaj in = constant(1f);
        assertSame(in, layer.forward(in, false));
        assertSpread(layer.forward(in, true).data, 1f, 0.3);
        FMatrixRMaj grad = constant(1f);
        assertSame(grad, layer.backward(grad, true));
        assertNull(layer.backward(grad, false));
    }

    private static void assertSpread(float[] values, float centre, double sd) {
        double sum = 0;
        double sumSq = 0;
        for (float v : values) {
            sum += v - centre;
            sumSq += (v - centre) * (v - centre);
        }
        double mean = sum / values.length;
        assertEquals(0, mean, 0.05 * sd, "mean of the noise");
        assertEquals(sd, Math.sqrt(sumSq / values.length - mean * mean), 0.05 * sd, "sd of the noise");
    }

    @Test
    void gaussianCorruptionHasItsSpreadAndClipsOnlyWhenAsked() {
        FMatrixRMaj clean = constant(0.5f);
        FMatrixRMaj out = new FMatrixRMaj(1, 1);
        Corruption.apply(VariantSpec.denoising(VariantSpec.Noise.GAUSSIAN, 0.2, false), clean, out,
                new Well19937c(3));
        assertEquals(clean.numRows, out.numRows);
        assertSpread(out.data, 0.5f, 0.2);
        Corruption.apply(VariantSpec.denoising(VariantSpec.Noise.GAUSSIAN, 1.0, true), clean, out,
                new Well19937c(3));
        int atEdges = 0;
        for (float v : out.data) {
            assertTrue(v >= 0 && v <= 1, "clipped value " + v);
            atEdges += v == 0 || v == 1 ? 1 : 0;
        }
        // P(|N(0, 1)| > 0.5) = 0.617
        assertEquals(0.617, atEdges / (double) N, 0.02);
        for (float v : clean.data) {
            assertEquals(0.5f, v, 0f, "the clean rows are not touched");
        }
    }

    @Test
    void maskingZeroesTheFractionAskedAndKeepsTheRest() {
        FMatrixRMaj clean = constant(0.7f);
        FMatrixRMaj out = new FMatrixRMaj(1, 1);
        Corruption.apply(VariantSpec.denoising(VariantSpec.Noise.MASKING, 0.3, false), clean, out, new Well19937c(4));
        int zeros = 0;
        for (float v : out.data) {
            assertTrue(v == 0f || v == 0.7f, "masked value " + v);
            zeros += v == 0f ? 1 : 0;
        }
        assertEquals(0.3, zeros / (double) N, 0.015);
    }

    @Test
    void saltAndPepperSetsTheFractionAskedToZeroOrOneInEqualParts() {
        FMatrixRMaj clean = constant(0.4f);
        FMatrixRMaj out = new FMatrixRMaj(1, 1);
        Corruption.apply(VariantSpec.denoising(VariantSpec.Noise.SALT_AND_PEPPER, 0.2, false), clean, out,
                new Well19937c(5));
        int salt = 0;
        int pepper = 0;
        for (float v : out.data) {
            assertTrue(v == 0f || v == 1f || v == 0.4f, "value " + v);
            salt += v == 1f ? 1 : 0;
            pepper += v == 0f ? 1 : 0;
        }
        assertEquals(0.1, salt / (double) N, 0.01);
        assertEquals(0.1, pepper / (double) N, 0.01);
    }

    @Test
    void l1SparsityIsTheWeightTimesTheMeanAbsoluteCodeSum() {
        SparsityPenalty p = new SparsityPenalty(VariantSpec.sparseL1(0.5));
        FMatrixRMaj code = new FMatrixRMaj(new float[][] {{1, -2}, {3, 0}});
        assertEquals(0.5 * 6 / 2, p.penalty(code), 1e-12);
        FMatrixRMaj grad = new FMatrixRMaj(new float[][] {{1, 1}, {1, 1}});
        assertEquals(1.5, p.addCodeGradient(code, grad), 1e-12);
        assertArrayEquals(new float[] {1.25f, 0.75f, 1.25f, 1f}, grad.data, 1e-7f);
    }

    @Test
    void klSparsityMatchesItsDefinitionAndItsGradientMatchesFiniteDifferences() {
        double rho = 0.1;
        double weight = 2;
        SparsityPenalty p = new SparsityPenalty(VariantSpec.sparseKl(weight, rho));
        FMatrixRMaj code = new FMatrixRMaj(new float[][] {{0.2f, 0.5f, 0f}, {0.4f, 0.5f, 0f}});
        // unit means 0.3, 0.5 and 0 (floored at 1e-7)
        double expected = weight * (kl(rho, 0.3) + kl(rho, 0.5) + kl(rho, 1e-7));
        assertEquals(expected, p.penalty(code), 1e-5 * expected);
        FMatrixRMaj grad = new FMatrixRMaj(2, 3);
        assertEquals(expected, p.addCodeGradient(code, grad), 1e-5 * expected);
        double h = 1e-3;
        for (int i : new int[] {0, 1, 3, 4}) {
            FMatrixRMaj plus = code.copy();
            FMatrixRMaj minus = code.copy();
            plus.data[i] += (float) h;
            minus.data[i] -= (float) h;
            double numeric = (p.penalty(plus) - p.penalty(minus)) / (plus.data[i] - minus.data[i]);
            assertEquals(numeric, grad.data[i], 1e-3 * Math.abs(numeric), "d penalty / d code[" + i + "]");
        }
    }

    private static double kl(double rho, double rhoHat) {
        return rho * Math.log(rho / rhoHat) + (1 - rho) * Math.log((1 - rho) / (1 - rhoHat));
    }
}
