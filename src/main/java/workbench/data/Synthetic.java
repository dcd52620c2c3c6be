package workbench.data;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.ejml.data.FMatrixRMaj;
import workbench.engine.Shape;

/**
 * Small generated datasets for teaching: their structure is known in advance (a rolled-up sheet,
 * separate clusters, two interleaved arcs), so one can see whether an autoencoder's latent space
 * recovered it. Each is a pure function of its arguments and seed. The labels only colour plots;
 * the shapes follow scikit-learn's generators so that results can be compared with its examples.
 */
public final class Synthetic {
    private Synthetic() {
    }

    /**
     * Points on a rolled-up sheet in 3-D: angle t uniform in [1.5 pi, 4.5 pi], (t cos t, 21 v, t sin t)
     * plus Gaussian noise. The label says which quarter of the angle range the point lies in, so
     * colours run along the roll and show whether an embedding unrolls it.
     */
    public static Dataset swissRoll(int n, double noise, long seed) {
        checkArguments(n, noise);
        RandomGenerator rng = new Well19937c(seed);
        double start = 1.5 * Math.PI;
        double range = 3 * Math.PI;
        FMatrixRMaj x = new FMatrixRMaj(n, 3);
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            double u = rng.nextDouble();
            double t = start + range * u;
            double height = 21 * rng.nextDouble();
            x.data[3 * i] = (float) (t * Math.cos(t) + noise * rng.nextGaussian());
            x.data[3 * i + 1] = (float) (height + noise * rng.nextGaussian());
            x.data[3 * i + 2] = (float) (t * Math.sin(t) + noise * rng.nextGaussian());
            labels[i] = Math.min(3, (int) (u * 4));
        }
        return new Dataset("swiss-roll", x, labels, names("segment", 4), Shape.flat(3));
    }

    /**
     * {@code k} Gaussian clusters in {@code dims} dimensions with standard deviation {@code spread};
     * centres uniform in [-10, 10] per dimension, drawn from the seed. Cluster sizes differ by at most
     * one; rows are shuffled so that any prefix holds every cluster.
     */
    public static Dataset blobs(int n, int dims, int k, double spread, long seed) {
        checkArguments(n, spread);
        if (dims < 1 || k < 1) {
            throw new IllegalArgumentException("dims and k must be positive, got dims=" + dims + ", k=" + k);
        }
        RandomGenerator rng = new Well19937c(seed);
        double[][] centres = new double[k][dims];
        for (double[] centre : centres) {
            for (int d = 0; d < dims; d++) {
                centre[d] = -10 + 20 * rng.nextDouble();
            }
        }
        int[] order = IntStream.range(0, n).toArray();
        Splits.shuffle(order, rng);
        FMatrixRMaj x = new FMatrixRMaj(n, dims);
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            int row = order[i];
            int cluster = i % k;
            labels[row] = cluster;
            for (int d = 0; d < dims; d++) {
                x.data[row * dims + d] = (float) (centres[cluster][d] + spread * rng.nextGaussian());
            }
        }
        return new Dataset("blobs", x, labels, names("blob", k), Shape.flat(dims));
    }

    /**
     * Two interleaving half circles in 2-D (scikit-learn's make_moons): the upper arc
     * (cos a, sin a) and the lower arc (1 - cos a, 0.5 - sin a) for a evenly spaced in [0, pi], plus
     * Gaussian noise; rows shuffled.
     */
    public static Dataset moons(int n, double noise, long seed) {
        checkArguments(n, noise);
        RandomGenerator rng = new Well19937c(seed);
        int outer = n / 2;
        int inner = n - outer;
        int[] order = IntStream.range(0, n).toArray();
        Splits.shuffle(order, rng);
        FMatrixRMaj x = new FMatrixRMaj(n, 2);
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            boolean upper = i < outer;
            int j = upper ? i : i - outer;
            int count = upper ? outer : inner;
            double a = count > 1 ? Math.PI * j / (count - 1) : 0;
            double px = upper ? Math.cos(a) : 1 - Math.cos(a);
            double py = upper ? Math.sin(a) : 0.5 - Math.sin(a);
            int row = order[i];
            x.data[2 * row] = (float) (px + noise * rng.nextGaussian());
            x.data[2 * row + 1] = (float) (py + noise * rng.nextGaussian());
            labels[row] = upper ? 0 : 1;
        }
        return new Dataset("moons", x, labels, List.of("upper moon", "lower moon"), Shape.flat(2));
    }

    private static void checkArguments(int n, double noise) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be positive, got " + n);
        }
        if (!(noise >= 0) || Double.isInfinite(noise)) {
            throw new IllegalArgumentException("noise must be a finite value >= 0, got " + noise);
        }
    }

    private static List<String> names(String prefix, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> prefix + " " + i).collect(Collectors.toList());
    }
}
