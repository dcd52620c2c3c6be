package workbench.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

class PcaTest {

    private static double maxAbsDiff(FMatrixRMaj a, FMatrixRMaj b) {
        double worst = 0;
        for (int i = 0; i < a.getNumElements(); i++) {
            worst = Math.max(worst, Math.abs(a.data[i] - b.data[i]));
        }
        return worst;
    }

    /** An orthonormal basis of R^3: a rotation of the standard axes. */
    private static final double[][] AXES = orthonormal(new double[][] {{2, 1, 2}, {1, 2, -2}, {2, -2, -1}});

    private static double[][] orthonormal(double[][] rows) {
        for (double[] row : rows) {
            double norm = Math.sqrt(row[0] * row[0] + row[1] * row[1] + row[2] * row[2]);
            for (int j = 0; j < 3; j++) {
                row[j] /= norm;
            }
        }
        return rows;
    }

    /** n points: mean + a*AXES[0]*5 + b*AXES[1]*2 + c*AXES[2]*scale3, a, b, c standard normal. */
    private static FMatrixRMaj synthetic(int n, double scale3, long seed) {
        Random random = new Random(seed);
        double[] mean = {10, -3, 0.5};
        double[] scales = {5, 2, scale3};
        FMatrixRMaj x = new FMatrixRMaj(n, 3);
        for (int i = 0; i < n; i++) {
            double[] coef = {random.nextGaussian(), random.nextGaussian(), random.nextGaussian()};
            for (int j = 0; j < 3; j++) {
                double v = mean[j];
                for (int c = 0; c < 3; c++) {
                    v += coef[c] * scales[c] * AXES[c][j];
                }
                x.set(i, j, (float) v);
            }
        }
        return x;
    }

    @Test
    void findsKnownPrincipalAxes() {
        Pca pca = Pca.fit(synthetic(4000, 0.5, 1));
        FMatrixRMaj w = pca.components(3);
        for (int c = 0; c < 3; c++) {
            double dot = 0;
            for (int j = 0; j < 3; j++) {
                dot += w.get(j, c) * AXES[c][j];
            }
            assertEquals(1.0, Math.abs(dot), 1e-3, "component " + c);
        }
        double[] ratio = pca.explainedVarianceRatio();
        double total = 25 + 4 + 0.25;
        assertEquals(25 / total, ratio[0], 0.02);
        assertEquals(4 / total, ratio[1], 0.02);
        assertEquals(1.0, ratio[0] + ratio[1] + ratio[2], 1e-9);
        assertEquals(25, pca.explainedVariance()[0], 1.5);
        assertTrue(ratio[0] >= ratio[1] && ratio[1] >= ratio[2]);
    }

    @Test
    void signMakesTheLargestEntryPositive() {
        Pca pca = Pca.fit(synthetic(500, 0.5, 2));
        FMatrixRMaj w = pca.components(3);
        for (int c = 0; c < 3; c++) {
            int largest = 0;
            for (int j = 1; j < 3; j++) {
                if (Math.abs(w.get(j, c)) > Math.abs(w.get(largest, c))) {
                    largest = j;
                }
            }
            assertTrue(w.get(largest, c) > 0, "component " + c);
        }
    }

    @Test
    void fullRankReconstructionIsExact() {
        FMatrixRMaj x = synthetic(200, 0.5, 3);
        Pca pca = Pca.fit(x);
        assertTrue(maxAbsDiff(x, pca.reconstruct(x, 3)) < 1e-4);
    }

    @Test
    void dataInAPlaneLosesNothingWithTwoComponents() {
        FMatrixRMaj x = synthetic(300, 0.0, 4);
        Pca pca = Pca.fit(x);
        assertEquals(0.0, pca.explainedVarianceRatio()[2], 1e-9);
        assertTrue(maxAbsDiff(x, pca.reconstruct(x, 2)) < 1e-4);
        assertTrue(maxAbsDiff(x, pca.reconstruct(x, 1)) > 0.5, "one component must lose the second axis");
        // The plane found is the plane the data was made in.
        FMatrixRMaj truth = new FMatrixRMaj(3, 2);
        for (int j = 0; j < 3; j++) {
            truth.set(j, 0, (float) AXES[0][j]);
            truth.set(j, 1, (float) AXES[1][j]);
        }
        double[] angles = PrincipalAngles.between(pca.components(2), truth);
        assertEquals(0.0, angles[1], 1e-3);
    }

