package workbench.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.commons.math3.random.RandomGenerator;
import org.ejml.data.FMatrixRMaj;

/**
 * A 2-D convolution with a square kernel (cross-correlation, as in every framework), computed as
 * im2col and one matrix product per chunk of samples. The weights are stored filters x (channels *
 * k * k), which is PyTorch's Conv2d weight [F][C][kh][kw] flattened, so weights copy across as they are.
 */
public final class Conv2D implements Layer {
    private final String name;
    private final int filters;
    private final int kernel;
    private final int stride;
    private final Padding padding;
    private final Gemm gemm;
    private Shape inputShape;
    private Shape outputShape;
    private ConvGeometry geometry;
    private int chunk;
    private FMatrixRMaj weights;
    private FMatrixRMaj bias;
    private Parameter weightParameter;
    private Parameter biasParameter;
    private final FMatrixRMaj output = new FMatrixRMaj(1, 1);
    private final FMatrixRMaj gradInput = new FMatrixRMaj(1, 1);
    private final FMatrixRMaj columns = new FMatrixRMaj(1, 1);
    private final FMatrixRMaj product = new FMatrixRMaj(1, 1);
    private final FMatrixRMaj gradColumns = new FMatrixRMaj(1, 1);
    private final FMatrixRMaj chunkWeightGradient = new FMatrixRMaj(1, 1);
    private FMatrixRMaj lastInput;
    /** When a batch fits one chunk, the forward pass's columns serve the backward pass too. */
    private boolean columnsHoldLastInput;

    /** @param name prefix of the parameter names, such as {@code encoder.0} */
    public Conv2D(String name, int filters, int kernel, int stride, Padding padding, Gemm gemm) {
        if (filters < 1 || kernel < 1 || stride < 1) {
            throw new IllegalArgumentException("a convolution needs at least 1 filter, a kernel and a stride of at "
                    + "least 1, got " + filters + ", " + kernel + " and " + stride);
        }
        this.name = name;
        this.filters = filters;
        this.kernel = kernel;
        this.stride = stride;
        this.padding = Objects.requireNonNull(padding, "padding");
        this.gemm = gemm;
    }

    public int filters() {
        return filters;
    }

    public int kernel() {
        return kernel;
    }

    public int stride() {
        return stride;
    }

    public Padding padding() {
        return padding;
    }

    /** filters x (channels * kernel * kernel), PyTorch's layout. */
    public FMatrixRMaj weights() {
        return weights;
    }

    public FMatrixRMaj bias() {
        return bias;
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
        weights = new FMatrixRMaj(filters, taps);
        bias = new FMatrixRMaj(1, filters);
        weightParameter = new Parameter(name + ".weight", weights, true);
        biasParameter = new Parameter(name + ".bias", bias, false);
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

    static void addInto(FMatrixRMaj total, FMatrixRMaj part) {
        float[] t = total.data;
        float[] p = part.data;
        for (int i = 0, size = total.getNumElements(); i < size; i++) {
            t[i] += p[i];
        }
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(weightParameter, biasParameter);
    }

    @Override
    public String describe() {
        return describe("Conv2D", filters, kernel, stride, padding);
    }

    static String describe(String kind, int filters, int kernel, int stride, Padding padding) {
        return kind + "(" + filters + ", " + kernel + "x" + kernel + ", "
                + (stride == 1 ? "" : "stride " + stride + ", ") + padding.label() + ")";
    }

    @Override
    public Shape outputShape() {
        return outputShape;
    }
}
