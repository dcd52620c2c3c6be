package workbench.engine;

import java.util.Arrays;

/**
 * The data movement around the convolutions' matrix products. A chunk of samples is unrolled into
 * one column matrix with a row per (channel, ky, kx) and a column per (sample, oy, ox), so that a
 * whole chunk is one product with the weights instead of one small product per sample; the
 * products come out channel-major per chunk ([channel][sample][position]), which
 * {@link #gather}/{@link #scatter} convert from and to the engine's one-row-per-sample layout.
 */
final class Im2Col {
    /**
     * Floats a column matrix may hold before a batch is split into chunks: 1 MB, so that the
     * columns written by im2col are still in cache when the product reads them. Measured on the
     * Keras conv autoencoder (batch 128): a 16 MB budget trained 1,470 samples/s, 1 MB 2,090,
     * 256 kB 2,010 (the smaller products then cost more than the cache saves).
     */
    static final long COLUMN_BUDGET = 1L << 18;

    private Im2Col() {
    }

    /** Samples per chunk for a layer whose column matrix takes {@code perSample} floats per sample. */
    static int chunkSamples(long perSample) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, COLUMN_BUDGET / Math.max(1, perSample)));
    }

    /**
     * Unrolls one sample ({@code channels} planes of g's input size, from {@code srcOffset}) into
     * columns {@code colOffset .. + g.outPositions()} of a column matrix {@code colWidth} wide.
     * Padding reads as zero.
     */
    static void im2col(float[] src, int srcOffset, int channels, ConvGeometry g, float[] col, int colWidth,
                       int colOffset) {
        int k = g.kernel();
        int s = g.stride();
        int h = g.inHeight();
        int w = g.inWidth();
        int outH = g.outHeight();
        int outW = g.outWidth();
        int row = 0;
        for (int c = 0; c < channels; c++) {
            int plane = srcOffset + c * h * w;
            for (int ky = 0; ky < k; ky++) {
                for (int kx = 0; kx < k; kx++, row++) {
                    int shift = kx - g.padLeft();
                    int lo = firstInside(shift, s, outW);
                    int hi = Math.max(lo, firstInside(shift - w, s, outW));
                    int dst = row * colWidth + colOffset;
                    for (int oy = 0; oy < outH; oy++, dst += outW) {
                        int iy = oy * s + ky - g.padTop();
                        if (iy < 0 || iy >= h) {
                            Arrays.fill(col, dst, dst + outW, 0f);
                            continue;
                        }
                        Arrays.fill(col, dst, dst + lo, 0f);
                        int from = plane + iy * w + shift;
                        if (s == 1) {
                            System.arraycopy(src, from + lo, col, dst + lo, hi - lo);
                        } else {
                            for (int ox = lo; ox < hi; ox++) {
                                col[dst + ox] = src[from + ox * s];
                            }
                        }
                        Arrays.fill(col, dst + hi, dst + outW, 0f);
                    }
                }
            }
        }
    }

    /**
     * The adjoint of {@link #im2col}: adds columns {@code colOffset ..} back onto one sample's
     * planes at {@code dstOffset}, dropping what falls on padding. The caller clears the sample first.
     */
    static void col2im(float[] col, int colWidth, int colOffset, int channels, ConvGeometry g, float[] dst,
                       int dstOffset) {
        int k = g.kernel();
        int s = g.stride();
        int h = g.inHeight();
        int w = g.inWidth();
        int outH = g.outHeight();
        int outW = g.outWidth();
        int row = 0;
        for (int c = 0; c < channels; c++) {
            int plane = dstOffset + c * h * w;
            for (int ky = 0; ky < k; ky++) {
                for (int kx = 0; kx < k; kx++, row++) {
                    int shift = kx - g.padLeft();
                    int lo = firstInside(shift, s, outW);
                    int hi = Math.max(lo, firstInside(shift - w, s, outW));
                    int from = row * colWidth + colOffset;
                    for (int oy = 0; oy < outH; oy++, from += outW) {
                        int iy = oy * s + ky - g.padTop();
                        if (iy < 0 || iy >= h) {
                            continue;
                        }
                        int to = plane + iy * w + shift;
                        if (s == 1) {
                            for (int ox = lo; ox < hi; ox++) {
                                dst[to + ox] += col[from + ox];
                            }
                        } else {
                            for (int ox = lo; ox < hi; ox++) {
                                dst[to + ox * s] += col[from + ox];
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * The first output index ox in [0, limit] with ox * stride + shift >= 0: with shift = kx - padLeft
     * that is the first column whose tap lands inside the input, with shift - width the first past it.
     */
    private static int firstInside(int shift, int stride, int limit) {
        if (shift >= 0) {
            return 0;
        }
        return Math.min(limit, (-shift + stride - 1) / stride);
    }

    /**
     * Copies samples {@code first .. first + count} of a batch (rows of {@code channels * positions})
     * into {@code dst} as [channel][sample][position], a matrix channels x (count * positions).
     */
    static void gather(float[] batch, int first, int count, int channels, int positions, float[] dst) {
        int rowSize = channels * positions;
        int width = count * positions;
        for (int i = 0; i < count; i++) {
            int src = (first + i) * rowSize;
            for (int c = 0; c < channels; c++) {
                System.arraycopy(batch, src + c * positions, dst, c * width + i * positions, positions);
            }
        }
    }

    /**
     * The inverse of {@link #gather}: writes a channels x (count * positions) matrix back into batch
     * rows {@code first ..}, adding {@code bias[c]} to channel c when a bias is given.
     */
    static void scatter(float[] src, int first, int count, int channels, int positions, float[] bias, float[] batch) {
        int rowSize = channels * positions;
        int width = count * positions;
        for (int i = 0; i < count; i++) {
            int dst = (first + i) * rowSize;
            for (int c = 0; c < channels; c++) {
                int from = c * width + i * positions;
                int to = dst + c * positions;
                if (bias == null) {
                    System.arraycopy(src, from, batch, to, positions);
                } else {
                    float b = bias[c];
                    for (int p = 0; p < positions; p++) {
                        batch[to + p] = src[from + p] + b;
                    }
                }
            }
        }
    }

    /** Adds each channel's values over the batch (rows of channels * positions) into sums[channel]. */
    static void channelSums(float[] batch, int rows, int channels, int positions, float[] sums) {
        Arrays.fill(sums, 0, channels, 0f);
        int at = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < channels; c++) {
                float s = 0f;
                for (int p = 0; p < positions; p++) {
                    s += batch[at++];
                }
                sums[c] += s;
            }
        }
    }

    /**
     * Rejects a flat vector where a spatial layer needs an image: a vector's 1x1 planes would make
     * the layer a costly no-op or a shape error further down, far from its cause.
     */
    static void requireImage(String layer, Shape input, int index, String what) {
        if (input.isFlat()) {
            throw new ShapeException(index, layer + " #" + (index + 1) + ": input is a flat vector of "
                    + input.size() + " values, but " + what + " needs an image (channels x height x width);"
                    + " add a Reshape before it or use an image dataset");
        }
    }
}
