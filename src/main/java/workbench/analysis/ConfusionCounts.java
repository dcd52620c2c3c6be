package workbench.analysis;

/**
 * How a threshold sorts the test samples, anomalies counting as positives: a sample is flagged when
 * its score is at least the threshold.
 *
 * @param truePositives  anomalies flagged
 * @param falsePositives normal samples flagged (false alarms)
 * @param trueNegatives  normal samples passed
 * @param falseNegatives anomalies passed (missed)
 */
public record ConfusionCounts(int truePositives, int falsePositives, int trueNegatives, int falseNegatives) {

    public ConfusionCounts {
        if (truePositives < 0 || falsePositives < 0 || trueNegatives < 0 || falseNegatives < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    public int flagged() {
        return truePositives + falsePositives;
    }

    public int anomalies() {
        return truePositives + falseNegatives;
    }

    public int normals() {
        return falsePositives + trueNegatives;
    }

    /** Share of the flagged samples that are anomalies; NaN when nothing is flagged (undefined, not 0). */
    public double precision() {
        return ratio(truePositives, flagged());
    }

    /** Share of the anomalies that are flagged: the true-positive rate. NaN without anomalies. */
    public double recall() {
        return ratio(truePositives, anomalies());
    }

    /** Share of the normal samples that are flagged. NaN without normal samples. */
    public double falsePositiveRate() {
        return ratio(falsePositives, normals());
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? Double.NaN : part / (double) whole;
    }
}
