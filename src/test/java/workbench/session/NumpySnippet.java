package workbench.session;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.ejml.data.FMatrixRMaj;
import workbench.io.Npy;
import workbench.io.NpyArray;

/**
 * The README's NumPy snippet ("A saved model in NumPy") in Java, independent of the engine: the
 * {@code .npy} arrays of a model file read with {@link Npy}, a dense forward pass in double (ReLU
 * between layers, a linear code, a sigmoid output: the plain dense models the snippet is for), and
 * the per-element means that metrics.json reports, written out from their definitions.
 */
public final class NumpySnippet {
    /** Keras's epsilon, as the README says the test BCE clips the reconstruction. */
    private static final double CLIP = 1e-7;

    /** Test BCE (clipped), MSE and MAE, each a mean over every element of the split. */
    public record Errors(double bce, double mse, double mae) {
    }

    private NumpySnippet() {
    }

    /** Every {@code name.npy} entry of a model file, by name without the extension. */
    public static Map<String, NpyArray> arrays(Path modelFile) throws IOException {
        Map<String, NpyArray> arrays = new HashMap<>();
        try (ZipFile zip = new ZipFile(modelFile.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.getName().endsWith(".npy")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        arrays.put(entry.getName().replaceFirst("\\.npy$", ""), Npy.read(in, entry.getName()));
                    }
                }
            }
        }
        return arrays;
    }

    /** The snippet's reconstruction of each row of {@code x}: encoder.0, encoder.1, ..., decoder.0, .... */
    public static double[][] reconstruct(Map<String, NpyArray> z, FMatrixRMaj x) {
        double[][] h = new double[x.numRows][x.numCols];
        for (int r = 0; r < x.numRows; r++) {
            for (int c = 0; c < x.numCols; c++) {
                h[r][c] = x.get(r, c);
            }
        }
        int encoderLayers = count(z, "encoder");
        for (int k = 0; k < encoderLayers; k++) {
            h = dense(h, z.get("encoder." + k + ".weight"), z.get("encoder." + k + ".bias"));
            if (k < encoderLayers - 1) {
                relu(h);
            }
        }
        int decoderLayers = count(z, "decoder");
        for (int k = 0; k < decoderLayers; k++) {
            h = dense(h, z.get("decoder." + k + ".weight"), z.get("decoder." + k + ".bias"));
            if (k < decoderLayers - 1) {
                relu(h);
            }
        }
        for (double[] row : h) {
            for (int j = 0; j < row.length; j++) {
                row[j] = 1 / (1 + Math.exp(-row[j]));
            }
        }
        return h;
    }

    /** The snippet's model on {@code x}, scored against {@code x}. */
    public static Errors errors(Path modelFile, FMatrixRMaj x) throws IOException {
        double[][] p = reconstruct(arrays(modelFile), x);
        double bce = 0;
        double se = 0;
        double ae = 0;
        for (int r = 0; r < x.numRows; r++) {
            for (int c = 0; c < x.numCols; c++) {
                double t = x.get(r, c);
                double q = Math.min(1 - CLIP, Math.max(CLIP, p[r][c]));
                bce += -(t * Math.log(q) + (1 - t) * Math.log(1 - q));
                se += (p[r][c] - t) * (p[r][c] - t);
                ae += Math.abs(p[r][c] - t);
            }
        }
        double elements = (double) x.numRows * x.numCols;
        return new Errors(bce / elements, se / elements, ae / elements);
    }

    private static int count(Map<String, NpyArray> z, String stack) {
        int k = 0;
        while (z.containsKey(stack + "." + k + ".weight")) {
            k++;
        }
        return k;
    }

    /** h @ W + b, with W stored inputs x outputs as the model file keeps it. */
    private static double[][] dense(double[][] h, NpyArray weight, NpyArray bias) {
        int in = weight.shape()[0];
        int out = weight.shape()[1];
        float[] w = weight.data();
        float[] b = bias.data();
        double[][] y = new double[h.length][out];
        for (int r = 0; r < h.length; r++) {
            for (int o = 0; o < out; o++) {
                double s = b[o];
                for (int i = 0; i < in; i++) {
                    s += h[r][i] * w[i * out + o];
                }
                y[r][o] = s;
            }
        }
        return y;
    }

    private static void relu(double[][] h) {
        for (double[] row : h) {
            for (int j = 0; j < row.length; j++) {
                row[j] = Math.max(row[j], 0);
            }
        }
    }
}
