package workbench.engine;

/**
 * Where a square window of a convolution or pooling layer falls on one channel of its input. Output
 * position (oy, ox) covers input rows {@code oy * stride - padTop .. + kernel - 1} and the like for
 * columns; rows and columns outside the input are padding (zeros for a convolution, skipped by
 * pooling). A transposed convolution uses the geometry of the convolution it is the adjoint of, so
 * its "input" here is its output.
 */
public record ConvGeometry(int inHeight, int inWidth, int kernel, int stride, int padTop, int padLeft,
                           int outHeight, int outWidth) {

    /**
     * The geometry of a window sliding over an inHeight x inWidth plane. With VALID padding and a
     * kernel larger than the plane, the output size is 0: callers turn that into a ShapeException.
     */
    public static ConvGeometry of(int inHeight, int inWidth, int kernel, int stride, Padding padding) {
        if (kernel < 1 || stride < 1) {
            throw new IllegalArgumentException("kernel and stride must be positive, got " + kernel + " and " + stride);
        }
        if (padding == Padding.VALID) {
            return new ConvGeometry(inHeight, inWidth, kernel, stride, 0, 0,
                    validLength(inHeight, kernel, stride), validLength(inWidth, kernel, stride));
        }
        int outH = ceilDiv(inHeight, stride);
        int outW = ceilDiv(inWidth, stride);
        return new ConvGeometry(inHeight, inWidth, kernel, stride,
                samePadding(inHeight, outH, kernel, stride) / 2, samePadding(inWidth, outW, kernel, stride) / 2,
                outH, outW);
    }

    /** Output length of a transposed convolution, as Keras's Conv2DTranspose computes it. */
    public static int transposedLength(int in, int kernel, int stride, Padding padding) {
        return padding == Padding.SAME ? in * stride : (in - 1) * stride + kernel;
    }

    /**
     * Rows of padding after the input: what the output size needs beyond {@link #padTop}, so the
     * odd row of "same" padding falls here (Keras's rule), and 0 for "valid". The ONNX and PyTorch
     * exports spell the engine's windows with it.
     */
    public int padBottom() {
        return samePadding(inHeight, outHeight, kernel, stride) - padTop;
    }

    /** Columns of padding after the input, as {@link #padBottom} for rows. */
    public int padRight() {
        return samePadding(inWidth, outWidth, kernel, stride) - padLeft;
    }

    /** True when the window leaves at least one output position. */
    public boolean hasOutput() {
        return outHeight > 0 && outWidth > 0;
    }

    /** Output positions per channel. */
    public int outPositions() {
        return outHeight * outWidth;
    }

    /** Input positions per channel. */
    public int inPositions() {
        return inHeight * inWidth;
    }

    private static int validLength(int in, int kernel, int stride) {
        return in < kernel ? 0 : (in - kernel) / stride + 1;
    }

    private static int samePadding(int in, int out, int kernel, int stride) {
        return Math.max((out - 1) * stride + kernel - in, 0);
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
