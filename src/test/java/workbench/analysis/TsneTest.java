package workbench.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CancellationException;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class TsneTest {

    /** perClass points around each of {@code classes} centres 10 apart along different axes; label = i % classes. */
    private static FMatrixRMaj clusters(int classes, int perClass, int d, long seed) {
        Random random = new Random(seed);
        int n = classes * perClass;
        FMatrixRMaj x = new FMatrixRMaj(n, d);
        for (int i = 0; i < n; i++) {
            int label = i % classes;
            for (int j = 0; j < d; j++) {
                double centre = label > 0 && j == (label - 1) % d ? 10 : 0;
                x.set(i, j, (float) (centre + random.nextGaussian()));
            }
        }
        return x;
    }

    private static FMatrixRMaj gaussian(int n, int d, long seed) {
        Random random = new Random(seed);
        FMatrixRMaj x = new FMatrixRMaj(n, d);
        for (int i = 0; i < x.data.length; i++) {
            x.data[i] = (float) random.nextGaussian();
        }
        return x;
    }

    private static double distance(FMatrixRMaj y, int a, int b) {
        double dx = y.get(a, 0) - y.get(b, 0);
        double dy = y.get(a, 1) - y.get(b, 1);
        return Math.sqrt(dx * dx + dy * dy);
    }

    /** Share of points whose nearest other point in y has the same label (label = i % classes). */
    private static double nearestNeighbourAgreement(FMatrixRMaj y, int classes) {
        int n = y.numRows;
        int agree = 0;
        for (int i = 0; i < n; i++) {
            int best = -1;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                double dist = distance(y, i, j);
                if (j != i && dist < bestDistance) {
                    bestDistance = dist;
                    best = j;
                }
            }
            if (best % classes == i % classes) {
                agree++;
            }
        }
        return (double) agree / n;
    }

    /** {mean distance within a class, mean distance between classes} in y. */
    private static double[] withinAndBetween(FMatrixRMaj y, int classes) {
        double within = 0;
        double between = 0;
        long withinCount = 0;
        long betweenCount = 0;
        for (int i = 0; i < y.numRows; i++) {
            for (int j = i + 1; j < y.numRows; j++) {
                if (i % classes == j % classes) {
                    within += distance(y, i, j);
                    withinCount++;
                } else {
                    between += distance(y, i, j);
                    betweenCount++;
                }
            }
        }
        return new double[] {within / withinCount, between / betweenCount};
    }

    private static void assertFinite(FMatrixRMaj y) {
        for (float v : y.data) {
            assertTrue(Float.isFinite(v), "non-finite coordinate " + v);
        }
    }

    /** KL(P || Q) recomputed from scratch: joint P from the conditional P, Q from the float map. */
    private static double independentKl(FMatrixRMaj data, double perplexity, FMatrixRMaj y) {
        int n = data.numRows;
        double[][] conditional = Tsne.conditionalProbabilities(data, perplexity);
        double z = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    double dist = distance(y, i, j);
                    z += 1 / (1 + dist * dist);
                }
            }
        }
        double kl = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double p = (conditional[i][j] + conditional[j][i]) / (2.0 * n);
                if (i != j && p > 0) {
                    double dist = distance(y, i, j);
                    double q = 1 / (1 + dist * dist) / z;
                    kl += p * Math.log(p / q);
                }
            }
        }
        return kl;
    }

    @Test
    void wellSeparatedClustersStayApart() {
        FMatrixRMaj data = clusters(3, 100, 10, 7);
        Tsne.Embedding embedding = Tsne.embed(data, Tsne.Options.defaults(), null);
        FMatrixRMaj y = embedding.points();
        assertEquals(300, y.numRows);
        assertEquals(2, y.numCols);
        assertFinite(y);
        assertEquals(1000, embedding.iterations());
        double agreement = nearestNeighbourAgreement(y, 3);
        double[] wb = withinAndBetween(y, 3);
        System.out.printf("t-SNE 3 x 100 in 10-D: 1-NN agreement %.3f, mean within %.2f, between %.2f, KL %.4f%n",
                agreement, wb[0], wb[1], embedding.kl());
        assertTrue(agreement > 0.95, "1-NN label agreement " + agreement);
        assertTrue(wb[0] * 3 < wb[1], "within " + wb[0] + " vs between " + wb[1]);
        // The map is centred.
        double mx = 0;
        double my = 0;
        for (int i = 0; i < y.numRows; i++) {
            mx += y.get(i, 0);
            my += y.get(i, 1);
        }
        assertEquals(0, mx / y.numRows, 1e-3);
        assertEquals(0, my / y.numRows, 1e-3);
    }

    @Test
    void sameSeedGivesTheSameMapAndAnotherSeedAnother() {
        FMatrixRMaj data = clusters(3, 50, 8, 3);
        Tsne.Options options = new Tsne.Options(20, 400, 5);
        Tsne.Embedding a = Tsne.embed(data, options, null);
        Tsne.Embedding b = Tsne.embed(data, options, null);
        assertArrayEquals(a.points().data, b.points().data);
        assertEquals(a.kl(), b.kl());
        Tsne.Embedding c = Tsne.embed(data, options.withSeed(6), null);
        assertFalse(java.util.Arrays.equals(a.points().data, c.points().data), "another seed gave the same map");
        // Both are still good maps.
        assertTrue(nearestNeighbourAgreement(c.points(), 3) > 0.95);
    }

    @Test
    void conditionalRowsHaveTheRequestedPerplexity() {
        FMatrixRMaj data = gaussian(200, 5, 11);
        for (double perplexity : new double[] {5, 30, 50}) {
            double[][] p = Tsne.conditionalProbabilities(data, perplexity);
            for (int i = 0; i < p.length; i++) {
                assertEquals(0, p[i][i]);
                double sum = 0;
                double entropy = 0;
                for (double v : p[i]) {
                    sum += v;
                    if (v > 0) {
                        entropy -= v * Math.log(v);
                    }
                }
                assertEquals(1, sum, 1e-9, "row " + i);
                assertEquals(Math.log(perplexity), entropy, 1e-3, "row " + i + " at perplexity " + perplexity);
            }
        }
        // Scaling the data changes the bandwidths, not the probabilities.
        FMatrixRMaj scaled = data.copy();
        for (int i = 0; i < scaled.data.length; i++) {
            scaled.data[i] *= 1000;
        }
        double[][] p = Tsne.conditionalProbabilities(data, 30);
        double[][] q = Tsne.conditionalProbabilities(scaled, 30);
        for (int i = 0; i < p.length; i++) {
            assertArrayEquals(p[i], q[i], 1e-5);
        }
        // A small set clamps the perplexity to (n - 1) / 3.
        double[][] small = Tsne.conditionalProbabilities(gaussian(10, 3, 2), 30);
        for (double[] row : small) {
            double entropy = 0;
            for (double v : row) {
                if (v > 0) {
                    entropy -= v * Math.log(v);
                }
            }
            assertEquals(Math.log(3), entropy, 1e-3);
        }
    }

    @Test
    void klIsReportedCorrectlyAndFallsWithMoreIterations() {
        FMatrixRMaj data = clusters(3, 60, 10, 13);
        Tsne.Options options = new Tsne.Options(30, 1000, 1);
        Tsne.Embedding longRun = Tsne.embed(data, options, null);
        Tsne.Embedding shortRun = Tsne.embed(data, options.withIterations(100), null);
        Tsne.Embedding midRun = Tsne.embed(data, options.withIterations(400), null);
        System.out.printf("t-SNE KL after 100 / 400 / 1000 iterations: %.4f / %.4f / %.4f%n",
                shortRun.kl(), midRun.kl(), longRun.kl());
        assertTrue(longRun.kl() < midRun.kl(), longRun.kl() + " vs " + midRun.kl());
        assertTrue(midRun.kl() < shortRun.kl(), midRun.kl() + " vs " + shortRun.kl());
        assertTrue(longRun.kl() > 0);
        assertEquals(independentKl(data, 30, longRun.points()), longRun.kl(), 1e-4);
        assertEquals(independentKl(data, 30, shortRun.points()), shortRun.kl(), 1e-4);
    }

    @Test
    void progressIsReportedAndCanCancel() {
        FMatrixRMaj data = clusters(2, 20, 4, 1);
        List<Integer> seen = new ArrayList<>();
        Tsne.Embedding done = Tsne.embed(data, new Tsne.Options(5, 25, 1), k -> seen.add(k));
        assertEquals(List.of(0, 10, 20, 25), seen);
        assertEquals(25, done.iterations());

        List<Integer> cancelled = new ArrayList<>();
        assertThrows(CancellationException.class,
                () -> Tsne.embed(data, new Tsne.Options(5, 1000, 1), k -> cancelled.add(k) && k < 50));
        assertEquals(List.of(0, 10, 20, 30, 40, 50), cancelled);
        assertThrows(CancellationException.class, () -> Tsne.embed(data, new Tsne.Options(5, 1000, 1), k -> false));
    }

    @Test
    void tinyAndDegenerateSets() {
        Tsne.Embedding one = Tsne.embed(new FMatrixRMaj(1, 5, true, 1, 2, 3, 4, 5), Tsne.Options.defaults(), null);
        assertArrayEquals(new float[] {0, 0}, one.points().data);
        assertEquals(0, one.iterations());
        assertEquals(0, one.kl());

        for (int n = 2; n <= 5; n++) {
            Tsne.Embedding small = Tsne.embed(gaussian(n, 3, n), Tsne.Options.defaults(), null);
            assertEquals(n, small.points().numRows);
            assertFinite(small.points());
            assertTrue(small.kl() >= 0 && Double.isFinite(small.kl()));
        }

        // One feature only.
        Tsne.Embedding line = Tsne.embed(gaussian(40, 1, 4), new Tsne.Options(10, 300, 1), null);
        assertFinite(line.points());

        // Every point the same: affinities are uniform, nothing blows up.
        FMatrixRMaj same = new FMatrixRMaj(30, 4);
        java.util.Arrays.fill(same.data, 2.5f);
        Tsne.Embedding blob = Tsne.embed(same, new Tsne.Options(5, 300, 1), null);
        assertFinite(blob.points());

        // Each point twice: the twins end up next to each other.
        FMatrixRMaj base = clusters(3, 20, 6, 8);
        FMatrixRMaj twins = new FMatrixRMaj(120, 6);
        for (int i = 0; i < 120; i++) {
            for (int j = 0; j < 6; j++) {
                twins.set(i, j, base.get(i % 60, j));
            }
        }
        FMatrixRMaj y = Tsne.embed(twins, new Tsne.Options(10, 500, 1), null).points();
        assertFinite(y);
        double[] wb = withinAndBetween(y, 3);
        for (int i = 0; i < 60; i++) {
            assertTrue(distance(y, i, i + 60) < wb[0], "twins " + i + " are " + distance(y, i, i + 60) + " apart");
        }
    }

    @Test
    void badInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Tsne.embed(new FMatrixRMaj(0, 3), Tsne.Options.defaults(), null));
        assertThrows(IllegalArgumentException.class, () -> Tsne.embed(new FMatrixRMaj(4, 0), Tsne.Options.defaults(), null));
        FMatrixRMaj nan = gaussian(10, 3, 1);
        nan.set(4, 2, Float.NaN);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Tsne.embed(nan, Tsne.Options.defaults(), null));
        assertTrue(e.getMessage().contains("row 4"), e.getMessage());
        FMatrixRMaj inf = gaussian(10, 3, 1);
        inf.set(0, 0, Float.POSITIVE_INFINITY);
        assertThrows(IllegalArgumentException.class, () -> Tsne.embed(inf, Tsne.Options.defaults(), null));
        assertThrows(IllegalArgumentException.class, () -> new Tsne.Options(0.5, 1000, 1));
        assertThrows(IllegalArgumentException.class, () -> new Tsne.Options(Double.NaN, 1000, 1));
        assertThrows(IllegalArgumentException.class, () -> new Tsne.Options(30, 0, 1));
    }

    /** Benchmark: the time the latent tab's t-SNE takes at a typical size, with its quality beside it. */
    @Test
    @Tag("benchmark")
    void printsTheTimeForTwoThousandPointsIn32Dimensions() {
        FMatrixRMaj data = clusters(10, 200, 32, 21);
        long start = System.nanoTime();
        Tsne.Embedding embedding = Tsne.embed(data, Tsne.Options.defaults(), null);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "BENCHMARK t-SNE n = 2000, d = 32, %d iterations: %.2f s, KL %.4f, 1-NN agreement %.3f%n",
                embedding.iterations(), seconds, embedding.kl(), nearestNeighbourAgreement(embedding.points(), 10));
        assertFinite(embedding.points());
    }
}
