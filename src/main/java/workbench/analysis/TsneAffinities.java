package workbench.analysis;

import java.util.Arrays;

/**
 * The input-space side of t-SNE: Gaussian affinities whose per-point bandwidth is tuned so that
 * each conditional distribution p(.|i) has the requested perplexity, then symmetrised into the joint
 * P of van der Maaten and Hinton (2008).
 *
 * <p>Distances are squared Euclidean, in double precision. The bandwidth search works on
 * beta = 1 / (2 sigma^2) with a safeguarded Newton step in log(beta): the entropy H(beta) is
 * monotone, so every evaluation narrows a bracket, and a Newton step that would leave the bracket is
 * replaced by bisection. It usually settles in a handful of evaluations where plain bisection needs
 * dozens. Distances are shifted by the row's smallest one before exponentiating; p(.|i) does not
 * change, but the nearest neighbour keeps weight 1 so nothing underflows to 0/0.
 *
 * <p>The joint P is stored packed: only i &lt; j, row after row, as floats (p_ij = p_ji and
 * p_ii = 0), which halves memory and the bandwidth the gradient loop needs.
 */
final class TsneAffinities {

    /** |H - log(perplexity)| at which the bandwidth search stops, in nats. */
    static final double ENTROPY_TOLERANCE = 1e-6;
    /** Entropy evaluations per point before giving up (only unreachable targets get there). */
    private static final int MAX_STEPS = 200;
    /** Largest Newton step in log(beta). */
    private static final double MAX_LOG_STEP = 3;

    private TsneAffinities() {
    }

    /**
     * The perplexity actually used for n points: at most (n - 1) / 3 so that small sets still get a
     * meaningful neighbourhood, and never below 1 (the entropy of a single neighbour is log 1 = 0).
     */
    static double effectivePerplexity(double perplexity, int n) {
        return Math.max(1.0, Math.min(perplexity, (n - 1) / 3.0));
    }

    /** Index of packed entry (i, j), i &lt; j, is {@code rowBase(i, n) + j}. */
    static int rowBase(int i, int n) {
        return i * (n - 1) - i * (i - 1) / 2 - i - 1;
    }

    /** Number of packed entries for n points: n (n - 1) / 2. */
    static int packedSize(int n) {
        return n * (n - 1) / 2;
    }

    /** Squared Euclidean distances from row i to every row of x (n x d, row-major); out[i] = 0. */
    static void squaredDistances(double[] x, int n, int d, int i, double[] out) {
        int oi = i * d;
        int blocked = d - d % 4;
        for (int j = 0; j < n; j++) {
            int oj = j * d;
            // Four partial sums: one running sum would wait on the adder's latency every feature.
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            int k = 0;
            for (; k < blocked; k += 4) {
                double e0 = x[oi + k] - x[oj + k];
                double e1 = x[oi + k + 1] - x[oj + k + 1];
                double e2 = x[oi + k + 2] - x[oj + k + 2];
                double e3 = x[oi + k + 3] - x[oj + k + 3];
                s0 += e0 * e0;
                s1 += e1 * e1;
                s2 += e2 * e2;
                s3 += e3 * e3;
            }
            for (; k < d; k++) {
                double e = x[oi + k] - x[oj + k];
                s0 += e * e;
            }
            out[j] = (s0 + s1) + (s2 + s3);
        }
        out[i] = 0;
    }

    /**
     * Fills {@code out} with p(j|i) for the squared distances {@code dist} from point {@code self}
     * (dist[self] is ignored and out[self] = 0), at the given perplexity (natural-log entropy).
     * With a single neighbour, or all neighbours equally far, the row is uniform.
     */
    static void conditionalRow(double[] dist, int self, double perplexity, double[] out) {
        int n = dist.length;
        Arrays.fill(out, 0);
        if (n < 2) {
            return;
        }
        int m = n - 1;
        double min = Double.POSITIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            if (j != self) {
                min = Math.min(min, dist[j]);
            }
        }
        // The other points' shifted distances, packed without self so the hot loop has no branch.
        double[] shifted = new double[m];
        double sumShifted = 0;
        for (int j = 0, k = 0; j < n; j++) {
            if (j != self) {
                shifted[k] = dist[j] - min;
                sumShifted += shifted[k];
                k++;
            }
        }
        if (!(sumShifted > 0)) {
            Arrays.fill(out, 1.0 / m);
            out[self] = 0;
            return;
        }
        double target = Math.log(perplexity);
        double beta = m / sumShifted; // 1 / mean shifted distance: a scale-free start
        double lo = 0;
        double hi = Double.POSITIVE_INFINITY;
        for (int step = 0; step < MAX_STEPS; step++) {
            // w_k = exp(-beta d'_k); H = log S + beta E[d']; dH/dlog(beta) = -beta^2 Var[d'].
            double s = 0;
            double m1 = 0;
            double m2 = 0;
            for (int k = 0; k < m; k++) {
                double dk = shifted[k];
                double w = Math.exp(-beta * dk);
                out[k] = w;
                s += w;
                m1 += w * dk;
                m2 += w * dk * dk;
            }
            m1 /= s;
            m2 /= s;
            double error = Math.log(s) + beta * m1 - target;
            if (Math.abs(error) < ENTROPY_TOLERANCE) {
                break;
            }
            if (error > 0) {
                lo = beta; // too flat: sharpen
            } else {
                hi = beta;
            }
            // Newton in log(beta), at most a factor e^3 at a time: where H is flat (beta far too
            // small) the slope is tiny and a full step would overshoot by orders of magnitude.
            double slope = beta * beta * (m2 - m1 * m1); // = -dH/dlog(beta) >= 0
            double next = slope > 0
                    ? beta * Math.exp(Math.max(-MAX_LOG_STEP, Math.min(MAX_LOG_STEP, error / slope)))
                    : Double.NaN;
            if (!(next > lo && next < hi)) {
                if (hi == Double.POSITIVE_INFINITY) {
                    next = beta * 2;
                } else if (lo == 0) {
                    next = beta / 2;
                } else {
                    next = Math.sqrt(lo * hi);
                }
            }
            beta = next;
        }
        // out[0, m) holds the weights of the last evaluation: normalise and spread them back
        // around self, from the end so nothing is overwritten before it is read.
        double s = 0;
        for (int k = 0; k < m; k++) {
            s += out[k];
        }
        for (int j = n - 1; j > self; j--) {
            out[j] = out[j - 1] / s;
        }
        out[self] = 0;
        for (int j = 0; j < self; j++) {
            out[j] /= s;
        }
    }

    /**
     * The joint P, packed (see the class comment): p_ij = (p(j|i) + p(i|j)) / 2n, summing to 1/2
     * over i &lt; j (1 over all ordered pairs). {@code x} holds n rows of d features.
     */
    static float[] jointPacked(double[] x, int n, int d, double perplexity) {
        float[] packed = new float[packedSize(n)];
        double[] dist = new double[n];
        double[] row = new double[n];
        double scale = 1.0 / (2.0 * n);
        for (int i = 0; i < n; i++) {
            squaredDistances(x, n, d, i, dist);
            conditionalRow(dist, i, perplexity, row);
            for (int j = 0; j < i; j++) {
                packed[rowBase(j, n) + i] += (float) (row[j] * scale);
            }
            int base = rowBase(i, n);
            for (int j = i + 1; j < n; j++) {
                packed[base + j] += (float) (row[j] * scale);
            }
        }
        return packed;
    }
}
