package workbench.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import workbench.engine.Shape;

/** What an anomaly report holds per sample, and when it can show the worst samples as pictures. */
class AnomalyReportContentsTest {
    // four samples: classes 0, 1, 0, 2; class 0 is normal, so samples 1 and 3 are anomalies
    private static final double[] ERRORS = {0.1, 0.9, 0.2, 0.7};
    private static final int[] LABELS = {0, 1, 0, 2};

    private static AnomalyScores scores() {
        return AnomalyScores.of(ERRORS, LABELS, NormalClasses.of(0));
    }

    @Test
    void scoresGiveBackEachSamplesErrorLabelAndVerdict() {
        AnomalyScores s = scores();
        assertArrayEquals(ERRORS, s.errors());
        assertEquals(0.7, s.error(3));
        assertArrayEquals(LABELS, s.labels());
        assertEquals(2, s.label(3));
        assertEquals(NormalClasses.of(0), s.normalClasses());
        assertTrue(s.isAnomaly(1));
        assertFalse(s.isAnomaly(2));
        assertEquals(2, s.roc().positives());
        // both anomalies score above both normal samples: a perfect ranking
        assertEquals(1.0, s.roc().auc());
    }

    @Test
    void worstSamplesArePicturesOnlyForImagesWithTheirPixels() {
        FMatrixRMaj rows = new FMatrixRMaj(4, 4);
        AnomalyReport images = AnomalyReport.of(scores(), List.of("a", "b", "c"), Shape.image(1, 2, 2), "MSE",
                rows, rows, 2);
        assertTrue(images.hasImages());
        assertArrayEquals(new int[] {1, 3}, images.worst(), "the highest errors first");
        AnomalyReport flat = AnomalyReport.of(scores(), List.of("a", "b", "c"), Shape.flat(4), "MSE", rows, rows, 2);
        assertFalse(flat.hasImages(), "flat rows are a table, not pictures");
        AnomalyReport none = AnomalyReport.of(scores(), List.of("a", "b", "c"), Shape.image(1, 2, 2), "MSE",
                rows, rows, 0);
        assertFalse(none.hasImages(), "no worst samples, nothing to show");
    }

    @Test
    void classNamesPastTheListAreNumbered() {
        FMatrixRMaj rows = new FMatrixRMaj(4, 4);
        AnomalyReport r = AnomalyReport.of(scores(), List.of("a", "b"), Shape.flat(4), "MSE", rows, rows, 1);
        assertEquals("a", r.className(0));
        assertEquals("b", r.className(1));
        assertEquals("class 2", r.className(2));
        assertEquals("class -1", r.className(-1));
    }

    @Test
    void aWorstSampleOutsideTheScoresIsRefused() {
        float[][] none = new float[0][];
        assertThrows(IllegalArgumentException.class, () -> new AnomalyReport(scores(), List.of("a"), Shape.flat(4),
                "MSE", new int[] {4}, none, none));
        assertThrows(IllegalArgumentException.class, () -> new AnomalyReport(scores(), List.of("a"), Shape.flat(4),
                "MSE", new int[] {-1}, none, none));
        AnomalyReport last = new AnomalyReport(scores(), List.of("a"), Shape.flat(4), null, new int[] {3}, none, none);
        assertEquals("", last.errorLabel());
    }
}
