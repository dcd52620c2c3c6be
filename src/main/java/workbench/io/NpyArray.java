package workbench.io;

import java.util.Arrays;
import org.ejml.data.FMatrixRMaj;

/**
 * An n-dimensional float array in C order, the in-memory side of a {@code .npy} file. Everything is
 * float32 because that is what the engine trains on; other dtypes are converted when read.
 *
 * <p>A record with array components compares by identity by default; equality here compares the
 * contents instead, so tests and callers can compare arrays directly.
 */
public record NpyArray(int[] shape, float[] data) {

    public NpyArray {
        shape = shape.clone();
        long count = 1;
        for (int dim : shape) {
            if (dim < 0) {
                throw new IllegalArgumentException("array shape " + Arrays.toString(shape)
                        + " has a negative dimension; every dimension must be 0 or more");
            }
            count *= dim;
        }
        if (count != data.length) {
            throw new IllegalArgumentException("array shape " + Arrays.toString(shape) + " holds "
                    + count + " values but " + data.length + " were given; pass data whose length is"
                    + " the product of the shape");
        }
    }

    /** A 1-D array of the given values (not copied). */
    public static NpyArray vector(float[] values) {
        return new NpyArray(new int[] {values.length}, values);
    }

    /** A 0-D array holding one value, as numpy stores a scalar. */
    public static NpyArray scalar(float value) {
        return new NpyArray(new int[0], new float[] {value});
    }

    /** A 2-D array rows x cols sharing the matrix's row-major storage order (values are copied). */
    public static NpyArray of(FMatrixRMaj matrix) {
        float[] values = Arrays.copyOf(matrix.data, matrix.numRows * matrix.numCols);
        return new NpyArray(new int[] {matrix.numRows, matrix.numCols}, values);
    }

    /** The shape; a copy, so callers cannot reshape the array behind its data's back. */
    @Override
    public int[] shape() {
        return shape.clone();
    }

    public int ndim() {
        return shape.length;
    }

    public int size() {
        return data.length;
    }

    /** This 2-D array as a matrix (values copied). */
    public FMatrixRMaj toMatrix() {
        if (shape.length != 2) {
            throw new IllegalArgumentException("expected a 2-D array (rows, columns) but the shape is "
                    + shapeString() + "; use toRowMatrix() to flatten the trailing dimensions");
        }
        return new FMatrixRMaj(shape[0], shape[1], true, data);
    }

    /**
     * One row per entry of the first axis, the remaining axes flattened in C order: a stack of
     * images (n, 28, 28) or (n, 1, 28, 28) becomes an n x 784 batch, channel-major as the engine
     * expects.
     */
    public FMatrixRMaj toRowMatrix() {
        if (shape.length == 0) {
            throw new IllegalArgumentException("a 0-D array (a single value) has no rows;"
                    + " expected at least one dimension");
        }
        int rows = shape[0];
        int cols = 1;
        for (int i = 1; i < shape.length; i++) {
            cols *= shape[i];
        }
        return new FMatrixRMaj(rows, cols, true, data);
    }

    /** The values of this 1-D array (a copy). */
    public float[] toVector() {
        if (shape.length != 1) {
            throw new IllegalArgumentException("expected a 1-D array but the shape is " + shapeString());
        }
        return data.clone();
    }

    /**
     * The values of a 1-D array as ints, for labels. Refuses non-integral values rather than
     * truncating them, because a float array saved by mistake would otherwise pass silently.
     */
    public int[] toIntVector() {
        float[] values = toVector();
        int[] out = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            float v = values[i];
            if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("expected whole numbers (labels) but value " + i
                        + " is " + v + "; save the labels with an integer dtype");
            }
            out[i] = (int) v;
        }
        return out;
    }

    /** The shape the way numpy prints it: (), (5,), (3, 4). */
    public String shapeString() {
        return shapeString(shape);
    }

    static String shapeString(int[] shape) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(shape[i]);
        }
        if (shape.length == 1) {
            sb.append(',');
        }
        return sb.append(')').toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NpyArray other
                && Arrays.equals(shape, other.shape)
                && Arrays.equals(data, other.data);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(shape) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        String values = data.length <= 8 ? Arrays.toString(data)
                : Arrays.toString(Arrays.copyOf(data, 8)).replace("]", ", ...]");
        return "NpyArray" + shapeString() + " " + values;
    }
}
