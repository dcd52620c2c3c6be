package workbench.analysis;

import java.util.Objects;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * Reconstruction errors used as anomaly scores: a model trained on the normal classes only rebuilds
 * their samples well, so a large error suggests a sample unlike anything it was trained on. Holds
 * which samples are anomalies, the ROC and its AUC, and the default threshold. Immutable; the sorting
 * happens once here, on the caller's thread, so a screen only reads.
 */
public final class AnomalyScores {

    /** The default threshold passes this percentage of the normal samples (flags about 5% of them). */
    public static final double DEFAULT_PERCENTILE = 95;

    private final double[] errors;
    private final int[] labels;
    private final NormalClasses normal;
    private final boolean[] isAnomaly;
    private final RocCurve roc;
    private final double defaultThreshold;
    private final double minError;
    private final double maxError;

    private AnomalyScores(double[] errors, int[] labels, NormalClasses normal, boolean[] isAnomaly) {
        this.errors = errors;
        this.labels = labels;
        this.normal = normal;
        this.isAnomaly = isAnomaly;
        this.roc = RocCurve.of(errors, isAnomaly);
        double[] normalErrors = new double[roc.negatives()];
        for (int i = 0, n = 0; i < errors.length; i++) {
            if (!isAnomaly[i]) {
                normalErrors[n++] = errors[i];
            }
        }
        // numpy's default percentile, as ErrorStats uses, so the number can be checked in Python
        this.defaultThreshold = new Percentile().withEstimationType(Percentile.EstimationType.R_7)
                .evaluate(normalErrors, DEFAULT_PERCENTILE);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double e : errors) {
            lo = Math.min(lo, e);
            hi = Math.max(hi, e);
        }
        this.minError = lo;
        this.maxError = hi;
    }

    /**
     * @param errors per-sample reconstruction errors (see {@link ReconstructionErrors}), all finite
     * @param labels each sample's class; every sample needs one
     * @throws IllegalArgumentException on mismatched lengths, a non-finite error, an unlabelled
     *                                  sample, or a split without both normal and anomalous samples
     */
    public static AnomalyScores of(double[] errors, int[] labels, NormalClasses normal) {
        Objects.requireNonNull(normal, "normal");
        if (errors.length != labels.length) {
            throw new IllegalArgumentException(errors.length + " errors but " + labels.length
                    + " labels; pass one label per sample");
        }
        boolean[] anomalous = new boolean[errors.length];
        for (int i = 0; i < errors.length; i++) {
            if (!Double.isFinite(errors[i])) {
                throw new IllegalArgumentException("the error of sample " + i + " is " + errors[i]
                        + "; the model's output is not finite there (has training diverged?)");
            }
            if (labels[i] < 0) {
                throw new IllegalArgumentException("sample " + i + " has no class; anomaly detection needs every"
                        + " test sample labelled, to know which ones are anomalies");
            }
            anomalous[i] = !normal.isNormal(labels[i]);
        }
        return new AnomalyScores(errors.clone(), labels.clone(), normal, anomalous);
    }

    public int size() {
        return errors.length;
    }

    public double[] errors() {
        return errors.clone();
    }

    public double error(int sample) {
        return errors[sample];
    }

    public int[] labels() {
        return labels.clone();
    }

    public int label(int sample) {
        return labels[sample];
    }

    public NormalClasses normalClasses() {
        return normal;
    }

    public boolean[] isAnomaly() {
        return isAnomaly.clone();
    }

    public boolean isAnomaly(int sample) {
        return isAnomaly[sample];
    }

    public int normalCount() {
        return roc.negatives();
    }

    public int anomalyCount() {
        return roc.positives();
    }

    public RocCurve roc() {
        return roc;
    }

    public double auc() {
        return roc.auc();
    }

    public ConfusionCounts confusionAt(double threshold) {
        return roc.confusionAt(threshold);
    }

    /** The {@value #DEFAULT_PERCENTILE}th percentile of the normal samples' errors. */
    public double defaultThreshold() {
        return defaultThreshold;
    }

    public double minError() {
        return minError;
    }

    public double maxError() {
        return maxError;
    }

    public ErrorHistogram histogram(int bins) {
        return ErrorHistogram.of(errors, isAnomaly, bins);
    }

    /** The k samples rebuilt worst, worst first (ties by index). */
    public int[] worst(int k) {
        return ErrorStats.worst(errors, k);
    }
}
