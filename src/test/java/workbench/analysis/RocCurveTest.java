package workbench.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class RocCurveTest {

    private static final double EPS = 1e-12;

    /** Normals first, then anomalies. */
    private static RocCurve roc(double[] normal, double[] anomalous) {
        double[] scores = new double[normal.length + anomalous.length];
        boolean[] flags = new boolean[scores.length];
        System.arraycopy(normal, 0, scores, 0, normal.length);
        System.arraycopy(anomalous, 0, scores, normal.length, anomalous.length);
        for (int i = normal.length; i < scores.length; i++) {
            flags[i] = true;
        }
        return RocCurve.of(scores, flags);
    }

    private static void assertPoint(double fpr, double tpr, double threshold, RocCurve.Point p) {
        assertEquals(fpr, p.falsePositiveRate(), EPS, "false-positive rate of " + p);
        assertEquals(tpr, p.truePositiveRate(), EPS, "true-positive rate of " + p);
        assertEquals(threshold, p.threshold(), EPS, "threshold of " + p);
    }

    @Test
    void perfectSeparationHasAreaOne() {
        RocCurve roc = roc(new double[] {0.2, 0.1, 0.3}, new double[] {0.9, 0.5});
        assertEquals(1.0, roc.auc(), EPS);
        List<RocCurve.Point> p = roc.points();
        assertEquals(6, p.size());
        assertEquals(Double.POSITIVE_INFINITY, p.get(0).threshold());
        assertPoint(0, 0, Double.POSITIVE_INFINITY, p.get(0));
        assertPoint(0, 0.5, 0.9, p.get(1));
        assertPoint(0, 1, 0.5, p.get(2));
        assertPoint(1 / 3.0, 1, 0.3, p.get(3));
        assertPoint(2 / 3.0, 1, 0.2, p.get(4));
        assertPoint(1, 1, 0.1, p.get(5));
    }

    @Test
    void invertedScoresHaveAreaZero() {
        assertEquals(0.0, roc(new double[] {5, 6, 7}, new double[] {1, 2}).auc(), EPS);
    }

    @Test
    void allTiedScoresAreChanceWithOneStep() {
        RocCurve roc = roc(new double[] {0.5, 0.5, 0.5}, new double[] {0.5, 0.5});
        assertEquals(0.5, roc.auc(), EPS);
        assertEquals(2, roc.points().size(), "one point per distinct score, after the start");
        assertPoint(1, 1, 0.5, roc.points().get(1));
    }

    @Test
    void smallMixedCaseByHand() {
        // Pairs an anomaly wins: 0.35 beats 0.1 and ties 0.35 (1.5), 0.9 beats all four (4), 0.6 beats
        // three (3): 8.5 of 12.
        RocCurve roc = roc(new double[] {0.1, 0.4, 0.35, 0.8}, new double[] {0.35, 0.9, 0.6});
        assertEquals(8.5 / 12, roc.auc(), EPS);
        List<RocCurve.Point> p = roc.points();
        assertEquals(7, p.size());
        assertPoint(0, 1 / 3.0, 0.9, p.get(1));
        assertPoint(0.25, 1 / 3.0, 0.8, p.get(2));
        assertPoint(0.25, 2 / 3.0, 0.6, p.get(3));
        assertPoint(0.5, 2 / 3.0, 0.4, p.get(4));
        assertPoint(0.75, 1, 0.35, p.get(5)); // the tie moves both rates at once
        assertPoint(1, 1, 0.1, p.get(6));
    }

    @Test
    void confusionCountsFlagScoresAtOrAboveTheThreshold() {
        RocCurve roc = roc(new double[] {0.1, 0.4, 0.35, 0.8}, new double[] {0.35, 0.9, 0.6});
        ConfusionCounts at = roc.confusionAt(0.35);
        assertEquals(new ConfusionCounts(3, 3, 1, 0), at);
        assertEquals(0.5, at.precision(), EPS);
        assertEquals(1.0, at.recall(), EPS);
        assertEquals(0.75, at.falsePositiveRate(), EPS);
        ConfusionCounts none = roc.confusionAt(0.95);
        assertEquals(new ConfusionCounts(0, 0, 4, 3), none);
        assertTrue(Double.isNaN(none.precision()), "nothing flagged: precision undefined");
        assertEquals(new ConfusionCounts(3, 4, 0, 0), roc.confusionAt(Double.NEGATIVE_INFINITY));
        assertPoint(0.25, 1 / 3.0, 0.7, roc.pointAt(0.7)); // as at the lowest score above it, 0.8
    }

    @Test
    void areaEqualsPairCountingOnRandomScoresWithTies() {
        Random random = new Random(42);
        for (int trial = 0; trial < 50; trial++) {
            int n = 2 + random.nextInt(150);
            double[] scores = new double[n];
            boolean[] flags = new boolean[n];
            int levels = 1 + random.nextInt(30); // few levels: many ties
            for (int i = 0; i < n; i++) {
                flags[i] = i < 2 ? i == 1 : random.nextDouble() < 0.3;
                scores[i] = random.nextInt(levels) / (double) levels + (flags[i] ? 0.2 * random.nextInt(2) : 0);
            }
            RocCurve roc = RocCurve.of(scores, flags);
            double wins = 0;
            int pairs = 0;
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    if (flags[a] && !flags[b]) {
                        pairs++;
                        wins += scores[a] > scores[b] ? 1 : scores[a] == scores[b] ? 0.5 : 0;
                    }
                }
            }
            assertEquals(wins / pairs, roc.auc(), 1e-12, "trial " + trial);

            TreeSet<Double> distinct = new TreeSet<>();
            for (double s : scores) {
                distinct.add(s);
            }
            assertEquals(distinct.size() + 1, roc.points().size(), "one point per distinct score");
            for (RocCurve.Point p : roc.points().subList(1, roc.points().size())) {
                ConfusionCounts brute = bruteForce(scores, flags, p.threshold());
                assertEquals(brute, roc.confusionAt(p.threshold()));
                assertEquals(brute.falsePositiveRate(), p.falsePositiveRate(), EPS);
                assertEquals(brute.recall(), p.truePositiveRate(), EPS);
            }
            double t = random.nextDouble() * 1.4 - 0.1;
            assertEquals(bruteForce(scores, flags, t), roc.confusionAt(t));
        }
    }

    private static ConfusionCounts bruteForce(double[] scores, boolean[] flags, double threshold) {
        int tp = 0;
        int fp = 0;
        int tn = 0;
        int fn = 0;
        for (int i = 0; i < scores.length; i++) {
            boolean flagged = scores[i] >= threshold;
            if (flags[i]) {
                if (flagged) {
                    tp++;
                } else {
                    fn++;
                }
            } else if (flagged) {
                fp++;
            } else {
                tn++;
            }
        }
        return new ConfusionCounts(tp, fp, tn, fn);
    }

    @Test
    void refusesSplitsWithoutBothKindsAndNaN() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RocCurve.of(new double[] {1, 2, 3}, new boolean[3]));
        assertTrue(e.getMessage().startsWith("AUC needs at least one normal and one anomalous sample; the test split"
                + " has 3 normal and 0 anomalous samples"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> RocCurve.of(new double[] {1, 2}, new boolean[] {true, true}));
        assertTrue(e.getMessage().contains("has 0 normal and 2 anomalous"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> RocCurve.of(new double[] {1, Double.NaN}, new boolean[] {true, false}));
        assertThrows(IllegalArgumentException.class, () -> RocCurve.of(new double[] {1, 2}, new boolean[1]));
        assertThrows(IllegalArgumentException.class,
                () -> RocCurve.of(new double[] {1, 2}, new boolean[] {true, false}).confusionAt(Double.NaN));
    }
}
