package workbench.session;

import org.ejml.data.FMatrixRMaj;
import workbench.engine.Autoencoder;

/**
 * What the latent tools ask of a model: decode the path between two samples' codes, and decode
 * a grid of codes over a rectangle of the plotted plane (the decoded manifold, the classic figure
 * of a 2-D VAE). Each call encodes and decodes in one batch and returns fresh arrays, so the
 * result can leave the thread that owns the model: run these on that thread (see
 * {@link ModelHost#query}) while a run trains.
 */
public final class LatentTools {

    /** More tiles than this would not fit on a screen, and only tie up the trainer's thread. */
    public static final int MAX_TILES = 10_000;

    private LatentTools() {
    }

    /**
     * The decoded path from sample A's code to sample B's: {@code steps} decoded samples, the
     * first and last being the two samples' reconstructions. Codes are the model's deterministic
     * ones ({@link Autoencoder#encode}: a VAE's mean, no noise, no dropout).
     *
     * @param sampleA   a sample as the model sees it (normalised, {@code inputShape.size()} values)
     * @param spherical along the great circle (see {@link LatentPath}) instead of the straight line
     */
    public static float[][] interpolate(Autoencoder model, float[] sampleA, float[] sampleB, int steps,
            boolean spherical) {
        int features = model.spec().inputShape().size();
        checkSample("first", sampleA, features);
        checkSample("second", sampleB, features);
        FMatrixRMaj samples = new FMatrixRMaj(2, features);
        System.arraycopy(sampleA, 0, samples.data, 0, features);
        System.arraycopy(sampleB, 0, samples.data, features, features);
        FMatrixRMaj codes = model.encode(samples);
        int k = codes.numCols;
        float[] a = new float[k];
        float[] b = new float[k];
        System.arraycopy(codes.data, 0, a, 0, k);
        System.arraycopy(codes.data, k, b, 0, k);
        return decodeAll(model, LatentPath.between(a, b, steps, spherical));
    }

    /**
     * The decoded manifold of a model with a 2-D code: {@code rows x cols} samples decoded at
     * evenly spaced codes from (xMin, yMax) at the top left to (xMax, yMin) at the bottom right,
     * corners included. Returned row by row, top row first: tile (r, c) is at {@code r * cols + c}.
     */
    public static float[][] manifold(Autoencoder model, double xMin, double xMax, double yMin, double yMax,
            int cols, int rows) {
        int k = model.codeSize();
        if (k != 2) {
            throw new IllegalArgumentException("this model's code has " + k + " values, so x and y alone do not"
                    + " name a code; pass the plane the plot shows (LatentPlane.of(snapshot))");
        }
        return manifold(model, LatentPlane.firstTwoAxes(2), xMin, xMax, yMin, yMax, cols, rows);
    }

    /**
     * As {@link #manifold(Autoencoder, double, double, double, double, int, int)}, over a plane of
     * a code of any size: tile (r, c) decodes {@code plane.code(x_c, y_r)}. With the plane of the
     * principal components the tiles show what the PCA view's rectangle decodes to.
     */
    public static float[][] manifold(Autoencoder model, LatentPlane plane, double xMin, double xMax,
            double yMin, double yMax, int cols, int rows) {
        int k = model.codeSize();
        if (plane.dimensions() != k) {
            throw new IllegalArgumentException("the plane is in a " + plane.dimensions() + "-D code space but the"
                    + " model's code has " + k + " values; take the plane from this model's snapshot");
        }
        if (cols < 1 || rows < 1 || (long) cols * rows > MAX_TILES) {
            throw new IllegalArgumentException("a manifold grid needs 1 to " + MAX_TILES + " tiles, got " + cols
                    + " x " + rows);
        }
        double[] xs = gridPoints(xMin, xMax, cols);
        double[] ys = gridPoints(yMax, yMin, rows);
        float[][] codes = new float[rows * cols][];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                codes[r * cols + c] = plane.code(xs[c], ys[r]);
            }
        }
        return decodeAll(model, codes);
    }

    /**
     * {@code count} evenly spaced values from {@code from} to {@code to}, both included (one
     * value: their middle). The manifold's tiles sit at these values, which a view needs to
     * label its axes.
     */
    public static double[] gridPoints(double from, double to, int count) {
        if (!Double.isFinite(from) || !Double.isFinite(to)) {
            throw new IllegalArgumentException("a grid needs a finite range, got " + from + " to " + to);
        }
        if (count < 1) {
            throw new IllegalArgumentException("a grid needs at least 1 point, got " + count);
        }
        double[] out = new double[count];
        if (count == 1) {
            out[0] = (from + to) / 2;
            return out;
        }
        for (int i = 0; i < count; i++) {
            out[i] = from + (to - from) * i / (count - 1);
        }
        out[count - 1] = to; // the corner exactly, not a rounding away from it
        return out;
    }

    /** One code decoded into one sample. */
    public static float[] decode(Autoencoder model, float[] code) {
        return decodeAll(model, new float[][] {code})[0];
    }

    private static float[][] decodeAll(Autoencoder model, float[][] codes) {
        int k = model.codeSize();
        FMatrixRMaj z = new FMatrixRMaj(codes.length, k);
        for (int i = 0; i < codes.length; i++) {
            System.arraycopy(codes[i], 0, z.data, i * k, k);
        }
        FMatrixRMaj decoded = model.decode(z);
        int features = decoded.numCols;
        float[][] out = new float[codes.length][features];
        for (int i = 0; i < codes.length; i++) {
            System.arraycopy(decoded.data, i * features, out[i], 0, features);
        }
        return out;
    }

    private static void checkSample(String which, float[] sample, int features) {
        if (sample == null || sample.length != features) {
            throw new IllegalArgumentException("the " + which + " sample has "
                    + (sample == null ? "no" : Integer.toString(sample.length)) + " values but the model takes "
                    + features + "; pass a row of the data the model was trained on");
        }
    }
}
