package workbench.engine;

import java.util.Locale;
import org.ejml.data.FMatrixRMaj;

/**
 * Reconstruction losses, element by element. {@link #evaluate} returns the sum over the batch and
 * can also give each sample's sum and the gradient, so that callers choose the reduction: the
 * per-element mean (the Keras and PyTorch default) or the per-sample sum (the VAE convention).
 */
public enum LossFunction {
    MSE("MSE"),
    MAE("MAE"),
    /** Binary cross-entropy; targets in [0, 1]. */
    BCE("BCE"),
    /** Huber with delta 1: squared near zero, absolute far away (PyTorch's and Keras's default delta). */
    HUBER("Huber");

    /** PyTorch clamps each log term of BCE at -100 so that p = 0 or 1 gives a large finite loss. */
    private static final double LOG_FLOOR = -100;
    /** PyTorch's floor for p(1-p) in the BCE gradient, keeping it finite at p = 0 or 1. */
    private static final float BCE_GRAD_EPS = 1e-12f;

    /** Whether BCE from logits runs on the Vector API; read once, before any vector class is touched. */
    private static final boolean VECTOR_BCE = GemmSelector.VECTOR_KERNELS;

    private final String displayName;

    LossFunction(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /**
     * @param prediction what the network produced; with {@code fromLogits}, the inputs of its
     *                   output sigmoid (BCE only), which is how BCE stays exact for saturated outputs
     * @param rowSums    if not null, receives each row's loss summed over its features
     * @param grad       if not null, receives gradScale times d(sum of all losses)/d(prediction)
     * @return the loss summed over every element of the batch
     */
    public double evaluate(FMatrixRMaj prediction, FMatrixRMaj target, boolean fromLogits,
                           float[] rowSums, FMatrixRMaj grad, float gradScale) {
        if (fromLogits && this != BCE) {
            throw new IllegalArgumentException(displayName + " is not computed from logits");
        }
        if (prediction.numRows != target.numRows || prediction.numCols != target.numCols) {
            throw new IllegalArgumentException("prediction is " + prediction.numRows + "x" + prediction.numCols
                    + " but target is " + target.numRows + "x" + target.numCols);
        }
        if (grad != null) {
            grad.reshape(prediction.numRows, prediction.numCols);
        }
        int rows = prediction.numRows;
        int cols = prediction.numCols;
        float[] p = prediction.data;
        float[] t = target.data;
        float[] g = grad == null ? null : grad.data;
        double total = 0;
        for (int r = 0; r < rows; r++) {
            int start = r * cols;
            int end = start + cols;
            double rowSum = switch (this) {
                case MSE -> mse(p, t, g, gradScale, start, end);
                case MAE -> mae(p, t, g, gradScale, start, end);
                case HUBER -> huber(p, t, g, gradScale, start, end);
                case BCE -> fromLogits ? bceLogits(p, t, g, gradScale, start, end) : bce(p, t, g, gradScale, start, end);
            };
            if (rowSums != null) {
                rowSums[r] = (float) rowSum;
            }
            total += rowSum;
        }
        return total;
    }

    private static double mse(float[] p, float[] t, float[] g, float scale, int start, int end) {
        double sum = 0;
        for (int i = start; i < end; i++) {
            float d = p[i] - t[i];
            sum += d * d;
            if (g != null) {
                g[i] = 2f * d * scale;
            }
        }
        return sum;
    }

    private static double mae(float[] p, float[] t, float[] g, float scale, int start, int end) {
        double sum = 0;
        for (int i = start; i < end; i++) {
            float d = p[i] - t[i];
            sum += Math.abs(d);
            if (g != null) {
                g[i] = Math.signum(d) * scale;
            }
        }
        return sum;
    }

    private static double huber(float[] p, float[] t, float[] g, float scale, int start, int end) {
        double sum = 0;
        for (int i = start; i < end; i++) {
            float d = p[i] - t[i];
            float a = Math.abs(d);
            sum += a <= 1f ? 0.5 * d * d : a - 0.5;
            if (g != null) {
                g[i] = Math.max(-1f, Math.min(1f, d)) * scale;
            }
        }
        return sum;
    }

    private static double bce(float[] p, float[] t, float[] g, float scale, int start, int end) {
        double sum = 0;
        for (int i = start; i < end; i++) {
            double logP = Math.max(Math.log(p[i]), LOG_FLOOR);
            double log1mP = Math.max(Math.log1p(-p[i]), LOG_FLOOR);
            sum -= t[i] * logP + (1 - t[i]) * log1mP;
            if (g != null) {
                g[i] = (p[i] - t[i]) / Math.max(p[i] * (1f - p[i]), BCE_GRAD_EPS) * scale;
            }
        }
        return sum;
    }

    /**
     * max(z, 0) - z t + log(1 + exp(-|z|)): never overflows, exact where sigmoid(z) rounds to 0 or 1.
     * One exponential serves both the loss and the gradient, since sigmoid(z) is 1/(1+e) or e/(1+e)
     * with e = exp(-|z|); log(1 + e) in double is as good as log1p at float precision and faster.
     */
    private static double bceLogits(float[] z, float[] t, float[] g, float scale, int start, int end) {
        if (VECTOR_BCE) {
            return VectorBce.sum(z, t, g, scale, start, end);
        }
        return scalarBceLogits(z, t, g, scale, start, end);
    }

    /** The plain loop: the fallback without the Vector API, and the reference its tests compare with. */
    static double scalarBceLogits(float[] z, float[] t, float[] g, float scale, int start, int end) {
        double sum = 0;
        for (int i = start; i < end; i++) {
            float zi = z[i];
            double e = Math.exp(-Math.abs(zi));
            double onePlusE = 1 + e;
            sum += Math.max(zi, 0f) - zi * t[i] + Math.log(onePlusE);
            if (g != null) {
                double sigmoid = (zi >= 0 ? 1 : e) / onePlusE;
                g[i] = (float) (sigmoid - t[i]) * scale;
            }
        }
        return sum;
    }

    public static LossFunction parse(String name) {
        String key = name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return switch (key) {
            case "MSE", "L2", "MEAN_SQUARED_ERROR" -> MSE;
            case "MAE", "L1", "MEAN_ABSOLUTE_ERROR" -> MAE;
            case "BCE", "CROSS_ENTROPY", "BINARY_CROSSENTROPY", "BINARY_CROSS_ENTROPY" -> BCE;
            case "HUBER" -> HUBER;
            default -> throw new IllegalArgumentException("unknown loss '" + name
                    + "': expected one of mse, mae, bce, huber");
        };
    }
}
