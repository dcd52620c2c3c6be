package workbench.analysis;

import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.function.IntPredicate;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.ejml.data.FMatrixRMaj;

/**
 * t-SNE (van der Maaten and Hinton, 2008): a non-linear 2-D map of a code space that keeps each
 * point's near neighbours near, offered beside PCA for codes of more than two dimensions, as in the
 * TensorFlow Embedding Projector. Distances within a cluster mean something; distances between
 * clusters and cluster sizes mostly do not.
 *
 * <p>The standard exact algorithm, meant for up to a few thousand points:
 * <ul>
 *   <li>input affinities from squared Euclidean distances with a per-point Gaussian bandwidth tuned
 *       to the perplexity (clamped to (n - 1) / 3 for small sets), symmetrised as
 *       (p(j|i) + p(i|j)) / 2n (see {@link TsneAffinities});</li>
 *   <li>a Student-t kernel in 2-D and the exact O(n^2) gradient of KL(P || Q), one pass over the
 *       pairs i &lt; j per iteration;</li>
 *   <li>gradient descent with early exaggeration 12 and momentum 0.5 for the first 250 iterations,
 *       momentum 0.8 after, per-coordinate gains (delta-bar-delta, +0.2 / x0.8, at least 0.01) and
 *       the learning rate max(n / 12 / 4, 50) of scikit-learn's "auto" rule; the map is re-centred
 *       after every step, and the run stops early once the gradient norm falls below 1e-7 after the
 *       exaggeration phase;</li>
 *   <li>the start is the data's first two principal components scaled to standard deviation 1e-4
 *       (more stable than a random start, and global structure survives better), plus a seeded
 *       Gaussian jitter of 1e-6 that separates duplicates and points that PCA puts on top of each
 *       other; when PCA has nothing to offer (all points equal) the start is a seeded Gaussian with
 *       standard deviation 1e-4.</li>
 * </ul>
 * Everything runs on the calling thread in a fixed order, so a seed always gives the same map.
 * Meant for a background thread: 2,000 points of 32 dimensions take about 4 s for 1,000
 * iterations on one core, 3,000 points of 64 dimensions about 9 s (time grows with n^2). Memory
 * is n^2 / 2 floats for P (18 MB for 3,000 points); the limit is {@value #MAX_POINTS} points, past
 * which exact t-SNE is too slow to be useful: subsample first. A run is cancelled through its
 * progress predicate, and then ends with a {@link CancellationException}.
 */
public final class Tsne {

    /** Largest accepted number of points: exact t-SNE needs O(n^2) memory and O(n^2) time per iteration. */
    public static final int MAX_POINTS = 10_000;
    static final double EARLY_EXAGGERATION = 12;
    static final int EXAGGERATION_ITERATIONS = 250;
    static final double INITIAL_MOMENTUM = 0.5;
    static final double FINAL_MOMENTUM = 0.8;
    static final double MIN_GAIN = 0.01;
    static final double MIN_GRADIENT_NORM = 1e-7;
    /** The progress predicate is asked after every this many iterations. */
    public static final int PROGRESS_INTERVAL = 10;
    private static final double INIT_STD = 1e-4;
    private static final double JITTER_STD = 1e-6;

    private Tsne() {
    }

    /**
     * Settings of one run.
     *
     * @param perplexity effective number of neighbours, at least 1; 5 to 50 is usual. Sets with
     *        fewer than 3 * perplexity + 1 points use (n - 1) / 3 (but at least 1).
     * @param iterations gradient-descent steps, at least 1; the first 250 are the early
     *        exaggeration phase, so fewer than ~500 leave the map unfinished
     * @param seed drives the jitter added to the PCA start (or the random start)
     */
    public record Options(double perplexity, int iterations, long seed) {

        public Options {
            if (!(perplexity >= 1) || Double.isInfinite(perplexity)) {
                throw new IllegalArgumentException("t-SNE perplexity must be a finite number of at least 1, got "
                        + perplexity + "; 30 is the usual choice, 5 to 50 the usual range");
            }
            if (iterations < 1) {
                throw new IllegalArgumentException("t-SNE needs at least 1 iteration, got " + iterations
                        + "; 1000 is the usual choice");
            }
        }

