package workbench.engine;

import java.util.Arrays;
import org.apache.commons.math3.random.RandomGenerator;
import org.ejml.data.FMatrixRMaj;

/**
 * A 2-D convolution with a square kernel (cross-correlation, as in every framework), computed as
 * im2col and one matrix product per chunk of samples. The weights are stored filters x (channels *
 * k * k), which is PyTorch's Conv2d weight [F][C][kh][kw] flattened, so weights copy across as they are.
 */
public final class Conv2D extends ConvolutionLayer {
    private final FMatrixRMaj columns = new FMatrixRMaj(1, 1);
    private final FMatrixRMaj product = new FMatrixRMaj(1, 1);
    private final FMatrixRMaj gradColumns = new FMatrixRMaj(1, 1);
    /** When a batch fits one chunk, the forward pass's columns serve the backward pass too. */
    private boolean columnsHoldLastInput;

    /** @param name prefix of the parameter names, such as {@code encoder.0} */
    public Conv2D(String name, int filters, int kernel, int stride, Padding padding, Gemm gemm) {
        super("A convolution", name, filters, kernel, stride, padding, gemm);
    }

    @Override
    public Shape build(Shape input, int index) {
        Im2Col.requireImage("Conv2D", input, index, "a convolution");
        ConvGeometry g = ConvGeometry.of(input.height(), input.width(), kernel, stride, padding);
        if (!g.hasOutput()) {
            throw new ShapeException(index, "Conv2D #" + (index + 1) + ": input " + input + " with kernel " + kernel
                    + " and valid padding leaves no output; use a smaller kernel or same padding");
        }
        inputShape = input;
        geometry = g;
        int taps = input.channels() * kernel * kernel;
        chunk = Im2Col.chunkSamples((long) taps * g.outPositions());
        createParameters(filters, taps);
        outputShape = Shape.image(filters, g.outHeight(), g.outWidth());
        return outputShape;
    }

    /** Fans as PyTorch and Keras count them for a convolution: each weight's kernel window times the channels. */
    @Override
    public void initialize(Initializer initializer, RandomGenerator rng) {
        int area = kernel * kernel;
        int fanIn = inputShape.channels() * area;
        initializer.fillWeights(weights, fanIn, filters * area, rng);
        initializer.fillBiases(bias, fanIn, rng);
    }

    @Override
    public FMatrixRMaj forward(FMatrixRMaj input, boolean training) {
        lastInput = input;
        int n = input.numRows;
        int inSize = inputShape.size();
        int positions = geometry.outPositions();
        int channels = inputShape.channels();
        output.reshape(n, outputShape.size());
        for (int first = 0; first < n; first += chunk) {
            int count = Math.min(chunk, n - first);
            int width = count * positions;
            columns.reshape(weights.numCols, width);
            for (int i = 0; i < count; i++) {
                Im2Col.im2col(input.data, (first + i) * inSize, channels, geometry, columns.data, width, i * positions);
            }
            gemm.mult(weights, columns, product);
            Im2Col.scatter(product.data, first, count, filters, positions, bias.data, output.data);
        }
        columnsHoldLastInput = n <= chunk;
        return output;
    }

    @Override
    public FMatrixRMaj backward(FMatrixRMaj gradOutput, boolean needInputGradient) {
        int n = gradOutput.numRows;
        int inSize = inputShape.size();
        int positions = geometry.outPositions();
        int channels = inputShape.channels();
        FMatrixRMaj weightGradient = weightParameter.gradient();
        Im2Col.channelSums(gradOutput.data, n, filters, positions, biasParameter.gradient().data);
        if (needInputGradient) {
            gradInput.reshape(n, inSize);
        }
        for (int first = 0; first < n; first += chunk) {
            int count = Math.min(chunk, n - first);
            int width = count * positions;
            if (!columnsHoldLastInput) {
                columns.reshape(weights.numCols, width);
                for (int i = 0; i < count; i++) {
                    Im2Col.im2col(lastInput.data, (first + i) * inSize, channels, geometry, columns.data, width,
                            i * positions);
                }
            }
            product.reshape(filters, width);
            Im2Col.gather(gradOutput.data, first, count, filters, positions, product.data);
            if (first == 0) {
                gemm.multTransB(product, columns, weightGradient);
            } else {
                gemm.multTransB(product, columns, chunkWeightGradient);
                addInto(weightGradient, chunkWeightGradient);
            }
            if (needInputGradient) {
                gemm.multTransA(weights, product, gradColumns);
                Arrays.fill(gradInput.data, first * inSize, (first + count) * inSize, 0f);
                for (int i = 0; i < count; i++) {
                    Im2Col.col2im(gradColumns.data, width, i * positions, channels, geometry, gradInput.data,
                            (first + i) * inSize);
                }
            }
        }
        return needInputGradient ? gradInput : null;
    }

    @Override
    public String describe() {
        return describe("Conv2D");
    }

}
