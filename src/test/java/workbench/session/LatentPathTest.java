package workbench.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LatentPathTest {

    private static double norm(float[] v) {
        double s = 0;
        for (float x : v) {
            s += (double) x * x;
        }
        return Math.sqrt(s);
    }

    private static float[] randomUnit(Random random, int k) {
        float[] v = new float[k];
        double n = 0;
        for (int j = 0; j < k; j++) {
            v[j] = (float) random.nextGaussian();
            n += v[j] * v[j];
        }
        for (int j = 0; j < k; j++) {
            v[j] /= (float) Math.sqrt(n);
        }
        return v;
    }

    @Test
    void endpointsAreExactlyTheTwoCodes() {
        float[] a = {0.1f, -2.7f, 3.3333333f, 1e-7f};
        float[] b = {-5.5f, 0.2f, 0.3f, 12.25f};
        for (boolean spherical : new boolean[] {false, true}) {
            for (int steps : new int[] {2, 3, 10}) {
                float[][] path = LatentPath.between(a, b, steps, spherical);
                assertEquals(steps, path.length);
                assertArrayEquals(a, path[0]);
                assertArrayEquals(b, path[steps - 1]);
                assertNotSame(a, path[0], "a copy, so the caller's code cannot change under the path");
            }
        }
    }

    @Test
    void linearMidpointIsTheAverage() {
        float[][] path = LatentPath.linear(new float[] {1, -2, 4}, new float[] {3, 6, -4}, 3);
        assertArrayEquals(new float[] {2, 2, 0}, path[1], 1e-6f);
    }

    @Test
    void sphericalKeepsUnitLengthBetweenUnitCodes() {
        Random random = new Random(3);
        for (int trial = 0; trial < 20; trial++) {
            float[] a = randomUnit(random, 6);
            float[] b = randomUnit(random, 6);
            for (float[] p : LatentPath.spherical(a, b, 11)) {
                assertEquals(1.0, norm(p), 1e-6);
            }
        }
    }

    @Test
    void sphericalMidpointOfOrthogonalUnitCodes() {
        float[] a = {1, 0, 0};
        float[] b = {0, 1, 0};
        float[][] path = LatentPath.spherical(a, b, 3);
        float r = (float) (1 / Math.sqrt(2));
        assertArrayEquals(new float[] {r, r, 0}, path[1], 1e-6f);
    }

    @Test
    void sphericalStepsEvenlyInAngleAndLinearlyInLength() {
        float[] a = {1, 0};
        float[] b = {0, 3};
        float[][] path = LatentPath.spherical(a, b, 4);
        for (int s = 0; s < 4; s++) {
            double angle = Math.atan2(path[s][1], path[s][0]);
            assertEquals(s * Math.PI / 6, angle, 1e-6, "step " + s + " turns a third of the right angle");
            assertEquals(1 + 2.0 * s / 3, norm(path[s]), 1e-5, "step " + s + " length");
        }
    }

    @Test
    void sphericalFallsBackToTheLineWhereNoArcIsDefined() {
        float[] zero = {0, 0};
        float[] b = {2, 2};
        assertArrayEquals(LatentPath.linear(zero, b, 5), LatentPath.spherical(zero, b, 5));
        float[] a = {1, 2};
        float[] opposite = {-2, -4};
        assertArrayEquals(LatentPath.linear(a, opposite, 5), LatentPath.spherical(a, opposite, 5));
        float[] same = {2, 4};
        assertArrayEquals(LatentPath.linear(a, same, 5), LatentPath.spherical(a, same, 5));
    }

    @Test
    void badArgumentsAreExplained() {
        float[] a = {1, 2};
        assertThrows(IllegalArgumentException.class, () -> LatentPath.linear(a, a, 1));
        assertThrows(IllegalArgumentException.class, () -> LatentPath.spherical(a, new float[] {1, 2, 3}, 3));
        assertThrows(IllegalArgumentException.class, () -> LatentPath.linear(a, new float[] {Float.NaN, 0}, 3));
    }
}
