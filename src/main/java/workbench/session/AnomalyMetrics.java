package workbench.session;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import workbench.analysis.AnomalyScores;
import workbench.analysis.ConfusionCounts;
import workbench.engine.Autoencoder;

/**
 * How well reconstruction error separates the anomalies of the test split from its normal
 * samples: the AUC over every threshold, and what the default threshold (the
 * {@value AnomalyScores#DEFAULT_PERCENTILE}th percentile of the normal samples' errors) flags.
 *
 * @param atThreshold the counts at {@code threshold}, anomalies being the positives
 */
public record AnomalyMetrics(List<String> normalClasses, List<String> anomalyClasses, double auc, double threshold,
                             ConfusionCounts atThreshold) {

    public AnomalyMetrics {
        normalClasses = List.copyOf(normalClasses);
        anomalyClasses = List.copyOf(anomalyClasses);
    }

    /** The run's anomaly metrics, or null when it trained on every class. */
    public static AnomalyMetrics measure(Autoencoder model, PreparedData data) {
        if (data.normalClasses() == null) {
            return null;
        }
        return of(AnomalyReports.of(model, data, 0).scores(), data.classNames());
    }

    public static AnomalyMetrics of(AnomalyScores scores, List<String> classNames) {
        List<String> normal = scores.normalClasses().classes().stream().map(classNames::get).toList();
        List<String> others = classNames.stream().filter(c -> !normal.contains(c)).toList();
        double t = scores.defaultThreshold();
        return new AnomalyMetrics(normal, others, scores.auc(), t, scores.confusionAt(t));
    }

    public double precision() {
        return atThreshold.precision();
    }

    public double recall() {
        return atThreshold.recall();
    }

    /** The "anomaly" object of metrics.json; an undefined precision (nothing flagged) is null. */
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("normal_classes", normalClasses);
        m.put("anomaly_classes", anomalyClasses);
        m.put("auc", auc);
        m.put("threshold", threshold);
        m.put("threshold_rule", "the " + (int) AnomalyScores.DEFAULT_PERCENTILE
                + "th percentile of the normal test samples' reconstruction errors");
        m.put("precision", Double.isNaN(precision()) ? null : precision());
        m.put("recall", recall());
        m.put("false_positive_rate", atThreshold.falsePositiveRate());
        m.put("true_positives", atThreshold.truePositives());
        m.put("false_positives", atThreshold.falsePositives());
        m.put("true_negatives", atThreshold.trueNegatives());
        m.put("false_negatives", atThreshold.falseNegatives());
        return m;
    }
}
