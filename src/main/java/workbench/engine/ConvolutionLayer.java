package workbench.engine;

import java.util.List;
import java.util.Objects;
import org.ejml.data.FMatrixRMaj;

/**
 * What a convolution and a transposed convolution share: their settings, their weights and bias as
 * parameters, and the buffers they reuse from batch to batch. The arithmetic is each subclass's own.
 */
abstract class ConvolutionLayer implements Layer {
    protected final String name;
    protected final int filters;
    protected final int kernel;
    protected final int stride;
    protected final Padding padding;
    protected final Gemm gemm;
    protected Shape inputShape;
    protected Shape outputShape;
    protected ConvGeometry geometry;
    /** Samples per product, so that the column matrix stays within {@link Im2Col#COLUMN_BUDGET}. */
    protected int chunk;
    protected FMatrixRMaj weights;
    protected FMatrixRMaj bias;
    protected Parameter weightParameter;
    protected Parameter biasParameter;
    protected final FMatrixRMaj output = new FMatrixRMaj(1, 1);
    protected final FMatrixRMaj gradInput = new FMatrixRMaj(1, 1);
    protected final FMatrixRMaj chunkWeightGradient = new FMatrixRMaj(1, 1);
    protected FMatrixRMaj lastInput;

    /** @param what the layer in words, for the message when a setting is out of range */
    protected ConvolutionLayer(String what, String name, int filters, int kernel, int stride, Padding padding,
                               Gemm gemm) {
        if (filters < 1 || kernel < 1 || stride < 1) {
            throw new IllegalArgumentException(what + " needs at least 1 filter, a kernel and a stride of at least 1,"
                    + " got " + filters + ", " + kernel + " and " + stride);
        }
        this.name = name;
        this.filters = filters;
        this.kernel = kernel;
        this.stride = stride;
        this.padding = Objects.requireNonNull(padding, "padding");
        this.gemm = gemm;
    }

    /** Creates the weights ({@code rows x cols}, PyTorch's layout) and the bias, one per filter. */
    protected final void createParameters(int rows, int cols) {
        weights = new FMatrixRMaj(rows, cols);
        bias = new FMatrixRMaj(1, filters);
        weightParameter = new Parameter(name + ".weight", weights, true);
        biasParameter = new Parameter(name + ".bias", bias, false);
    }

    /** Adds one chunk's weight gradient to the batch's. */
    protected static void addInto(FMatrixRMaj total, FMatrixRMaj part) {
        float[] t = total.data;
        float[] p = part.data;
        for (int i = 0, size = total.getNumElements(); i < size; i++) {
            t[i] += p[i];
        }
    }

    protected final String describe(String kind) {
        return kind + "(" + filters + ", " + kernel + "x" + kernel + ", "
                + (stride == 1 ? "" : "stride " + stride + ", ") + padding.label() + ")";
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

    public FMatrixRMaj weights() {
        return weights;
    }

    public FMatrixRMaj bias() {
        return bias;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(weightParameter, biasParameter);
    }

    @Override
    public Shape outputShape() {
        return outputShape;
    }
}
