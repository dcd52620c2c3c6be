package workbench.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

class ErrorStatsTest {

    @Test
    void perSampleMseAveragesOverFeatures() {
        FMatrixRMaj original = new FMatrixRMaj(2, 2, true, 0, 0, 1, 1);
        FMatrixRMaj rebuilt = new FMatrixRMaj(2, 2, true, 1, 1, 1, 3);
        assertArrayEquals(new double[] {1, 2}, ErrorStats.perSampleMse(original, rebuilt), 1e-12);
        assertThrows(IllegalArgumentException.class,
                () -> ErrorStats.perSampleMse(original, new FMatrixRMaj(2, 3)));
    }

    @Test
    void summaryMatchesNumpyDefinitions() {
        double[] errors = new double[100];
        for (int i = 0; i < 100; i++) {
            errors[99 - i] = i + 1; // 100..1, order must not matter
        }
        ErrorStats s = ErrorStats.of(errors);
        assertEquals(100, s.count());
        assertEquals(50.5, s.mean(), 1e-12);
        assertEquals(Math.sqrt(101 * 100 / 12.0), s.std(), 1e-9); // np.std(x, ddof=1)
        assertEquals(1, s.min());
        assertEquals(100, s.max());
        assertEquals(50.5, s.median(), 1e-12); // np.percentile(x, 50)
        assertEquals(90.1, s.p90(), 1e-9);
        assertEquals(95.05, s.p95(), 1e-9);
        assertEquals(99.01, s.p99(), 1e-9);
    }

    @Test
    void singleSampleAndWorst() {
        ErrorStats one = ErrorStats.of(new double[] {0.25});
        assertEquals(0.0, one.std());
        assertEquals(0.25, one.p99());
        assertArrayEquals(new int[] {2, 0}, ErrorStats.worst(new double[] {0.5, 0.1, 0.9, 0.5}, 2));
        assertArrayEquals(new int[] {2, 0, 3, 1}, ErrorStats.worst(new double[] {0.5, 0.1, 0.9, 0.5}, 10));
        assertThrows(IllegalArgumentException.class, () -> ErrorStats.of(new double[0]));
    }
}
