package workbench.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import workbench.engine.Shape;

class SyntheticTest {

    private static int[] classSizes(Dataset d) {
        int[] sizes = new int[d.classNames().size()];
        for (int label : d.labels()) {
            sizes[label]++;
        }
        return sizes;
    }

    @Test
    void sameSeedSameDataOtherSeedOtherData() {
        assertArrayEquals(Synthetic.swissRoll(50, 0.1, 1).features().data,
                Synthetic.swissRoll(50, 0.1, 1).features().data, 0f);
        assertArrayEquals(Synthetic.blobs(50, 3, 2, 1, 1).labels(), Synthetic.blobs(50, 3, 2, 1, 1).labels());
        assertArrayEquals(Synthetic.moons(50, 0.1, 1).features().data,
                Synthetic.moons(50, 0.1, 1).features().data, 0f);
        assertFalse(Arrays.equals(Synthetic.moons(50, 0.1, 1).features().data,
                Synthetic.moons(50, 0.1, 2).features().data));
        assertFalse(Arrays.equals(Synthetic.blobs(50, 3, 2, 1, 1).features().data,
                Synthetic.blobs(50, 3, 2, 1, 2).features().data));
    }

    @Test
    void swissRollLabelsFollowTheAngle() {
        Dataset d = Synthetic.swissRoll(400, 0, 3);
        assertEquals(Shape.flat(3), d.sampleShape());
        assertEquals(4, d.classNames().size());
        for (int i = 0; i < d.size(); i++) {
            double x = d.features().get(i, 0);
            double z = d.features().get(i, 2);
            double t = Math.hypot(x, z); // without noise the radius equals the angle
            int segment = Math.min(3, (int) ((t - 1.5 * Math.PI) / (3 * Math.PI) * 4));
            assertEquals(segment, d.labels()[i], 1, "row " + i); // float rounding at segment borders
            assertTrue(d.features().get(i, 1) >= 0 && d.features().get(i, 1) <= 21);
        }
        for (int size : classSizes(d)) {
            assertTrue(size > 60, Arrays.toString(classSizes(d)));
        }
    }

    @Test
    void blobsAreBalancedClustersAroundSeparateCentres() {
        Dataset d = Synthetic.blobs(103, 10, 5, 0.5, 9);
        assertEquals(Shape.flat(10), d.sampleShape());
        assertArrayEquals(new int[] {21, 21, 21, 20, 20}, classSizes(d));
        // points of one blob lie closer to their own blob's mean than to the other blobs' means
        double[][] means = new double[5][10];
        for (int i = 0; i < d.size(); i++) {
            for (int j = 0; j < 10; j++) {
                means[d.labels()[i]][j] += d.features().get(i, j) / classSizes(d)[d.labels()[i]];
            }
        }
        for (int i = 0; i < d.size(); i++) {
            int nearest = 0;
            double best = Double.MAX_VALUE;
            for (int k = 0; k < 5; k++) {
                double dist = 0;
                for (int j = 0; j < 10; j++) {
                    double diff = d.features().get(i, j) - means[k][j];
                    dist += diff * diff;
                }
                if (dist < best) {
                    best = dist;
                    nearest = k;
                }
            }
            assertEquals(d.labels()[i], nearest);
        }
    }

    @Test
    void moonsLieOnTheirArcs() {
        Dataset d = Synthetic.moons(101, 0, 4);
        assertEquals(Shape.flat(2), d.sampleShape());
        assertArrayEquals(new int[] {50, 51}, classSizes(d));
        for (int i = 0; i < d.size(); i++) {
            double x = d.features().get(i, 0);
            double y = d.features().get(i, 1);
            double r = d.labels()[i] == 0 ? Math.hypot(x, y) : Math.hypot(x - 1, y - 0.5);
            assertEquals(1, r, 1e-5);
            assertTrue(d.labels()[i] == 0 ? y >= -1e-6 : y <= 0.5 + 1e-6);
        }
        assertThrows(IllegalArgumentException.class, () -> Synthetic.moons(0, 0.1, 1));
        assertThrows(IllegalArgumentException.class, () -> Synthetic.moons(10, -1, 1));
    }
}
