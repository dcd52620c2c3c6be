package workbench.analysis;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.ejml.data.DMatrixRMaj;
import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_FDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;
import org.ejml.dense.row.CommonOps_MT_DDRM;
import workbench.engine.Gemm;

/**
 * Principal component analysis, the linear baseline every autoencoder should be compared with: a
 * linear autoencoder with squared error learns the same subspace, so if the network does no better
 * than PCA with as many components as code units, the non-linearity is not earning its keep.
 *
 * <p>Fitted once on training rows, in double precision so that small components are not lost to
 * float rounding; projections run in float like the rest of the engine. Components are sorted by
 * decreasing variance and signed so their largest-magnitude entry is positive, making results
 * reproducible across runs and libraries (an SVD is free to flip any component's sign).
 */
public final class Pca {

    private final float[] mean;
    /** d x m, one unit-length component per column, m = min(n, d). */
    private final double[][] componentsByColumn;
    private final double[] singularValues;
    private final int samples;
    /** Sum of all squared singular values, kept apart because a partial fit does not have them all. */
    private final double totalSquares;

    private Pca(float[] mean, double[][] componentsByColumn, double[] singularValues, int samples, double totalSquares) {
        this.mean = mean;
        this.componentsByColumn = componentsByColumn;
        this.singularValues = singularValues;
        this.samples = samples;
        this.totalSquares = totalSquares;
    }

    /** Components signed and sorted as {@link #fit} does, from a fit made elsewhere in this package. */
    static Pca of(float[] mean, double[][] components, double[] singularValues, int samples, double totalSquares) {
        for (double[] component : components) {
            fixSign(component);
        }
        return new Pca(mean, components, singularValues, samples, totalSquares);
    }

    /** Rows per block of the scatter sum: big enough for a fast GEMM, small enough to cost little memory. */
    private static final int SCATTER_BLOCK = 2048;

    /**
     * Only the first {@code k} components, found by subspace iteration: for plotting wide codes,
     * where a full decomposition would take seconds (see {@link LeadingComponents}). The variance
     * ratios still refer to the total variance.
     */
    public static Pca fitLeading(FMatrixRMaj rows, int k) {
        int n = rows.numRows;
        int d = rows.numCols;
        if (n < 2 || d < 1 || k < 1 || k > Math.min(n, d)) {
            throw new IllegalArgumentException("the leading " + k + " components need at least " + k
                    + " samples and features, got " + n + " x " + d);
        }
        return LeadingComponents.fit(rows, k, Gemm.standard());
    }

