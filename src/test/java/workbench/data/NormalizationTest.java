package workbench.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NormalizationTest {
    /** Column 0 spread out, column 1 constant, column 2 negative. */
    private static final FMatrixRMaj DATA = new FMatrixRMaj(4, 3, true,
            1, 5, -2,
            3, 5, -4,
            5, 5, -6,
            7, 5, -8);

    @Test
    void minMaxMapsTrainingRowsToUnitRange() {
        Normalization n = Normalization.fit(DATA, Normalization.Kind.MIN_MAX);
        FMatrixRMaj x = n.apply(DATA);
        assertArrayEquals(new float[] {0, 1 / 3f, 2 / 3f, 1}, column(x, 0), 1e-6f);
        assertArrayEquals(new float[] {0, 0, 0, 0}, column(x, 1), 0f);
        assertArrayEquals(new float[] {1, 2 / 3f, 1 / 3f, 0}, column(x, 2), 1e-6f);
        assertArrayEquals(new float[] {1, 5, -8}, n.offset(), 0f);
        assertArrayEquals(new float[] {6, 1, 6}, n.scale(), 0f);
    }

    @Test
    void zScoreGivesMeanZeroAndUnitDeviationButLeavesConstantsFinite() {
        Normalization n = Normalization.fit(DATA, Normalization.Kind.Z_SCORE);
        FMatrixRMaj x = n.apply(DATA);
        for (int c = 0; c < 3; c++) {
            float[] col = column(x, c);
            double mean = 0;
            double sq = 0;
            for (float v : col) {
                assertTrue(Float.isFinite(v));
                mean += v / 4.0;
                sq += v * v / 4.0;
            }
            assertEquals(0, mean, 1e-6);
            assertEquals(c == 1 ? 0 : 1, sq, 1e-5);
        }
        assertEquals(1f, n.scale()[1], 0f);
    }

    @ParameterizedTest
    @EnumSource(Normalization.Kind.class)
    void applyThenInvertRoundTrips(Normalization.Kind kind) {
        Normalization n = Normalization.fit(DATA, kind);
        FMatrixRMaj back = n.invert(n.apply(DATA));
        assertArrayEquals(DATA.data, back.data, 1e-5f);
        assertNotSame(DATA, back);
    }

    @Test
    void fittingUsesOnlyTheRowsPassed() {
        FMatrixRMaj firstTwo = new FMatrixRMaj(2, 3, true, 1, 5, -2, 3, 5, -4);
        Normalization n = Normalization.fit(firstTwo, Normalization.Kind.MIN_MAX);
        assertArrayEquals(new float[] {1, 5, -4}, n.offset(), 0f);
        assertArrayEquals(new float[] {2, 1, 2}, n.scale(), 0f);
        // the rows it did not see fall outside [0, 1]
        assertEquals(3f, n.apply(DATA).get(3, 0), 1e-6f);
        assertNotEquals(Normalization.fit(DATA, Normalization.Kind.MIN_MAX), n);
    }

    @Test
    void identityAndNoneLeaveValuesAlone() {
        Normalization id = Normalization.identity(3);
        assertArrayEquals(DATA.data, id.apply(DATA).data, 0f);
        assertEquals(id, Normalization.fit(DATA, Normalization.Kind.NONE));
        assertThrows(IllegalArgumentException.class, () -> id.apply(new FMatrixRMaj(1, 2)));
    }

    @Test
    void applyingToADatasetKeepsItsLabels() {
        Dataset d = Synthetic.moons(20, 0.1, 1);
        Dataset z = Normalization.fit(d.features(), Normalization.Kind.Z_SCORE).apply(d);
        assertArrayEquals(d.labels(), z.labels());
        assertNotEquals(d.features().get(0, 0), z.features().get(0, 0));
    }

    @Test
    void serialisesAsPlainData() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        Normalization n = Normalization.fit(DATA, Normalization.Kind.Z_SCORE);
        String json = mapper.writeValueAsString(n);
        assertTrue(json.contains("\"kind\":\"Z_SCORE\""), json);
        assertEquals(n, mapper.readValue(json, Normalization.class));
    }

    private static float[] column(FMatrixRMaj m, int c) {
        float[] out = new float[m.numRows];
        for (int r = 0; r < m.numRows; r++) {
            out[r] = m.get(r, c);
        }
        return out;
    }
}
