package workbench.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import workbench.analysis.AnomalyScores;
import workbench.analysis.NormalClasses;

/**
 * The "anomaly" object of metrics.json on scores worked out by hand: twenty normal samples with errors
 * 1 to 20 and three anomalies with errors 15, 25 and 30.
 */
class AnomalyMetricsJsonTest {
    private static final List<String> CLASSES = List.of("zero", "one", "two");

    private static AnomalyScores scores(double... anomalyErrors) {
        double[] errors = new double[20 + anomalyErrors.length];
        int[] labels = new int[errors.length];
        for (int i = 0; i < 20; i++) {
            errors[i] = i + 1;
        }
        for (int i = 0; i < anomalyErrors.length; i++) {
            errors[20 + i] = anomalyErrors[i];
            labels[20 + i] = 1;
        }
        return AnomalyScores.of(errors, labels, NormalClasses.of(0));
    }

    @Test
    void thresholdCountsRatesAndAucByHand() {
        AnomalyMetrics m = AnomalyMetrics.of(scores(15, 25, 30), CLASSES);
        assertEquals(List.of("zero"), m.normalClasses());
        assertEquals(List.of("one", "two"), m.anomalyClasses());
        // numpy's percentile of 1..20 at 95: position 19 * 0.95 = 18.05 from the first, so 19 + 0.05
        assertEquals(19.05, m.threshold(), 1e-12);
        // flagged at or above 19.05: the normal 20, the anomalies 25 and 30
        Map<String, Object> json = m.toJson();
        assertEquals(2, json.get("true_positives"));
        assertEquals(1, json.get("false_positives"));
        assertEquals(19, json.get("true_negatives"));
        assertEquals(1, json.get("false_negatives"));
        assertEquals(2 / 3.0, (double) json.get("precision"), 1e-12);
        assertEquals(2 / 3.0, m.precision(), 1e-12);
        assertEquals(2 / 3.0, (double) json.get("recall"), 1e-12);
        assertEquals(2 / 3.0, m.recall(), 1e-12);
        assertEquals(1 / 20.0, (double) json.get("false_positive_rate"), 1e-12);
        // pairs (anomaly, normal) ranked right: 15 beats 14 and ties one; 25 and 30 beat all 20
        assertEquals((14.5 + 20 + 20) / 60, (double) json.get("auc"), 1e-12);
        assertEquals(19.05, (double) json.get("threshold"), 1e-12);
        assertEquals("the 95th percentile of the normal test samples' reconstruction errors",
                json.get("threshold_rule"));
        assertEquals(List.of("zero"), json.get("normal_classes"));
        assertEquals(List.of("one", "two"), json.get("anomaly_classes"));
    }

    @Test
    void precisionIsNullWhenNothingIsFlagged() {
        AnomalyScores s = scores(2, 3, 4);
        // a threshold above every error flags nothing: precision 0 / 0 is undefined, recall 0 / 3 is 0
        AnomalyMetrics m = new AnomalyMetrics(List.of("zero"), List.of("one"), s.auc(), 1e9, s.confusionAt(1e9));
        assertNull(m.toJson().get("precision"));
        assertEquals(0.0, m.toJson().get("recall"));
    }
}
