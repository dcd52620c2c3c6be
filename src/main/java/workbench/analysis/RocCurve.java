package workbench.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The receiver operating characteristic of an anomaly score: for every threshold, the share of
 * anomalies flagged (true-positive rate) against the share of normal samples flagged (false-positive
 * rate), a sample being flagged when its score is at least the threshold.
 *
 * <p>The curve has one point per distinct score, so tied scores move both rates at once and form a
 * diagonal segment: the trapezoid under it gives a tied normal-anomaly pair half credit, which makes
 * the area exactly the Mann-Whitney probability that a random anomaly scores above a random normal
 * sample (ties 1/2). Sorting per point instead of per distinct score would make the area depend on
 * the order of tied samples.
 */
public final class RocCurve {

    /** One threshold's rates; the first point has threshold +infinity (nothing flagged). */
    public record Point(double falsePositiveRate, double truePositiveRate, double threshold) {
    }

    /** Both classes' scores, ascending: counts at any threshold by binary search. */
    private final double[] normalScores;
    private final double[] anomalyScores;
    private final List<Point> points;
    private final double auc;

    private RocCurve(double[] normalScores, double[] anomalyScores) {
        this.normalScores = normalScores;
        this.anomalyScores = anomalyScores;
        this.points = List.copyOf(trace(normalScores, anomalyScores));
        this.auc = trapezoidArea(points);
    }

    /**
     * @param scores    higher means more anomalous; NaN is refused (it has no place in the order)
     * @param isAnomaly the truth for each sample
     * @throws IllegalArgumentException when the lengths differ, a score is NaN, or one class is absent
     */
    public static RocCurve of(double[] scores, boolean[] isAnomaly) {
        if (scores.length != isAnomaly.length) {
            throw new IllegalArgumentException(scores.length + " scores but " + isAnomaly.length
                    + " anomaly flags; pass one flag per score");
        }
        int anomalies = 0;
        for (int i = 0; i < scores.length; i++) {
            if (Double.isNaN(scores[i])) {
                throw new IllegalArgumentException("score " + i + " is NaN; an anomaly score must be a number"
                        + " (a diverged model gives NaN errors: retrain it)");
            }
            if (isAnomaly[i]) {
                anomalies++;
            }
        }
        int normals = scores.length - anomalies;
        if (anomalies == 0 || normals == 0) {
            throw new IllegalArgumentException("AUC needs at least one normal and one anomalous sample; the test"
                    + " split has " + normals + " normal and " + anomalies + " anomalous samples. Choose normal"
                    + " classes that leave at least one class out, and a test split that holds both kinds.");
        }
        double[] normal = new double[normals];
        double[] anomalous = new double[anomalies];
        for (int i = 0, n = 0, a = 0; i < scores.length; i++) {
            if (isAnomaly[i]) {
                anomalous[a++] = scores[i];
            } else {
                normal[n++] = scores[i];
            }
        }
        Arrays.sort(normal);
        Arrays.sort(anomalous);
        return new RocCurve(normal, anomalous);
    }

    /** Walks the thresholds from the highest score down, one point per distinct score. */
    private static List<Point> trace(double[] normal, double[] anomalous) {
        int negatives = normal.length;
        int positives = anomalous.length;
        List<Point> out = new ArrayList<>();
        out.add(new Point(0, 0, Double.POSITIVE_INFINITY));
        int n = negatives - 1;
        int a = positives - 1;
        int falsePositives = 0;
        int truePositives = 0;
        while (n >= 0 || a >= 0) {
            double score = n < 0 ? anomalous[a] : a < 0 ? normal[n] : Math.max(normal[n], anomalous[a]);
            while (n >= 0 && normal[n] == score) {
                n--;
                falsePositives++;
            }
            while (a >= 0 && anomalous[a] == score) {
                a--;
                truePositives++;
            }
            out.add(new Point(falsePositives / (double) negatives, truePositives / (double) positives, score));
        }
        return out;
    }

    private static double trapezoidArea(List<Point> points) {
        double area = 0;
        for (int i = 1; i < points.size(); i++) {
            Point p = points.get(i - 1);
            Point q = points.get(i);
            area += (q.falsePositiveRate() - p.falsePositiveRate())
                    * (p.truePositiveRate() + q.truePositiveRate()) / 2;
        }
        return area;
    }

    /** From (0, 0) at threshold +infinity to (1, 1) at the lowest score, thresholds descending. */
    public List<Point> points() {
        return points;
    }

    /** Area under the curve: 1 separates perfectly, 0.5 is chance, 0 is perfectly inverted. */
    public double auc() {
        return auc;
    }

    /** Anomalous samples (positives). */
    public int positives() {
        return anomalyScores.length;
    }

    /** Normal samples (negatives). */
    public int negatives() {
        return normalScores.length;
    }

    /** The counts when every sample scoring at least {@code threshold} is flagged. */
    public ConfusionCounts confusionAt(double threshold) {
        if (Double.isNaN(threshold)) {
            throw new IllegalArgumentException("the threshold is NaN; pass a number");
        }
        int falsePositives = normalScores.length - firstAtLeast(normalScores, threshold);
        int truePositives = anomalyScores.length - firstAtLeast(anomalyScores, threshold);
        return new ConfusionCounts(truePositives, falsePositives, normalScores.length - falsePositives,
                anomalyScores.length - truePositives);
    }

    /** The rates at {@code threshold}: on the curve, at the point of the lowest score not below it. */
    public Point pointAt(double threshold) {
        ConfusionCounts c = confusionAt(threshold);
        return new Point(c.falsePositiveRate(), c.recall(), threshold);
    }

    /** Index of the first value that is at least {@code t} in an ascending array; its length if none. */
    private static int firstAtLeast(double[] ascending, double t) {
        int lo = 0;
        int hi = ascending.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ascending[mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