        /** Perplexity 30, 1000 iterations, seed 1. */
        public static Options defaults() {
            return new Options(30, 1000, 1);
        }

        public Options withPerplexity(double value) {
            return new Options(value, iterations, seed);
        }

        public Options withIterations(int value) {
            return new Options(perplexity, value, seed);
        }

        public Options withSeed(long value) {
            return new Options(perplexity, iterations, value);
        }
    }

    /**
     * A finished map.
     *
     * @param points n x 2, one row per input row, in the same order, centred on the origin
     * @param kl KL(P || Q) of the final map in nats (without exaggeration): lower fits better;
     *        only comparable between runs on the same data and perplexity
     * @param iterations iterations actually run: the requested number unless the gradient vanished
     *        first (0 for a single point)
     */
    public record Embedding(FMatrixRMaj points, double kl, int iterations) {
    }

    /**
     * Maps the rows of {@code data} (n samples x d features) to 2-D.
     *
     * @param progress asked {@code test(k)} with the number k of completed iterations: 0 before the
     *        first, then after every {@value #PROGRESS_INTERVAL}th, and once more at the end with
     *        the final count. Returning false cancels the run. May be null (never cancel). The
     *        input affinities are computed before the first call (about 0.5 s for 3,000 points).
     * @throws CancellationException if {@code progress} returned false; nothing is returned then
     * @throws IllegalArgumentException for no rows, no columns, NaN or infinite values, or more
     *         than {@value #MAX_POINTS} rows
     */
    public static Embedding embed(FMatrixRMaj data, Options options, IntPredicate progress) {
        int n = data.numRows;
        int d = data.numCols;
        checkInput(data);
        IntPredicate report = progress == null ? k -> true : progress;
        if (n == 1) {
            check(report, 0);
            return new Embedding(new FMatrixRMaj(1, 2), 0, 0);
        }
        double[] x = toDouble(data);
        double perplexity = TsneAffinities.effectivePerplexity(options.perplexity(), n);
        float[] p = TsneAffinities.jointPacked(x, n, d, perplexity);
        double[] y = initialMap(data, options.seed());
        Optimiser optimiser = new Optimiser(p, y, n);
        int done = 0;
        while (done < options.iterations()) {
            if (done % PROGRESS_INTERVAL == 0) {
                check(report, done);
            }
            boolean exaggerated = done < EXAGGERATION_ITERATIONS;
            double gradientNorm = optimiser.step(exaggerated ? EARLY_EXAGGERATION : 1,
                    exaggerated ? INITIAL_MOMENTUM : FINAL_MOMENTUM);
            done++;
            if (!exaggerated && gradientNorm < MIN_GRADIENT_NORM) {
                break;
            }
        }
        check(report, done);
        optimiser.copyTo(y);
        FMatrixRMaj points = new FMatrixRMaj(n, 2);
        for (int i = 0; i < 2 * n; i++) {
            points.data[i] = (float) y[i];
        }
        return new Embedding(points, klDivergence(p, y, n), done);
    }

    /** {@link #embed(FMatrixRMaj, Options, IntPredicate)} with {@link Options#defaults()} and no progress. */
    public static Embedding embed(FMatrixRMaj data) {
        return embed(data, Options.defaults(), null);
    }

    /**
     * The conditional distributions p(j|i) of the rows of {@code data} at the given perplexity
     * (after the small-set clamp), as an n x n array with a zero diagonal; each row sums to 1 and
     * has entropy log(perplexity). For tests and diagnostics: it is dense, so keep n small.
     */
    static double[][] conditionalProbabilities(FMatrixRMaj data, double perplexity) {
        checkInput(data);
        int n = data.numRows;
        int d = data.numCols;
        double[] x = toDouble(data);
        double effective = TsneAffinities.effectivePerplexity(perplexity, n);
        double[][] out = new double[n][n];
        double[] dist = new double[n];
        for (int i = 0; i < n; i++) {
            TsneAffinities.squaredDistances(x, n, d, i, dist);
            TsneAffinities.conditionalRow(dist, i, effective, out[i]);
        }
        return out;
    }

    private static void check(IntPredicate progress, int iteration) {
        if (!progress.test(iteration)) {
            throw new CancellationException("t-SNE cancelled after " + iteration + " iterations");
        }
    }