    @Test
    void handComputedRectangle() {
        // Corners of a 2 x 1 rectangle: mean (1, 0.5), centred rows (+-1, +-0.5),
        // so the axes are x then y with singular values 2 and 1, variances 4/3 and 1/3.
        FMatrixRMaj x = new FMatrixRMaj(4, 2, true, 0, 0, 2, 0, 0, 1, 2, 1);
        Pca pca = Pca.fit(x);
        assertArrayEquals(new float[] {1f, 0.5f}, pca.mean());
        assertArrayEquals(new double[] {2, 1}, pca.singularValues(), 1e-9);
        assertArrayEquals(new double[] {0.8, 0.2}, pca.explainedVarianceRatio(), 1e-9);
        assertArrayEquals(new double[] {4 / 3.0, 1 / 3.0}, pca.explainedVariance(), 1e-9);
        assertArrayEquals(new float[] {1, 0, 0, 1}, pca.components(2).data, 1e-6f);
        FMatrixRMaj codes = pca.project(new FMatrixRMaj(1, 2, true, 2, 1), 2);
        assertArrayEquals(new float[] {1f, 0.5f}, codes.data, 1e-6f);
        FMatrixRMaj rebuilt = pca.reconstruct(new FMatrixRMaj(1, 2, true, 2, 1), 1);
        assertArrayEquals(new float[] {2f, 0.5f}, rebuilt.data, 1e-6f);
    }

    @Test
    void handComputedDiagonalLine() {
        // Points on y = x: one component (1, 1)/sqrt(2); centred projections -1.5..1.5 times sqrt(2).
        FMatrixRMaj x = new FMatrixRMaj(4, 2, true, 1, 1, 2, 2, 3, 3, 4, 4);
        Pca pca = Pca.fit(x);
        float r = (float) Math.sqrt(0.5);
        assertArrayEquals(new float[] {r, r}, pca.components(1).data, 1e-6f);
        assertEquals(Math.sqrt(10), pca.singularValues()[0], 1e-9);
        assertEquals(1.0, pca.explainedVarianceRatio()[0], 1e-12);
        assertEquals(1.5 * Math.sqrt(2), pca.project(new FMatrixRMaj(1, 2, true, 4, 4), 1).get(0, 0), 1e-5);
    }

    @Test
    void moreFeaturesThanSamples() {
        Random random = new Random(5);
        FMatrixRMaj x = new FMatrixRMaj(3, 10);
        for (int i = 0; i < x.getNumElements(); i++) {
            x.data[i] = (float) random.nextGaussian();
        }
        Pca pca = Pca.fit(x);
        assertEquals(3, pca.maxComponents());
        // Three centred points span a plane: two components already rebuild them.
        assertTrue(maxAbsDiff(x, pca.reconstruct(x, 2)) < 1e-4);
        assertEquals(0.0, pca.explainedVarianceRatio()[2], 1e-9);
        FMatrixRMaj w = pca.components(3);
        assertEquals(10, w.numRows);
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                double dot = 0;
                for (int j = 0; j < 10; j++) {
                    dot += w.get(j, a) * w.get(j, b);
                }
                assertEquals(a == b ? 1.0 : 0.0, dot, 1e-5, "components " + a + ", " + b);
            }
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> pca.project(x, 4));
        assertTrue(e.getMessage().contains("min(samples, features) = min(3, 10)"), e.getMessage());
    }

    @Test
    void refusesBadInput() {
        Pca pca = Pca.fit(synthetic(10, 1, 6));
        assertThrows(IllegalArgumentException.class, () -> pca.components(0));
        assertThrows(IllegalArgumentException.class, () -> pca.project(new FMatrixRMaj(2, 4), 1));
        assertThrows(IllegalArgumentException.class, () -> Pca.fit(new FMatrixRMaj(1, 3)));
    }

    @Test
    void constantDataHasZeroRatios() {
        FMatrixRMaj x = new FMatrixRMaj(3, 2);
        x.fill(2f);
        assertArrayEquals(new double[] {0, 0}, Pca.fit(x).explainedVarianceRatio());
    }
}
