package workbench.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * The reparameterised code, the KL of N(mean, exp(logVar)) from N(0, 1) by hand, and the gradients
 * at both heads against finite differences of (upstream gradient . z + beta KL / rows).
 */
class VariationalCodeRulesTest {
    private static final float[] EPS = {0.5f, -1f, 2f, 0.25f};
    private static final Autoencoder.GaussianSource FIXED = (buffer, count) -> System.arraycopy(EPS, 0, buffer, 0, count);

    private static FMatrixRMaj mean() {
        return new FMatrixRMaj(new float[][] {{1f, 0f}, {-0.5f, 2f}});
    }

    private static FMatrixRMaj logVar() {
        return new FMatrixRMaj(new float[][] {{0f, (float) Math.log(4)}, {-1f, 0.5f}});
    }

    @Test
    void theCodeIsTheMeanPlusTheStandardDeviationTimesTheNoise() {
        VariationalCode v = new VariationalCode(2);
        FMatrixRMaj z = v.code(mean(), logVar(), FIXED);
        float[] expected = {1f + 0.5f, 0f + 2f * -1f, -0.5f + (float) Math.exp(-0.5) * 2f,
                2f + (float) Math.exp(0.25) * 0.25f};
        assertArrayEquals(expected, z.data, 1e-6f);
        FMatrixRMaj m = mean();
        assertSame(m, v.code(m, logVar(), null), "without noise the code is the mean");
    }

    @Test
    void klIsHalfOfVariancePlusSquaredMeanMinusOneMinusLogVariance() {
        VariationalCode v = new VariationalCode(2);
        v.code(mean(), logVar(), null);
        // 0.5 (exp(lv) + mu^2 - 1 - lv) per value
        double expected = 0.5 * (1 + 1 - 1 - 0) + 0.5 * (4 + 0 - 1 - Math.log(4))
                + 0.5 * (Math.exp(-1) + 0.25 - 1 + 1) + 0.5 * (Math.exp(0.5) + 4 - 1 - 0.5);
        assertEquals(expected, v.klSum(), 1e-5);
    }

    @Test
    void headGradientsMatchFiniteDifferences() {
        double beta = 0.7;
        float[] upstream = {0.3f, -0.2f, 0.1f, 0.4f};
        VariationalCode v = new VariationalCode(2);
        v.code(mean(), logVar(), FIXED);
        double klPerSample = v.klAndGradients(new FMatrixRMaj(2, 2, true, upstream), beta);
        assertEquals(v.klSum() / 2, klPerSample, 1e-12);
        double h = 1e-3;
        for (int i = 0; i < 4; i++) {
            for (boolean atMean : new boolean[] {true, false}) {
                float[] mu = mean().data;
                float[] lv = logVar().data;
                float[] target = atMean ? mu : lv;
                target[i] += (float) h;
                double plus = objective(mu, lv, upstream, beta);
                target[i] -= (float) (2 * h);
                double minus = objective(mu, lv, upstream, beta);
                double numeric = (plus - minus) / (2 * h);
                float analytic = (atMean ? v.gradMean() : v.gradLogVar()).data[i];
                assertEquals(numeric, analytic, 1e-3, (atMean ? "mean" : "log-variance") + " gradient " + i);
            }
        }
    }

    /** upstream . (mu + exp(lv / 2) eps) + beta / rows * KL, in double. */
    private static double objective(float[] mu, float[] lv, float[] upstream, double beta) {
        double sum = 0;
        double kl = 0;
        for (int i = 0; i < mu.length; i++) {
            sum += upstream[i] * (mu[i] + Math.exp(0.5 * lv[i]) * EPS[i]);
            kl += 0.5 * (Math.exp(lv[i]) + mu[i] * mu[i] - 1 - lv[i]);
        }
        return sum + beta / 2 * kl;
    }

    @Test
    void theHeadsInputGradientsAdd() {
        VariationalCode v = new VariationalCode(2);
        FMatrixRMaj a = new FMatrixRMaj(new float[][] {{1, 2, 3}});
        FMatrixRMaj b = new FMatrixRMaj(new float[][] {{0.5f, -2, 4}});
        assertArrayEquals(new float[] {1.5f, 0, 7}, v.sum(a, b).data, 0f);
    }
}
