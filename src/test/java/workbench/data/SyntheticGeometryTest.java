package workbench.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The synthetic sets against their defining formulas (scikit-learn's generators), point by point:
 * noise-free points lie exactly where the formula puts them, and the noise added to the same seed's
 * points has the spread asked for.
 */
class SyntheticGeometryTest {

    @Test
    void noiseFreeSwissRollPointsSitAtRadiusEqualToTheirAngle() {
        Dataset d = Synthetic.swissRoll(400, 0, 11);
        double start = 1.5 * Math.PI;
        double range = 3 * Math.PI;
        for (int i = 0; i < d.size(); i++) {
            double x = d.features().get(i, 0);
            double height = d.features().get(i, 1);
            double z = d.features().get(i, 2);
            // (t cos t, h, t sin t): the radius is t, and the direction is the angle t itself
            double t = Math.hypot(x, z);
            assertTrue(t >= start - 1e-4 && t <= start + range + 1e-4, "radius " + t);
            assertEquals(Math.cos(t), x / t, 1e-4);
            assertEquals(Math.sin(t), z / t, 1e-4);
            assertTrue(height >= 0 && height <= 21, "height " + height);
            int quarter = Math.min(3, (int) ((t - start) / range * 4));
            // a point within float rounding of a quarter's edge may fall either side
            double edge = Math.abs((t - start) / range * 4 - Math.round((t - start) / range * 4));
            if (edge > 1e-4) {
                assertEquals(quarter, d.labels()[i], "label of the point at angle " + t);
            }
        }
        assertEquals(List.of("segment 1", "segment 2", "segment 3", "segment 4"), d.classNames());
    }

    @Test
    void swissRollNoiseHasTheStandardDeviationAskedFor() {
        double noise = 0.25;
        assertNoiseSpread(Synthetic.swissRoll(3000, 0, 5), Synthetic.swissRoll(3000, noise, 5), noise);
    }

    @Test
    void blobsNoiseHasTheSpreadAskedFor() {
        double spread = 0.5;
        assertNoiseSpread(Synthetic.blobs(3000, 2, 3, 0, 8), Synthetic.blobs(3000, 2, 3, spread, 8), spread);
    }

    @Test
    void moonsNoiseHasTheStandardDeviationAskedFor() {
        double noise = 0.1;
        assertNoiseSpread(Synthetic.moons(3000, 0, 6), Synthetic.moons(3000, noise, 6), noise);
    }

    /**
     * The same seed draws the same points and the same Gaussian numbers, so noisy minus clean is the
     * noise alone: mean about 0, standard deviation about {@code sigma}, nothing beyond 6 sigma.
     */
    private static void assertNoiseSpread(Dataset clean, Dataset noisy, double sigma) {
        float[] a = clean.features().data;
        float[] b = noisy.features().data;
        double sum = 0;
        double sumSq = 0;
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            double e = b[i] - a[i];
            sum += e;
            sumSq += e * e;
            max = Math.max(max, Math.abs(e));
        }
        double mean = sum / a.length;
        double sd = Math.sqrt(sumSq / a.length - mean * mean);
        assertEquals(0, mean, 0.1 * sigma, "mean of the noise");
        assertEquals(sigma, sd, 0.1 * sigma, "standard deviation of the noise");
        assertTrue(max < 6 * sigma, "largest noise " + max);
        assertArrayEquals(clean.labels(), noisy.labels());
    }

    @Test
    void noiseFreeBlobsSitOnDistinctCentresInsideTheBox() {
        Dataset d = Synthetic.blobs(60, 3, 4, 0, 2);
        double[][] centre = new double[4][];
        for (int i = 0; i < d.size(); i++) {
            int k = d.labels()[i];
            double[] p = new double[3];
            for (int c = 0; c < 3; c++) {
                p[c] = d.features().get(i, c);
                assertTrue(p[c] >= -10 && p[c] <= 10, "coordinate " + p[c]);
            }
            if (centre[k] == null) {
                centre[k] = p;
            }
            assertArrayEquals(centre[k], p, 0, "every point of a spread-0 blob is its centre");
        }
        for (int k = 0; k < 4; k++) {
            for (int j = 0; j < k; j++) {
                assertFalse(Arrays.equals(centre[j], centre[k]), "blobs " + j + " and " + k + " share a centre");
            }
        }
        assertEquals(List.of("blob 1", "blob 2", "blob 3", "blob 4"), d.classNames());
    }

    @Test
    void blobsRowsAreShuffledNotDealtInClusterOrder() {
        Dataset d = Synthetic.blobs(40, 1, 2, 0.1, 3);
        boolean dealt = true;
        for (int i = 0; i < d.size(); i++) {
            dealt &= d.labels()[i] == i % 2;
        }
        assertFalse(dealt, "labels follow row % k, the order before the shuffle");
    }

    @Test
    void oneDimensionalSingleBlobIsAllowed() {
        Dataset d = Synthetic.blobs(5, 1, 1, 0.5, 1);
        assertEquals(1, d.featureCount());
        assertEquals(List.of("blob 1"), d.classNames());
        assertThrows(IllegalArgumentException.class, () -> Synthetic.blobs(5, 0, 1, 0.5, 1));
        assertThrows(IllegalArgumentException.class, () -> Synthetic.blobs(5, 1, 0, 0.5, 1));
    }

    @Test
    void noiseFreeMoonsAreEvenlySpacedHalfCirclesOfHalfTheRowsEach() {
        // 20, not 21: with 21 the lower arc's angles shifted by a whole turn would land on the same points
        int n = 20;
        Dataset d = Synthetic.moons(n, 0, 9);
        int outer = n / 2;
        int inner = n - outer;
        List<double[]> upper = new ArrayList<>();
        List<double[]> lower = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] p = {d.features().get(i, 0), d.features().get(i, 1)};
            (d.labels()[i] == 0 ? upper : lower).add(p);
        }
        assertEquals(outer, upper.size());
        assertEquals(inner, lower.size());
        // numpy.linspace(0, pi, count): the first at angle 0, the last at pi
        upper.sort(Comparator.comparingDouble(p -> -p[0]));
        for (int j = 0; j < outer; j++) {
            double a = Math.PI * j / (outer - 1);
            assertArrayEquals(new double[] {Math.cos(a), Math.sin(a)}, upper.get(j), 1e-6, "upper point " + j);
        }
        lower.sort(Comparator.comparingDouble(p -> p[0]));
        for (int j = 0; j < inner; j++) {
            double a = Math.PI * j / (inner - 1);
            assertArrayEquals(new double[] {1 - Math.cos(a), 0.5 - Math.sin(a)}, lower.get(j), 1e-6,
                    "lower point " + j);
        }
    }

    @Test
    void moonsRowsAreShuffledNotUpperThenLower() {
        Dataset d = Synthetic.moons(40, 0.05, 3);
        boolean sorted = true;
        for (int i = 1; i < d.size(); i++) {
            sorted &= d.labels()[i - 1] <= d.labels()[i];
        }
        assertFalse(sorted, "every upper-moon row comes before every lower-moon row");
    }

    @Test
    void aMoonOfOnePointSitsAtAngleZero() {
        Dataset d = Synthetic.moons(3, 0, 1);
        for (int i = 0; i < 3; i++) {
            if (d.labels()[i] == 0) {
                assertArrayEquals(new float[] {1, 0}, new float[] {d.features().get(i, 0), d.features().get(i, 1)});
            }
        }
    }

    @Test
    void oneSampleIsEnoughAndArgumentsAreCheckedByEveryGenerator() {
        assertEquals(1, Synthetic.swissRoll(1, 0, 1).size());
        assertEquals(1, Synthetic.blobs(1, 2, 1, 0, 1).size());
        assertEquals(1, Synthetic.moons(1, 0, 1).size());
        assertThrows(IllegalArgumentException.class, () -> Synthetic.swissRoll(0, 0.1, 1));
        assertThrows(IllegalArgumentException.class, () -> Synthetic.swissRoll(10, -0.1, 1));
        assertThrows(IllegalArgumentException.class, () -> Synthetic.blobs(0, 2, 2, 0.1, 1));
        assertThrows(IllegalArgumentException.class, () -> Synthetic.blobs(10, 2, 2, Double.NaN, 1));
        assertThrows(IllegalArgumentException.class, () -> Synthetic.moons(10, Double.POSITIVE_INFINITY, 1));
    }
}