    /** Fits on the rows of {@code rows} (n samples x d features); n must be at least 2. */
    public static Pca fit(FMatrixRMaj rows) {
        int n = rows.numRows;
        int d = rows.numCols;
        if (n < 2 || d < 1) {
            throw new IllegalArgumentException("PCA needs at least 2 samples with at least 1 feature, got "
                    + n + " x " + d + "; fit it on the training set");
        }
        double[] colMean = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                colMean[j] += rows.unsafe_get(i, j);
            }
        }
        for (int j = 0; j < d; j++) {
            colMean[j] /= n;
        }
        double[] s;
        DMatrixRMaj v;
        if (n > d) {
            // Tall data: the eigenvectors of the d x d scatter matrix are the right singular vectors,
            // and GEMMs plus a symmetric eigensolve are several times faster than an SVD of n x d.
            // The scatter is summed over blocks of centred rows, so that 60,000 images need a few MB
            // in double precision rather than a 370 MB copy of the data.
            DMatrixRMaj scatter = new DMatrixRMaj(d, d);
            DMatrixRMaj block = new DMatrixRMaj(1, d);
            for (int start = 0; start < n; start += SCATTER_BLOCK) {
                int count = Math.min(SCATTER_BLOCK, n - start);
                block.reshape(count, d);
                centre(rows, colMean, start, count, block);
                CommonOps_MT_DDRM.multAddTransA(block, block, scatter);
            }
            EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(d, true, true);
            if (!eig.decompose(scatter)) {
                throw new IllegalStateException("the eigen-decomposition did not converge on a " + d + " x " + d
                        + " scatter matrix; check the data for NaN or infinite values");
            }
            s = new double[d];
            v = new DMatrixRMaj(d, d);
            for (int c = 0; c < d; c++) {
                s[c] = Math.sqrt(Math.max(0, eig.getEigenvalue(c).getReal()));
                DMatrixRMaj vector = eig.getEigenVector(c);
                for (int j = 0; j < d; j++) {
                    v.set(j, c, vector.get(j));
                }
            }
        } else {
            SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(n, d, false, true, true);
            DMatrixRMaj centred = new DMatrixRMaj(n, d);
            centre(rows, colMean, 0, n, centred);
            if (!svd.decompose(centred)) {
                throw new IllegalStateException("the SVD did not converge on a " + n + " x " + d
                        + " matrix; check the data for NaN or infinite values");
            }
            v = svd.getV(null, false); // d x m
            s = svd.getSingularValues();
        }
        int m = Math.min(s.length, Math.min(n, d));
        Integer[] order = IntStream.range(0, s.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -s[i]))
                .toArray(Integer[]::new);
        double[][] components = new double[m][d];
        double[] sorted = new double[m];
        for (int c = 0; c < m; c++) {
            int src = order[c];
            sorted[c] = s[src];
            for (int j = 0; j < d; j++) {
                components[c][j] = v.get(j, src);
            }
            fixSign(components[c]);
        }
        float[] meanF = new float[d];
        for (int j = 0; j < d; j++) {
            meanF[j] = (float) colMean[j];
        }
        double total = 0;
        for (double value : s) {
            total += value * value;
        }
        return new Pca(meanF, components, sorted, n, total);
    }

    /** Rows {@code start..start+count} of {@code rows}, minus the column means, into {@code out}. */
    private static void centre(FMatrixRMaj rows, double[] colMean, int start, int count, DMatrixRMaj out) {
        int d = rows.numCols;
        for (int i = 0; i < count; i++) {
            for (int j = 0; j < d; j++) {
                out.unsafe_set(i, j, rows.unsafe_get(start + i, j) - colMean[j]);
            }
        }
    }

    private static void fixSign(double[] component) {
        int largest = 0;
        for (int j = 1; j < component.length; j++) {
            if (Math.abs(component[j]) > Math.abs(component[largest])) {
                largest = j;
            }
        }
        if (component[largest] < 0) {
            for (int j = 0; j < component.length; j++) {
                component[j] = -component[j];
            }
        }
    }

    /** Number of features d. */
    public int dimensions() {
        return mean.length;
    }

    /** How many components exist: min(n, d). Those past the data's rank have zero variance. */
    public int maxComponents() {
        return singularValues.length;
    }

    /** The column means subtracted before projecting (a copy). */
    public float[] mean() {
        return mean.clone();
    }

    /** Singular values of the centred training data, descending. */
    public double[] singularValues() {
        return singularValues.clone();
    }

    /** Variance along each component (unbiased, divided by n - 1), descending. */
    public double[] explainedVariance() {
        double[] out = new double[singularValues.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = singularValues[i] * singularValues[i] / (samples - 1);
        }
        return out;
    }

    /** Share of the total variance along each component, descending; sums to 1 unless the data is constant (then all 0). */
    public double[] explainedVarianceRatio() {
        double[] out = new double[singularValues.length];
        if (totalSquares > 0) {
            for (int i = 0; i < out.length; i++) {
                out[i] = singularValues[i] * singularValues[i] / totalSquares;
            }
        }
        return out;
    }

    /** The first k components as the columns of a d x k matrix (orthonormal). */
    public FMatrixRMaj components(int k) {
        checkK(k);
        int d = mean.length;
        FMatrixRMaj w = new FMatrixRMaj(d, k);
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < d; j++) {
                w.unsafe_set(j, c, (float) componentsByColumn[c][j]);
            }
        }
        return w;
    }

    /** Codes of the rows of x along the first k components: (x - mean) W, n x k. */
    public FMatrixRMaj project(FMatrixRMaj x, int k) {
        checkK(k);
        checkColumns(x);
        FMatrixRMaj codes = new FMatrixRMaj(x.numRows, k);
        CommonOps_FDRM.mult(centre(x), components(k), codes);
        return codes;
    }

    /** The rows of x rebuilt from their first k codes: mean + (x - mean) W W^T, n x d. */
    public FMatrixRMaj reconstruct(FMatrixRMaj x, int k) {
        FMatrixRMaj codes = project(x, k);
        FMatrixRMaj out = new FMatrixRMaj(x.numRows, mean.length);
        CommonOps_FDRM.multTransB(codes, components(k), out);
        for (int i = 0; i < out.numRows; i++) {
            for (int j = 0; j < out.numCols; j++) {
                out.unsafe_set(i, j, out.unsafe_get(i, j) + mean[j]);
            }
        }
        return out;
    }

    private FMatrixRMaj centre(FMatrixRMaj x) {
        FMatrixRMaj c = new FMatrixRMaj(x.numRows, x.numCols);
        for (int i = 0; i < x.numRows; i++) {
            for (int j = 0; j < x.numCols; j++) {
                c.unsafe_set(i, j, x.unsafe_get(i, j) - mean[j]);
            }
        }
        return c;
    }

    private void checkK(int k) {
        if (k < 1 || k > singularValues.length) {
            throw new IllegalArgumentException("asked for " + k + " principal components but this PCA has "
                    + singularValues.length + " (at most min(samples, features) = min(" + samples + ", "
                    + mean.length + ")); choose k from 1 to " + singularValues.length);
        }
    }

    private void checkColumns(FMatrixRMaj x) {
        if (x.numCols != mean.length) {
            throw new IllegalArgumentException("rows have " + x.numCols + " features but the PCA was fitted on "
                    + mean.length + "; project data with the same features as the training set");
        }
    }

    @Override
    public String toString() {
        return "Pca[" + mean.length + " features, " + singularValues.length + " components, variance ratio "
                + Arrays.toString(Arrays.copyOf(explainedVarianceRatio(), Math.min(5, singularValues.length)))
                + "]";
    }
}