    private static void checkInput(FMatrixRMaj data) {
        int n = data.numRows;
        int d = data.numCols;
        if (n == 0 || d == 0) {
            throw new IllegalArgumentException("t-SNE needs at least one point with at least one feature, got "
                    + n + " x " + d);
        }
        if (n > MAX_POINTS) {
            throw new IllegalArgumentException("t-SNE got " + n + " points but this exact implementation takes at most "
                    + MAX_POINTS + " (its cost grows with n^2); embed a random subsample");
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                float v = data.unsafe_get(i, j);
                if (!Float.isFinite(v)) {
                    throw new IllegalArgumentException("t-SNE input has " + v + " at row " + i + ", column " + j
                            + "; remove or repair non-finite values first");
                }
            }
        }
    }

    private static double[] toDouble(FMatrixRMaj data) {
        int size = data.numRows * data.numCols;
        double[] x = new double[size];
        for (int i = 0; i < size; i++) {
            x[i] = data.data[i];
        }
        return x;
    }

    /** The start: PCA scaled to std 1e-4 plus 1e-6 jitter, or a random 1e-4 Gaussian; n x 2 interleaved. */
    static double[] initialMap(FMatrixRMaj data, long seed) {
        int n = data.numRows;
        double[] y = new double[2 * n];
        Pca pca = Pca.fit(data);
        int k = Math.min(2, pca.maxComponents());
        FMatrixRMaj projected = pca.project(data, k);
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += projected.unsafe_get(i, 0);
        }
        mean /= n;
        double variance = 0;
        for (int i = 0; i < n; i++) {
            double c = projected.unsafe_get(i, 0) - mean;
            variance += c * c;
        }
        double std = Math.sqrt(variance / n);
        RandomGenerator random = new Well19937c(seed);
        if (std > 0 && Double.isFinite(std)) {
            double scale = INIT_STD / std;
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < k; c++) {
                    y[2 * i + c] = projected.unsafe_get(i, c) * scale;
                }
            }
            for (int i = 0; i < 2 * n; i++) {
                y[i] += JITTER_STD * random.nextGaussian();
            }
        } else {
            for (int i = 0; i < 2 * n; i++) {
                y[i] = INIT_STD * random.nextGaussian();
            }
        }
        centre(y, n);
        return y;
    }

    private static void centre(double[] y, int n) {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += y[2 * i];
            my += y[2 * i + 1];
        }
        mx /= n;
        my /= n;
        for (int i = 0; i < n; i++) {
            y[2 * i] -= mx;
            y[2 * i + 1] -= my;
        }
    }

    /**
     * KL(P || Q) = sum over ordered pairs of p_ij log(p_ij / q_ij) for the packed joint P and the
     * interleaved map y, with q_ij = (1 + |y_i - y_j|^2)^-1 / Z.
     */
    static double klDivergence(float[] p, double[] y, int n) {
        double z = 0;
        double pLogP = 0;
        double pLogKernel = 0; // sum of p_ij log(1 + d_ij^2) = -sum p_ij log(unnormalised q_ij)
        double pSum = 0;
        for (int i = 0; i < n; i++) {
            double yx = y[2 * i];
            double yy = y[2 * i + 1];
            int base = TsneAffinities.rowBase(i, n);
            for (int j = i + 1; j < n; j++) {
                double dx = yx - y[2 * j];
                double dy = yy - y[2 * j + 1];
                double d2 = dx * dx + dy * dy;
                z += 1.0 / (1.0 + d2);
                double pij = p[base + j];
                if (pij > 0) {
                    pSum += pij;
                    pLogP += pij * Math.log(pij);
                    pLogKernel += pij * Math.log1p(d2);
                }
            }
        }
        if (z == 0) {
            return 0;
        }
        // Every pair appears twice among ordered pairs; Z counts both orders too.
        double kl = 2 * (pLogP + pLogKernel + pSum * Math.log(2 * z));
        return Math.max(0, kl);
    }

    /**
     * Gradient descent with momentum and gains, buffers reused across steps. The map is held as
     * separate x and y arrays so that the kernel pass over each row (the only division) is a plain
     * array loop the JIT vectorises; the pass that accumulates forces stays scalar, since it sums
     * into both ends of every pair i &lt; j.
     */
    private static final class Optimiser {
        private final float[] p;
        private final int n;
        private final double[] xs;
        private final double[] ys;
        /** Student-t kernel 1 / (1 + |y_i - y_j|^2) of the current row, for j &gt; i. */
        private final double[] kernel;
        /** Per point: attractive x, y (sum of p q (y_i - y_j)), repulsive x, y (sum of q^2 (y_i - y_j)). */
        private final double[] forces;
        private final double[] update;
        private final double[] gains;
        private final double learningRate;

        /** Starts from the interleaved map y (x0, y0, x1, y1, ...). */
        Optimiser(float[] p, double[] y, int n) {
            this.p = p;
            this.n = n;
            this.xs = new double[n];
            this.ys = new double[n];
            for (int i = 0; i < n; i++) {
                xs[i] = y[2 * i];
                ys[i] = y[2 * i + 1];
            }
            this.kernel = new double[n];
            this.forces = new double[4 * n];
            this.update = new double[2 * n];
            this.gains = new double[2 * n];
            Arrays.fill(gains, 1);
            this.learningRate = Math.max(n / EARLY_EXAGGERATION / 4, 50);
        }

        /** Writes the current map into y, interleaved. */
        void copyTo(double[] y) {
            for (int i = 0; i < n; i++) {
                y[2 * i] = xs[i];
                y[2 * i + 1] = ys[i];
            }
        }

        /** One step; returns the norm of the unexaggerated gradient it took. */
        double step(double exaggeration, double momentum) {
            double[] f = forces;
            double[] q = kernel;
            Arrays.fill(f, 0);
            double z = 0;
            for (int i = 0; i < n; i++) {
                double xi = xs[i];
                double yi = ys[i];
                for (int j = i + 1; j < n; j++) {
                    double dx = xi - xs[j];
                    double dy = yi - ys[j];
                    q[j] = 1.0 / (1.0 + dx * dx + dy * dy);
                }
                double ax = 0;
                double ay = 0;
                double rx = 0;
                double ry = 0;
                double zi = 0;
                int base = TsneAffinities.rowBase(i, n);
                for (int j = i + 1; j < n; j++) {
                    double dx = xi - xs[j];
                    double dy = yi - ys[j];
                    double qj = q[j];
                    double pq = p[base + j] * qj;
                    double qq = qj * qj;
                    zi += qj;
                    double pqx = pq * dx;
                    double pqy = pq * dy;
                    double qqx = qq * dx;
                    double qqy = qq * dy;
                    ax += pqx;
                    ay += pqy;
                    rx += qqx;
                    ry += qqy;
                    int fj = 4 * j;
                    f[fj] -= pqx;
                    f[fj + 1] -= pqy;
                    f[fj + 2] -= qqx;
                    f[fj + 3] -= qqy;
                }
                z += zi;
                int fi = 4 * i;
                f[fi] += ax;
                f[fi + 1] += ay;
                f[fi + 2] += rx;
                f[fi + 3] += ry;
            }
            double invZ = 1.0 / (2 * z); // Z sums over ordered pairs
            double normSquared = 0;
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < 2; c++) {
                    double attractive = f[4 * i + c];
                    double repulsive = f[4 * i + 2 + c] * invZ;
                    double plain = 4 * (attractive - repulsive);
                    normSquared += plain * plain;
                    double g = 4 * (exaggeration * attractive - repulsive);
                    int k = 2 * i + c;
                    // Still heading the way of the last step: speed up; overshot: slow down.
                    double gain = g * update[k] < 0 ? gains[k] + 0.2 : gains[k] * 0.8;
                    gain = Math.max(gain, MIN_GAIN);
                    gains[k] = gain;
                    update[k] = momentum * update[k] - learningRate * gain * g;
                }
            }
            double mx = 0;
            double my = 0;
            for (int i = 0; i < n; i++) {
                xs[i] += update[2 * i];
                ys[i] += update[2 * i + 1];
                mx += xs[i];
                my += ys[i];
            }
            mx /= n;
            my /= n;
            for (int i = 0; i < n; i++) {
                xs[i] -= mx;
                ys[i] -= my;
            }
            return Math.sqrt(normSquared);
        }
    }
}
