package workbench.engine;

import java.util.Arrays;
import org.apache.commons.math3.random.RandomGenerator;
import org.ejml.data.FMatrixRMaj;

/**
 * A transposed convolution ("deconvolution") with Keras's Conv2DTranspose output sizes: SAME gives
 * input * stride, VALID (input - 1) * stride + kernel. It is exactly the adjoint of the
 * {@link Conv2D} that maps its output size back to its input size with the same kernel, stride
 * and padding, so its forward pass is that convolution's col2im and its backward pass that
 * convolution's im2col. The weights are stored inChannels x (filters * k * k), PyTorch's
 * ConvTranspose2d weight [Cin][Cout][kh][kw] flattened.
 */
public final class ConvTranspose2D extends ConvolutionLayer {
    // geometry describes the adjoint convolution: its input is this layer's output
    private final FMatrixRMaj channelMajorInput = new FMatrixRMaj(1, 1);
    private final FMatrixRMaj columns = new FMatrixRMaj(1, 1);
    private final FMatrixRMaj channelMajorGradient = new FMatrixRMaj(1, 1);
    /** When a batch fits one chunk, the forward pass's channel-major input serves the backward pass too. */
    private boolean channelMajorHoldsLastInput;

    /** @param name prefix of the parameter names, such as {@code decoder.2} */
    public ConvTranspose2D(String name, int filters, int kernel, int stride, Padding padding, Gemm gemm) {
        super("A transposed convolution", name, filters, kernel, stride, padding, gemm);
    }

    @Override
    public Shape build(Shape input, int index) {
        Im2Col.requireImage("ConvTranspose2D", input, index, "a transposed convolution");
        int outH = ConvGeometry.transposedLength(input.height(), kernel, stride, padding);
        int outW = ConvGeometry.transposedLength(input.width(), kernel, stride, padding);
        ConvGeometry g = ConvGeometry.of(outH, outW, kernel, stride, padding);
        if (g.outHeight() != input.height() || g.outWidth() != input.width()) {
            throw new IllegalStateException("ConvTranspose2D #" + (index + 1) + ": output " + outH + "x" + outW
                    + " does not convolve back to input " + input);
        }
        inputShape = input;
        geometry = g;
        int taps = filters * kernel * kernel;
        chunk = Im2Col.chunkSamples((long) Math.max(taps, input.channels()) * g.outPositions());
        createParameters(input.channels(), taps);
        outputShape = Shape.image(filters, outH, outW);
        return outputShape;
    }

    /**
     * PyTorch and Keras both take the fan-in of a transposed convolution from the weight's second
     * axis, the output channels, so its initial scale matches theirs rather than the true fan-in.
     */
    @Override
    public void initialize(Initializer initializer, RandomGenerator rng) {
        int area = kernel * kernel;
        int fanIn = filters * area;
        initializer.fillWeights(weights, fanIn, inputShape.channels() * area, rng);
        initializer.fillBiases(bias, fanIn, rng);
    }

    @Override
    public FMatrixRMaj forward(FMatrixRMaj input, boolean training) {
        lastInput = input;
        int n = input.numRows;
        int channels = inputShape.channels();
        int positions = geometry.outPositions();
        int outSize = outputShape.size();
        int plane = geometry.inPositions();
        float[] b = bias.data;
        output.reshape(n, outSize);
        for (int first = 0; first < n; first += chunk) {
            int count = Math.min(chunk, n - first);
            int width = count * positions;
            channelMajorInput.reshape(channels, width);
            Im2Col.gather(input.data, first, count, channels, positions, channelMajorInput.data);
            gemm.multTransA(weights, channelMajorInput, columns);
            for (int i = 0; i < count; i++) {
                int row = (first + i) * outSize;
                for (int f = 0; f < filters; f++) {
                    Arrays.fill(output.data, row + f * plane, row + (f + 1) * plane, b[f]);
                }
                Im2Col.col2im(columns.data, width, i * positions, filters, geometry, output.data, row);
            }
        }
        channelMajorHoldsLastInput = n <= chunk;
        return output;
    }

    @Override
    public FMatrixRMaj backward(FMatrixRMaj gradOutput, boolean needInputGradient) {
        int n = gradOutput.numRows;
        int channels = inputShape.channels();
        int positions = geometry.outPositions();
        int outSize = outputShape.size();
        FMatrixRMaj weightGradient = weightParameter.gradient();
        Im2Col.channelSums(gradOutput.data, n, filters, geometry.inPositions(), biasParameter.gradient().data);
        if (needInputGradient) {
            gradInput.reshape(n, inputShape.size());
        }
        for (int first = 0; first < n; first += chunk) {
            int count = Math.min(chunk, n - first);
            int width = count * positions;
            columns.reshape(weights.numCols, width);
            for (int i = 0; i < count; i++) {
                Im2Col.im2col(gradOutput.data, (first + i) * outSize, filters, geometry, columns.data, width,
                        i * positions);
            }
            if (!channelMajorHoldsLastInput) {
                channelMajorInput.reshape(channels, width);
                Im2Col.gather(lastInput.data, first, count, channels, positions, channelMajorInput.data);
            }
            if (first == 0) {
                gemm.multTransB(channelMajorInput, columns, weightGradient);
            } else {
                gemm.multTransB(channelMajorInput, columns, chunkWeightGradient);
                addInto(weightGradient, chunkWeightGradient);
            }
            if (needInputGradient) {
                gemm.mult(weights, columns, channelMajorGradient);
                Im2Col.scatter(channelMajorGradient.data, first, count, channels, positions, null, gradInput.data);
            }
        }
        return needInputGradient ? gradInput : null;
    }

    @Override
    public String describe() {
        return describe("ConvTranspose2D");
    }

}
