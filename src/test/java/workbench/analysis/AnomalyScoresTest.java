package workbench.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import workbench.engine.LossFunction;
import workbench.engine.Shape;

class AnomalyScoresTest {

    private static final List<String> TUMOURS = List.of("malignant", "benign");

    @Test
    void flagsEveryClassOutsideTheNormalSet() {
        int[] labels = {0, 1, 2, 1, 0, 2};
        double[] errors = {0.1, 0.5, 0.7, 0.4, 0.2, 0.9};
        AnomalyScores s = AnomalyScores.of(errors, labels, NormalClasses.of(0, 2));
        assertArrayEquals(new boolean[] {false, true, false, true, false, false}, s.isAnomaly());
        assertEquals(4, s.normalCount());
        assertEquals(2, s.anomalyCount());
        assertEquals(RocCurve.of(errors, s.isAnomaly()).auc(), s.auc(), 1e-15);
        assertEquals(0.1, s.minError());
        assertEquals(0.9, s.maxError());
        assertArrayEquals(new int[] {5, 2, 1}, s.worst(3));
        assertEquals(new ConfusionCounts(2, 2, 2, 0), s.confusionAt(0.4));
    }

    @Test
    void defaultThresholdIsNumpysNinetyFifthPercentileOfTheNormalErrors() {
        double[] errors = new double[110];
        int[] labels = new int[110];
        for (int i = 0; i < 100; i++) {
            errors[i] = 100 - i; // normal: 100..1
        }
        for (int i = 100; i < 110; i++) {
            errors[i] = 1000; // anomalies must not move it
            labels[i] = 1;
        }
        AnomalyScores s = AnomalyScores.of(errors, labels, NormalClasses.of(0));
        assertEquals(95.05, s.defaultThreshold(), 1e-9); // np.percentile(range(1, 101), 95)
        assertEquals(1.0, s.auc(), 1e-15);
    }

    @Test
    void histogramCountsBothKindsOverMinToMax() {
        double[] errors = {0, 1, 2, 3, 4, 10, 10};
        int[] labels = {0, 0, 0, 1, 0, 1, 0};
        ErrorHistogram h = AnomalyScores.of(errors, labels, NormalClasses.of(0)).histogram(5);
        assertEquals(0, h.lower());
        assertEquals(10, h.upper());
        assertEquals(2.0, h.binWidth(), 1e-15);
        assertArrayEquals(new int[] {2, 1, 1, 0, 1}, h.normalCounts(), "[0,2) [2,4) ... last bin holds 10");
        assertArrayEquals(new int[] {0, 1, 0, 0, 1}, h.anomalyCounts());
        assertEquals(1.0, h.binCentre(0), 1e-15);
        assertEquals(Arrays.stream(h.normalCounts()).sum() + Arrays.stream(h.anomalyCounts()).sum(), errors.length);

        ErrorHistogram flat = ErrorHistogram.of(new double[] {2, 2}, new boolean[] {false, true}, 3);
        assertTrue(flat.upper() > flat.lower(), "a single value still gets a range");
        assertEquals(1, flat.normalCount(1));
        assertEquals(1, flat.anomalyCount(1));
        assertEquals(10, ErrorHistogram.suggestedBins(20));
        assertEquals(34, ErrorHistogram.suggestedBins(1100));
        assertEquals(60, ErrorHistogram.suggestedBins(10_000));
    }

    @Test
    void refusesUnlabelledSamplesAndNonFiniteErrors() {
        NormalClasses normal = NormalClasses.of(0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AnomalyScores.of(new double[] {1, 2}, new int[] {0, -1}, normal));
        assertTrue(e.getMessage().contains("sample 1 has no class"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> AnomalyScores.of(new double[] {1, Double.POSITIVE_INFINITY}, new int[] {0, 1}, normal));
        assertThrows(IllegalArgumentException.class, () -> AnomalyScores.of(new double[] {1}, new int[] {0, 1}, normal));
        e = assertThrows(IllegalArgumentException.class,
                () -> AnomalyScores.of(new double[] {1, 2}, new int[] {0, 0}, normal));
        assertTrue(e.getMessage().startsWith("AUC needs at least one normal and one anomalous sample"), e.getMessage());
    }

    @Test
    void normalClassesByName() {
        NormalClasses benign = NormalClasses.named(TUMOURS, "benign");
        assertEquals(NormalClasses.of(1), benign);
        assertArrayEquals(new int[] {1, 3}, benign.rows(new int[] {0, 1, 0, 1, -1}));
        assertEquals("benign", benign.describe(TUMOURS));
        assertEquals("malignant", benign.describeOthers(TUMOURS));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NormalClasses.named(TUMOURS, "Benign"));
        assertTrue(e.getMessage().contains("[malignant, benign]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, NormalClasses::of);
    }

    @Test
    void reportCopiesTheWorstRows() {
        FMatrixRMaj originals = new FMatrixRMaj(4, 2, true, 0, 0, 1, 1, 2, 2, 3, 3);
        FMatrixRMaj rebuilt = new FMatrixRMaj(4, 2, true, 0, 0, 1, 0, 2, 2, 0, 0);
        double[] errors = ReconstructionErrors.perSample(LossFunction.MSE, originals, rebuilt);
        assertArrayEquals(ErrorStats.perSampleMse(originals, rebuilt), errors, 1e-12);
        AnomalyScores scores = AnomalyScores.of(errors, new int[] {0, 0, 1, 1}, NormalClasses.of(0));
        AnomalyReport report = AnomalyReport.of(scores, TUMOURS, Shape.flat(2), "MSE per value", originals, rebuilt, 2);
        assertArrayEquals(new int[] {3, 1}, report.worst());
        assertArrayEquals(new float[] {3, 3}, report.worstOriginals()[0]);
        assertArrayEquals(new float[] {0, 0}, report.worstReconstructions()[0]);
        assertArrayEquals(new float[] {1, 0}, report.worstReconstructions()[1]);
        originals.set(3, 0, 99);
        report.worstOriginals()[0][0] = 42;
        assertEquals(3f, report.worstOriginals()[0][0], "the report owns its copies");
        assertEquals("benign", report.className(1));
        assertEquals("class 7", report.className(7));
        assertThrows(IllegalArgumentException.class, () -> AnomalyReport.of(scores, TUMOURS, Shape.flat(2), "",
                new FMatrixRMaj(3, 2), rebuilt, 2));
        assertThrows(IllegalArgumentException.class, () -> new AnomalyReport(scores, TUMOURS, Shape.flat(2), "",
                new int[] {1}, new float[][] {{1, 2}}, new float[0][]));
    }

    @Test
    void perSampleBceIsTheMeanPerValue() {
        FMatrixRMaj target = new FMatrixRMaj(1, 2, true, 1, 0);
        FMatrixRMaj output = new FMatrixRMaj(1, 2, true, 0.5f, 0.5f);
        assertEquals(Math.log(2), ReconstructionErrors.perSample(LossFunction.BCE, target, output)[0], 1e-6);
    }
}
