package workbench.engine;

import java.util.Arrays;
import org.ejml.data.FMatrixRMaj;

/**
 * Average pooling. A window that overhangs the border (SAME padding) averages only the values
 * inside it, as Keras does and as PyTorch does with ceil_mode and count_include_pad=False, so
 * border outputs are not dimmed by zeros that are not in the image.
 */
public final class AvgPool2D extends Pooling2D {
    private final FMatrixRMaj output = new FMatrixRMaj(1, 1);
    private final FMatrixRMaj gradInput = new FMatrixRMaj(1, 1);
    /** Per output position, 1 / (number of input values in its window). */
    private float[] scale = new float[0];

    public AvgPool2D(int size, int stride, Padding padding) {
        super("AvgPool2D", size, stride, padding);
    }

    @Override
    void prepare() {
        scale = new float[geometry.outPositions()];
        for (int oy = 0, at = 0; oy < geometry.outHeight(); oy++) {
            int rows = windowEnd(oy, geometry.padTop(), geometry.inHeight()) - windowStart(oy, geometry.padTop());
            for (int ox = 0; ox < geometry.outWidth(); ox++, at++) {
                int cols = windowEnd(ox, geometry.padLeft(), geometry.inWidth()) - windowStart(ox, geometry.padLeft());
                scale[at] = 1f / (rows * cols);
            }
        }
    }

    @Override
    public FMatrixRMaj forward(FMatrixRMaj input, boolean training) {
        int n = input.numRows;
        int h = inputShape.height();
        int w = inputShape.width();
        int planes = n * inputShape.channels();
        output.reshape(n, outputShape.size());
        float[] x = input.data;
        float[] y = output.data;
        int at = 0;
        for (int p = 0; p < planes; p++) {
            int plane = p * h * w;
            for (int oy = 0, pos = 0; oy < geometry.outHeight(); oy++) {
                int y0 = windowStart(oy, geometry.padTop());
                int y1 = windowEnd(oy, geometry.padTop(), h);
                for (int ox = 0; ox < geometry.outWidth(); ox++, at++, pos++) {
                    int x0 = windowStart(ox, geometry.padLeft());
                    int x1 = windowEnd(ox, geometry.padLeft(), w);
                    float sum = 0f;
                    for (int iy = y0; iy < y1; iy++) {
                        int row = plane + iy * w;
                        for (int ix = x0; ix < x1; ix++) {
                            sum += x[row + ix];
                        }
                    }
                    y[at] = sum * scale[pos];
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
        int planes = n * inputShape.channels();
        gradInput.reshape(n, inputShape.size());
        float[] d = gradInput.data;
        float[] g = gradOutput.data;
        Arrays.fill(d, 0, n * inputShape.size(), 0f);
        int at = 0;
        for (int p = 0; p < planes; p++) {
            int plane = p * h * w;
            for (int oy = 0, pos = 0; oy < geometry.outHeight(); oy++) {
                int y0 = windowStart(oy, geometry.padTop());
                int y1 = windowEnd(oy, geometry.padTop(), h);
                for (int ox = 0; ox < geometry.outWidth(); ox++, at++, pos++) {
                    int x0 = windowStart(ox, geometry.padLeft());
                    int x1 = windowEnd(ox, geometry.padLeft(), w);
                    float share = g[at] * scale[pos];
                    for (int iy = y0; iy < y1; iy++) {
                        int row = plane + iy * w;
                        for (int ix = x0; ix < x1; ix++) {
                            d[row + ix] += share;
                        }
                    }
                }
            }
        }
        return gradInput;
    }
}
