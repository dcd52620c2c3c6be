package workbench.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

/** The edges of {@link Normalization}: near-constant columns, invalid scales, shape checks, equality. */
class NormalizationEdgeCasesTest {

    @Test
    void aSpreadBelowOneMillionthOfTheMagnitudeCountsAsConstant() {
        // 1000 and 1000.0001 differ by float rounding alone (one float step at 1000 is 6.1e-5)
        FMatrixRMaj x = new FMatrixRMaj(new float[][] {{1000f, 0f}, {1000.0001f, 4f}});
        Normalization minMax = Normalization.fit(x, Normalization.Kind.MIN_MAX);
        assertArrayEquals(new float[] {1f, 4f}, minMax.scale());
        Normalization z = Normalization.fit(x, Normalization.Kind.Z_SCORE);
        assertArrayEquals(new float[] {1f, 2f}, z.scale());
        assertArrayEquals(new float[] {1000f, 2f}, z.offset(), 1e-4f);
    }

    @Test
    void aSmallSpreadOfSmallValuesIsStillASpread() {
        // magnitude below 1 counts as 1: a spread of 1e-3 is real
        FMatrixRMaj x = new FMatrixRMaj(new float[][] {{0f}, {0.001f}});
        assertArrayEquals(new float[] {0.001f}, Normalization.fit(x, Normalization.Kind.MIN_MAX).scale());
    }

    @Test
    void zeroOrNonFiniteScalesAndOffsetsAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new Normalization(Normalization.Kind.MIN_MAX, new float[] {0, 0}, new float[] {1, 0}));
        assertThrows(IllegalArgumentException.class,
                () -> new Normalization(Normalization.Kind.MIN_MAX, new float[] {0}, new float[] {Float.NaN}));
        assertThrows(IllegalArgumentException.class,
                () -> new Normalization(Normalization.Kind.MIN_MAX, new float[] {Float.NaN}, new float[] {1}));
        assertEquals(1, new Normalization(Normalization.Kind.MIN_MAX, new float[] {0}, new float[] {-2}).featureCount());
    }

    @Test
    void invertChecksTheColumnCountLikeApply() {
        Normalization n = Normalization.identity(3);
        assertThrows(IllegalArgumentException.class, () -> n.invert(new FMatrixRMaj(1, 2)));
        assertThrows(IllegalArgumentException.class, () -> n.apply(new FMatrixRMaj(1, 4)));
    }

    @Test
    void equalNormalizationsHashAlike() {
        Normalization a = new Normalization(Normalization.Kind.Z_SCORE, new float[] {1, 2}, new float[] {3, 4});
        Normalization b = new Normalization(Normalization.Kind.Z_SCORE, new float[] {1, 2}, new float[] {3, 4});
        Normalization otherKind = new Normalization(Normalization.Kind.MIN_MAX, new float[] {1, 2}, new float[] {3, 4});
        Normalization otherScale = new Normalization(Normalization.Kind.Z_SCORE, new float[] {1, 2}, new float[] {3, 5});
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, otherKind);
        assertNotEquals(a, otherScale);
        // not a contract of hashCode, but a hash that ignores the values would make every set of them collide
        assertNotEquals(a.hashCode(), otherScale.hashCode());
    }
}
