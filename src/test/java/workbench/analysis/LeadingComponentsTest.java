package workbench.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.commons.math3.random.Well19937c;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

/** The partial fit for plotting finds the same leading components as the full decomposition. */
class LeadingComponentsTest {

    /** Wide rows (more features than samples) with a decaying spectrum, like the codes of a conv model. */
    private static FMatrixRMaj wide(int n, int d, long seed) {
        Well19937c rng = new Well19937c(seed);
        int rank = 20;
        double[][] factors = new double[rank][d];
        for (double[] f : factors) {
            for (int j = 0; j < d; j++) {
                f[j] = rng.nextGaussian();
            }
        }
        FMatrixRMaj x = new FMatrixRMaj(n, d);
        for (int i = 0; i < n; i++) {
            for (int r = 0; r < rank; r++) {
                double weight = rng.nextGaussian() * Math.pow(0.7, r);
                for (int j = 0; j < d; j++) {
                    x.data[i * d + j] += (float) (weight * factors[r][j]);
                }
            }
            for (int j = 0; j < d; j++) {
                x.data[i * d + j] += (float) (0.01 * rng.nextGaussian() + 0.5);
            }
        }
        return x;
    }

    @Test
    void leadingTwoMatchTheFullFit() {
        FMatrixRMaj x = wide(300, 500, 3);
        Pca full = Pca.fit(x);
        Pca leading = Pca.fitLeading(x, 2);
        assertEquals(2, leading.maxComponents());
        assertArrayEquals(full.mean(), leading.mean(), 1e-5f);
        for (int c = 0; c < 2; c++) {
            assertEquals(full.singularValues()[c], leading.singularValues()[c], 1e-4 * full.singularValues()[c]);
            assertEquals(full.explainedVarianceRatio()[c], leading.explainedVarianceRatio()[c], 1e-4);
        }
        FMatrixRMaj a = full.components(2);
        FMatrixRMaj b = leading.components(2);
        for (int i = 0; i < a.data.length; i++) {
            assertEquals(a.data[i], b.data[i], 1e-3, "component entry " + i);
        }
        FMatrixRMaj pa = full.project(x, 2);
        FMatrixRMaj pb = leading.project(x, 2);
        for (int i = 0; i < pa.data.length; i++) {
            assertEquals(pa.data[i], pb.data[i], 1e-3 * (1 + Math.abs(pa.data[i])));
        }
    }

    @Test
    void repeatsBitForBit() {
        FMatrixRMaj x = wide(200, 150, 4);
        assertArrayEquals(Pca.fitLeading(x, 2).components(2).data, Pca.fitLeading(x, 2).components(2).data, 0f);
    }

    @Test
    void refusesMoreComponentsThanTheDataHas() {
        assertThrows(IllegalArgumentException.class, () -> Pca.fitLeading(wide(3, 10, 5), 4));
    }
}
