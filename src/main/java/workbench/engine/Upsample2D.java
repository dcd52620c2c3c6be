package workbench.engine;

import java.util.Arrays;
import org.ejml.data.FMatrixRMaj;

/**
 * Nearest-neighbour upsampling, by a whole factor or to an exact size. Output pixel (oy, ox) copies
 * input pixel (floor(oy * H / outH), floor(ox * W / outW)), computed in integers: torch.nn.Upsample's
 * 'nearest' rule in exact arithmetic (PyTorch computes it from a float scale and picks another pixel
 * for 9 of the 2,420 pairs of sizes from 1..40 to 1..80, 14 to 46 say); an exact size lets a decoder
 * reach sizes a factor cannot, such as 4x4 to 7x7.
 */
public final class Upsample2D implements Layer {
    private final int factor;
    private final int targetHeight;
    private final int targetWidth;
    private Shape inputShape;
    private Shape outputShape;
    /** Source row of each output row, and source column of each output column. */
    private int[] sourceRow = new int[0];
    private int[] sourceColumn = new int[0];
    private final FMatrixRMaj output = new FMatrixRMaj(1, 1);
    private final FMatrixRMaj gradInput = new FMatrixRMaj(1, 1);

    public Upsample2D(int factor) {
        if (factor < 1) {
            throw new IllegalArgumentException("an upsampling factor must be at least 1, got " + factor);
        }
        this.factor = factor;
        this.targetHeight = 0;
        this.targetWidth = 0;
    }

    public Upsample2D(int outHeight, int outWidth) {
        if (outHeight < 1 || outWidth < 1) {
            throw new IllegalArgumentException("an upsampling size must be positive, got " + outHeight + "x" + outWidth);
        }
        this.factor = 0;
        this.targetHeight = outHeight;
        this.targetWidth = outWidth;
    }

    /** The factor, or 0 when the layer upsamples to an exact size. */
    public int factor() {
        return factor;
    }

    @Override
    public Shape build(Shape input, int index) {
        Im2Col.requireImage("Upsample2D", input, index, "upsampling");
        int outH = factor > 0 ? input.height() * factor : targetHeight;
        int outW = factor > 0 ? input.width() * factor : targetWidth;
        inputShape = input;
        outputShape = Shape.image(input.channels(), outH, outW);
        sourceRow = sources(input.height(), outH);
        sourceColumn = sources(input.width(), outW);
        return outputShape;
    }

    private static int[] sources(int in, int out) {
        int[] source = new int[out];
        for (int o = 0; o < out; o++) {
            source[o] = (int) ((long) o * in / out);
        }
        return source;
    }

    @Override
    public FMatrixRMaj forward(FMatrixRMaj input, boolean training) {
        int n = input.numRows;
        int h = inputShape.height();
        int w = inputShape.width();
        int outH = outputShape.height();
        int outW = outputShape.width();
        int planes = n * inputShape.channels();
        output.reshape(n, outputShape.size());
        float[] x = input.data;
        float[] y = output.data;
        int at = 0;
        for (int p = 0; p < planes; p++) {
            int plane = p * h * w;
            for (int oy = 0; oy < outH; oy++) {
                int row = plane + sourceRow[oy] * w;
                for (int ox = 0; ox < outW; ox++) {
                    y[at++] = x[row + sourceColumn[ox]];
                }
            }
        }
        return output;
    }

    @Override
    public FMatrixRMaj backward(FMatrixRMaj gradOutput, boolean needInputGradient) {
        if (!needInputGradient) {
            return null;
        }
        int n = gradOutput.numRows;
        int h = inputShape.height();
        int w = inputShape.width();
        int outH = outputShape.height();
        int outW = outputShape.width();
        int planes = n * inputShape.channels();
        gradInput.reshape(n, inputShape.size());
        float[] d = gradInput.data;
        float[] g = gradOutput.data;
        Arrays.fill(d, 0, n * inputShape.size(), 0f);
        int at = 0;
        for (int p = 0; p < planes; p++) {
            int plane = p * h * w;
            for (int oy = 0; oy < outH; oy++) {
                int row = plane + sourceRow[oy] * w;
                for (int ox = 0; ox < outW; ox++) {
                    d[row + sourceColumn[ox]] += g[at++];
                }
            }
        }
        return gradInput;
    }

    @Override
    public String describe() {
        return factor > 0 ? "Upsample2D(" + factor + ")" : "Upsample2D(to " + targetHeight + "x" + targetWidth + ")";
    }

    @Override
    public Shape outputShape() {
        return outputShape;
    }
}
