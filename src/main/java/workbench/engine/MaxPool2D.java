package workbench.engine;

import java.util.Arrays;
import org.ejml.data.FMatrixRMaj;

/**
 * Max pooling. With SAME padding the windows that overhang the border take the maximum of the
 * values inside (Keras's behaviour, and PyTorch's with ceil_mode). The backward pass routes each
 * gradient to the window's maximum, the first one on ties, as PyTorch does.
 */
public final class MaxPool2D extends Pooling2D {
    private final FMatrixRMaj output = new FMatrixRMaj(1, 1);
    private final FMatrixRMaj gradInput = new FMatrixRMaj(1, 1);
    /** Per output value, the index of its maximum within the sample's row. */
    private int[] argmax = new int[0];

    public MaxPool2D(int size, int stride, Padding padding) {
        super("MaxPool2D", size, stride, padding);
    }

    @Override
    public FMatrixRMaj forward(FMatrixRMaj input, boolean training) {
        int n = input.numRows;
        int h = inputShape.height();
        int w = inputShape.width();
        int channels = inputShape.channels();
        int inSize = inputShape.size();
        int outSize = outputShape.size();
        output.reshape(n, outSize);
        if (argmax.length < n * outSize) {
            argmax = new int[n * outSize];
        }
        float[] x = input.data;
        float[] y = output.data;
        int outH = geometry.outHeight();
        int outW = geometry.outWidth();
        int padTop = geometry.padTop();
        int padLeft = geometry.padLeft();
        int[] best = argmax;
        int at = 0;
        for (int s = 0; s < n; s++) {
            int sample = s * inSize;
            for (int c = 0; c < channels; c++) {
                int plane = c * h * w;
                for (int oy = 0; oy < outH; oy++) {
                    int y0 = windowStart(oy, padTop);
                    int y1 = windowEnd(oy, padTop, h);
                    for (int ox = 0; ox < outW; ox++, at++) {
                        int x0 = windowStart(ox, padLeft);
                        int x1 = windowEnd(ox, padLeft, w);
                        int where = plane + y0 * w + x0;
                        float max = x[sample + where];
                        for (int iy = y0; iy < y1; iy++) {
                            int row = plane + iy * w;
                            for (int ix = x0; ix < x1; ix++) {
                                float v = x[sample + row + ix];
                                if (v > max) {
                                    max = v;
                                    where = row + ix;
                                }
                            }
                        }
                        y[at] = max;
                        best[at] = where;
                    }
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
        int inSize = inputShape.size();
        int outSize = outputShape.size();
        gradInput.reshape(n, inSize);
        float[] d = gradInput.data;
        float[] g = gradOutput.data;
        Arrays.fill(d, 0, n * inSize, 0f);
        for (int s = 0, at = 0; s < n; s++) {
            int sample = s * inSize;
            for (int j = 0; j < outSize; j++, at++) {
                d[sample + argmax[at]] += g[at];
            }
        }
        return gradInput;
    }
}
