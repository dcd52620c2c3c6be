package workbench.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class KnnProbeTest {

    private static FMatrixRMaj points(float... xy) {
        return new FMatrixRMaj(xy.length / 2, 2, true, xy);
    }

    @Test
    void separatedClustersAreClassifiedPerfectly() {
        Random random = new Random(1);
        float[][] centres = {{0, 0}, {10, 0}, {0, 10}};
        FMatrixRMaj train = new FMatrixRMaj(90, 2);
        int[] trainLabels = new int[90];
        FMatrixRMaj test = new FMatrixRMaj(30, 2);
        int[] testLabels = new int[30];
        for (int i = 0; i < 90; i++) {
            trainLabels[i] = i % 3;
            train.set(i, 0, centres[i % 3][0] + (float) random.nextGaussian());
            train.set(i, 1, centres[i % 3][1] + (float) random.nextGaussian());
        }
        for (int i = 0; i < 30; i++) {
            testLabels[i] = i % 3;
            test.set(i, 0, centres[i % 3][0] + (float) random.nextGaussian());
            test.set(i, 1, centres[i % 3][1] + (float) random.nextGaussian());
        }
        assertEquals(1.0, KnnProbe.accuracy(train, trainLabels, test, testLabels));
        int[] wrong = testLabels.clone();
        wrong[0] = 2;
        wrong[1] = 2;
        assertEquals(28 / 30.0, KnnProbe.accuracy(train, trainLabels, test, wrong), 1e-12);
    }

    @Test
    void tiedVoteGoesToTheNearestTiedClass() {
        // From the origin: class 1 at distance 1, class 0 at 2, class 1 at 3, class 0 at 4.
        FMatrixRMaj train = points(1, 0, 2, 0, 3, 0, 4, 0);
        int[] labels = {1, 0, 1, 0};
        FMatrixRMaj origin = points(0, 0);
        assertEquals(1, KnnProbe.predict(train, labels, origin, 2)[0]);
        assertEquals(1, KnnProbe.predict(train, labels, origin, 4)[0]);
        // Swap the classes: the answer follows the nearest point, not the smaller class number.
        int[] swapped = {0, 1, 0, 1};
        assertEquals(0, KnnProbe.predict(train, swapped, origin, 4)[0]);
        // A clear majority wins even when the nearest point is of another class.
        int[] majority = {2, 0, 0, 1};
        assertEquals(0, KnnProbe.predict(train, majority, origin, 3)[0]);
        assertEquals(2, KnnProbe.predict(train, majority, origin, 1)[0]);
    }

    @Test
    void unlabelledRowsNeitherVoteNorCount() {
        FMatrixRMaj train = points(0, 0, 1, 0, 10, 10);
        int[] trainLabels = {-1, 1, 0};
        FMatrixRMaj test = points(0.1f, 0, 9, 9, 5, 5);
        // The unlabelled point at the origin is ignored, so the first test point takes class 1.
        assertArrayEquals(new int[] {1, 0}, java.util.Arrays.copyOf(KnnProbe.predict(train, trainLabels, test, 1), 2));
        assertEquals(1.0, KnnProbe.accuracy(train, trainLabels, test, new int[] {1, 0, -1}, 1));
        assertThrows(IllegalArgumentException.class,
                () -> KnnProbe.accuracy(train, trainLabels, test, new int[] {-1, -1, -1}, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KnnProbe.accuracy(train, trainLabels, test, new int[] {1, 0, 0}, 3));
        assertTrue(e.getMessage().contains("2 labelled training rows"), e.getMessage());
    }

    @Test
    void matchesBruteForceOnRandomData() {
        Random random = new Random(7);
        int n = 600;
        int m = 700; // more than one block of test rows
        int d = 8;
        FMatrixRMaj train = new FMatrixRMaj(n, d);
        FMatrixRMaj test = new FMatrixRMaj(m, d);
        int[] trainLabels = new int[n];
        for (int i = 0; i < n * d; i++) {
            train.data[i] = (float) random.nextGaussian();
        }
        for (int i = 0; i < m * d; i++) {
            test.data[i] = (float) random.nextGaussian();
        }
        for (int i = 0; i < n; i++) {
            // Labels depend on the position, so there is some structure to find.
            trainLabels[i] = (train.get(i, 0) > 0 ? 1 : 0) + (train.get(i, 1) > 0 ? 2 : 0);
        }
        for (int k : new int[] {1, 2, 5, 8}) {
            assertArrayEquals(bruteForce(train, trainLabels, test, k), KnnProbe.predict(train, trainLabels, test, k),
                    "k = " + k);
        }
    }

    private static int[] bruteForce(FMatrixRMaj train, int[] labels, FMatrixRMaj test, int k) {
        int[] out = new int[test.numRows];
        for (int t = 0; t < test.numRows; t++) {
            double[] dist = new double[train.numRows];
            for (int i = 0; i < train.numRows; i++) {
                double sum = 0;
                for (int j = 0; j < train.numCols; j++) {
                    double diff = (double) test.get(t, j) - train.get(i, j);
                    sum += diff * diff;
                }
                dist[i] = sum;
            }
            int[] nearest = IntStream.range(0, train.numRows).boxed()
                    .sorted(Comparator.comparingDouble((Integer i) -> dist[i]).thenComparingInt(i -> i))
                    .limit(k).mapToInt(Integer::intValue).toArray();
            int[] votes = new int[4];
            for (int i : nearest) {
                votes[labels[i]]++;
            }
            int best = IntStream.of(votes).max().getAsInt();
            for (int i : nearest) {
                if (votes[labels[i]] == best) {
                    out[t] = labels[i];
                    break;
                }
            }
        }
        return out;
    }

    /** The size the workbench probes on a 10k dataset: 8000 train x 2000 test x 32 dimensions. */
    @Test
    void separatesClustersFourSigmaApartAtTheRealSize() {
        RealSize data = RealSize.clusters();
        double accuracy = KnnProbe.accuracy(data.train, data.trainLabels, data.test, data.testLabels, KnnProbe.DEFAULT_K);
        assertTrue(accuracy > 0.9, "clusters 4 sigma apart should be easy, got " + accuracy);
    }

    /** Benchmark: the probe's time at the real size (well under a second or two on one core). */
    @Test
    @Tag("benchmark")
    void printsTheTimeAtTheRealSize() {
        RealSize data = RealSize.clusters();
        long start = System.nanoTime();
        double accuracy = KnnProbe.accuracy(data.train, data.trainLabels, data.test, data.testLabels, KnnProbe.DEFAULT_K);
        System.out.printf(Locale.ROOT, "BENCHMARK k-NN probe 8000 x 2000 x 32: %.0f ms, accuracy %.3f%n",
                (System.nanoTime() - start) / 1e6, accuracy);
        assertTrue(accuracy > 0.9, "clusters 4 sigma apart should be easy, got " + accuracy);
    }

    /** Ten classes, each a unit Gaussian shifted by 4 along its own axis. */
    private static final class RealSize {
        final FMatrixRMaj train = new FMatrixRMaj(8000, 32);
        final FMatrixRMaj test = new FMatrixRMaj(2000, 32);
        final int[] trainLabels = new int[8000];
        final int[] testLabels = new int[2000];

        static RealSize clusters() {
            RealSize d = new RealSize();
            Random random = new Random(3);
            fill(d.train, d.trainLabels, random);
            fill(d.test, d.testLabels, random);
            return d;
        }

        private static void fill(FMatrixRMaj x, int[] labels, Random random) {
            for (int i = 0; i < x.numRows; i++) {
                labels[i] = i % 10;
                for (int j = 0; j < x.numCols; j++) {
                    x.set(i, j, (float) random.nextGaussian() + (j == labels[i] ? 4f : 0f));
                }
            }
        }
    }
}
