package workbench.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

/** Clipping by value, then by the global norm over every parameter, worked by hand on 3-4-5 triangles. */
class GradientClippingRulesTest {

    private static Parameter withGradient(float... g) {
        Parameter p = new Parameter("p", new FMatrixRMaj(1, g.length), true);
        System.arraycopy(g, 0, p.gradient().data, 0, g.length);
        return p;
    }

    @Test
    void globalNormIsTakenOverAllParametersTogether() {
        Parameter a = withGradient(3);
        Parameter b = withGradient(0, 4);
        assertEquals(25, GradientClipping.squaredNorm(List.of(a, b)), 0);
        GradientClipping.apply(List.of(a, b), 1, 0);
        // norm 5 scaled to 1: (3, 0, 4) / 5, up to the 1e-6 guard in the divisor
        assertArrayEquals(new float[] {0.6f}, a.gradient().data, 1e-6f);
        assertArrayEquals(new float[] {0, 0.8f}, b.gradient().data, 1e-6f);
    }

    @Test
    void gradientsWithinTheNormAreLeftAlone() {
        Parameter a = withGradient(3, -4);
        GradientClipping.apply(List.of(a), 5, 0);
        assertArrayEquals(new float[] {3, -4}, a.gradient().data, 0);
        GradientClipping.apply(List.of(a), 0, 0);
        assertArrayEquals(new float[] {3, -4}, a.gradient().data, 0);
    }

    @Test
    void valueClippingBoundsEachElementSymmetrically() {
        Parameter a = withGradient(-7, -0.5f, 0.5f, 7);
        GradientClipping.apply(List.of(a), 0, 1);
        assertArrayEquals(new float[] {-1, -0.5f, 0.5f, 1}, a.gradient().data, 0);
    }

    @Test
    void valueClippingComesBeforeTheNorm() {
        // clipped to (1, 1, 1, 1) first: norm 2, scaled to norm 1 gives 0.5 each
        Parameter a = withGradient(10, -10, 10, 1);
        GradientClipping.apply(List.of(a), 1, 1);
        assertArrayEquals(new float[] {0.5f, -0.5f, 0.5f, 0.5f}, a.gradient().data, 1e-6f);
    }
}
