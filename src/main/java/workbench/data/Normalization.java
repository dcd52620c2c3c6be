package workbench.data;

import java.util.Arrays;
import org.ejml.data.FMatrixRMaj;

/**
 * Per-feature scaling x' = (x - offset) / scale, fitted on the training rows only so that nothing
 * about the validation or test rows leaks into training. A record of plain arrays so that it can be
 * saved beside a trained model (with Jackson) and applied to new data, or inverted to show a
 * reconstruction in the original units.
 *
 * <p>A feature with no spread (a border pixel that is always 0, a constant column) keeps scale 1:
 * dividing by its zero range or standard deviation would turn it into NaN and poison training.
 */
public record Normalization(Kind kind, float[] offset, float[] scale) {

    public enum Kind {
        /** Values as they are. */
        NONE,
        /** Each feature mapped to [0, 1] over the training rows. */
        MIN_MAX,
        /** Each feature shifted to mean 0 and scaled to standard deviation 1 over the training rows. */
        Z_SCORE
    }

    /** Spreads smaller than this fraction of the feature's magnitude count as zero (float rounding). */
    private static final double RELATIVE_ZERO = 1e-6;

    public Normalization {
        if (kind == null || offset == null || scale == null) {
            throw new IllegalArgumentException("kind, offset and scale are required");
        }
        if (offset.length != scale.length) {
            throw new IllegalArgumentException(offset.length + " offsets but " + scale.length + " scales");
        }
        offset = offset.clone();
        scale = scale.clone();
        for (int i = 0; i < scale.length; i++) {
            if (!(Math.abs(scale[i]) > 0) || !Float.isFinite(scale[i]) || !Float.isFinite(offset[i])) {
                throw new IllegalArgumentException("feature " + i + ": offset " + offset[i] + " and scale "
                        + scale[i] + " must be finite, the scale non-zero");
            }
        }
    }

    /** Leaves {@code features} values unchanged. */
    public static Normalization identity(int features) {
        float[] ones = new float[features];
        Arrays.fill(ones, 1f);
        return new Normalization(Kind.NONE, new float[features], ones);
    }

    /** Fits offset and scale per column of {@code train}, using only those rows. */
    public static Normalization fit(FMatrixRMaj train, Kind kind) {
        int cols = train.numCols;
        if (kind == Kind.NONE) {
            return identity(cols);
        }
        int rows = train.numRows;
        if (rows == 0) {
            throw new IllegalArgumentException("cannot fit a normalisation on 0 rows");
        }
        float[] offset = new float[cols];
        float[] scale = new float[cols];
        double[] a = new double[cols];
        double[] b = new double[cols];
        float[] data = train.data;
        if (kind == Kind.MIN_MAX) {
            Arrays.fill(a, Double.POSITIVE_INFINITY);
            Arrays.fill(b, Double.NEGATIVE_INFINITY);
            for (int r = 0; r < rows; r++) {
                for (int c = 0, i = r * cols; c < cols; c++, i++) {
                    a[c] = Math.min(a[c], data[i]);
                    b[c] = Math.max(b[c], data[i]);
                }
            }
            for (int c = 0; c < cols; c++) {
                offset[c] = (float) a[c];
                scale[c] = spreadOrOne(b[c] - a[c], a[c], b[c]);
            }
        } else {
            for (int r = 0; r < rows; r++) {
                for (int c = 0, i = r * cols; c < cols; c++, i++) {
                    a[c] += data[i];
                }
            }
            for (int c = 0; c < cols; c++) {
                a[c] /= rows;
            }
            for (int r = 0; r < rows; r++) {
                for (int c = 0, i = r * cols; c < cols; c++, i++) {
                    double d = data[i] - a[c];
                    b[c] += d * d;
                }
            }
            for (int c = 0; c < cols; c++) {
                offset[c] = (float) a[c];
                scale[c] = spreadOrOne(Math.sqrt(b[c] / rows), a[c], a[c]);
            }
        }
        return new Normalization(kind, offset, scale);
    }

    private static float spreadOrOne(double spread, double low, double high) {
        double magnitude = Math.max(1.0, Math.max(Math.abs(low), Math.abs(high)));
        float s = (float) spread;
        return spread > RELATIVE_ZERO * magnitude && Float.isFinite(s) && s > 0 ? s : 1f;
    }

    public int featureCount() {
        return offset.length;
    }

    /** A new matrix holding (x - offset) / scale; {@code x} is left untouched. */
    public FMatrixRMaj apply(FMatrixRMaj x) {
        check(x);
        FMatrixRMaj out = new FMatrixRMaj(x.numRows, x.numCols);
        int cols = x.numCols;
        for (int i = 0; i < x.numRows * cols; i++) {
            int c = i % cols;
            out.data[i] = (x.data[i] - offset[c]) / scale[c];
        }
        return out;
    }

    /** The same dataset with normalised features. */
    public Dataset apply(Dataset dataset) {
        return dataset.withFeatures(apply(dataset.features()));
    }

    /** A new matrix holding x * scale + offset: back to the original units. */
    public FMatrixRMaj invert(FMatrixRMaj x) {
        check(x);
        FMatrixRMaj out = new FMatrixRMaj(x.numRows, x.numCols);
        int cols = x.numCols;
        for (int i = 0; i < x.numRows * cols; i++) {
            int c = i % cols;
            out.data[i] = x.data[i] * scale[c] + offset[c];
        }
        return out;
    }

    private void check(FMatrixRMaj x) {
        if (x.numCols != offset.length) {
            throw new IllegalArgumentException("normalisation fitted on " + offset.length
                    + " features cannot be applied to rows of " + x.numCols);
        }
    }

    /** A copy: the record's arrays are never handed out for writing. */
    @Override
    public float[] offset() {
        return offset.clone();
    }

    @Override
    public float[] scale() {
        return scale.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Normalization n && kind == n.kind && Arrays.equals(offset, n.offset)
                && Arrays.equals(scale, n.scale);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * kind.hashCode() + Arrays.hashCode(offset)) + Arrays.hashCode(scale);
    }

    @Override
    public String toString() {
        return "Normalization[" + kind + ", " + offset.length + " features]";
    }
}
