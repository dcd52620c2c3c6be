package workbench.engine;

/**
 * The Adam update of one parameter array, with PyTorch's arithmetic. Running averages that fall
 * below the smallest normal float are set to zero: Java cannot flush denormals in hardware, and a
 * weight whose gradient has stayed zero for a while would otherwise make every step over it tens
 * of times slower (PyTorch measured up to 35% per epoch from this). A value that small changes
 * nothing: the denominator's epsilon is 1e-8.
 */
final class AdamStep {
    /** Whether the Vector API loop is used; read once, before any vector class is touched. */
    static final boolean VECTOR = GemmSelector.VECTOR_KERNELS;

    private AdamStep() {
    }

    /**
     * @param oneMinusB1 {@code 1 - b1}, and {@code oneMinusB2} {@code 1 - b2}, each taken in double from
     *                   the spec and then rounded, as PyTorch does: in float, 1 - 0.999f is 0.00099998713,
     *                   which put every second moment 1.3e-5 away from PyTorch's
     */
    static void apply(float[] w, float[] g, float[] m, float[] v, int n, float b1, float oneMinusB1, float b2,
                      float oneMinusB2, float stepSize, float sqrtCorrection2, float eps, float decayFactor) {
        int done = VECTOR ? VectorAdam.apply(w, g, m, v, n, b1, oneMinusB1, b2, oneMinusB2, stepSize, sqrtCorrection2,
                eps, decayFactor) : 0;
        scalar(w, g, m, v, done, n, b1, oneMinusB1, b2, oneMinusB2, stepSize, sqrtCorrection2, eps, decayFactor);
    }

    /** Elements {@code from..n}: the whole array without the Vector API, else the tail it left. */
    static void scalar(float[] w, float[] g, float[] m, float[] v, int from, int n, float b1, float oneMinusB1,
                       float b2, float oneMinusB2, float stepSize, float sqrtCorrection2, float eps,
                       float decayFactor) {
        for (int j = from; j < n; j++) {
            w[j] *= decayFactor;
            float mj = b1 * m[j] + oneMinusB1 * g[j];
            float vj = b2 * v[j] + oneMinusB2 * g[j] * g[j];
            m[j] = Math.abs(mj) < Float.MIN_NORMAL ? 0f : mj;
            v[j] = vj < Float.MIN_NORMAL ? 0f : vj;
            float denom = (float) Math.sqrt(v[j]) / sqrtCorrection2 + eps;
            w[j] -= stepSize * m[j] / denom;
        }
    }
}
