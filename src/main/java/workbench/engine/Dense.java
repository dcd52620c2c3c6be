package workbench.engine;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.random.RandomGenerator;
import org.ejml.data.FMatrixRMaj;

/**
 * A fully connected layer, y = x W + b, with W stored inputs x outputs (as Keras stores its kernel;
 * PyTorch's Linear.weight is its transpose).
 */
public final class Dense implements Layer {
    private final int units;
    private final Gemm gemm;
    private final String name;
    private FMatrixRMaj weights;
    private FMatrixRMaj bias;
    private Parameter weightParameter;
    private Parameter biasParameter;
    private final FMatrixRMaj output = new FMatrixRMaj(1, 1);
    private final FMatrixRMaj gradInput = new FMatrixRMaj(1, 1);
    private FMatrixRMaj lastInput;
    private Shape outputShape;

    /** @param name prefix of the parameter names, such as {@code encoder.0} */
    public Dense(String name, int units, Gemm gemm) {
        if (units < 1) {
            throw new IllegalArgumentException("a dense layer needs at least 1 unit, got " + units);
        }
        this.name = name;
        this.units = units;
        this.gemm = gemm;
    }

    public int units() {
        return units;
    }

    public FMatrixRMaj weights() {
        return weights;
    }

    public FMatrixRMaj bias() {
        return bias;
    }

    @Override
    public Shape build(Shape input, int index) {
        int in = input.size();
        weights = new FMatrixRMaj(in, units);
        bias = new FMatrixRMaj(1, units);
        weightParameter = new Parameter(name + ".weight", weights, true);
        biasParameter = new Parameter(name + ".bias", bias, false);
        outputShape = Shape.flat(units);
        return outputShape;
    }

    @Override
    public void initialize(Initializer initializer, RandomGenerator rng) {
        initializer.fillWeights(weights, weights.numRows, units, rng);
        initializer.fillBiases(bias, weights.numRows, rng);
    }

    @Override
    public FMatrixRMaj forward(FMatrixRMaj input, boolean training) {
        forwardWithoutBias(input);
        float[] y = output.data;
        float[] b = bias.data;
        int rows = output.numRows;
        for (int r = 0, base = 0; r < rows; r++, base += units) {
            for (int j = 0; j < units; j++) {
                y[base + j] += b[j];
            }
        }
        return output;
    }

    /**
     * x W alone: the activation that follows adds the bias in its own pass over the output, so the
     * batch is read once instead of twice (see {@link Sequential}).
     */
    FMatrixRMaj forwardWithoutBias(FMatrixRMaj input) {
        lastInput = input;
        gemm.mult(input, weights, output);
        return output;
    }

    @Override
    public FMatrixRMaj backward(FMatrixRMaj gradOutput, boolean needInputGradient) {
        float[] gb = biasParameter.gradient().data;
        Arrays.fill(gb, 0, units, 0f);
        float[] g = gradOutput.data;
        for (int r = 0, base = 0; r < gradOutput.numRows; r++, base += units) {
            for (int j = 0; j < units; j++) {
                gb[j] += g[base + j];
            }
        }
        return backwardProducts(gradOutput, needInputGradient);
    }

    /** The bias gradient, for an activation that sums it while computing its own gradient. */
    float[] biasGradient() {
        return biasParameter.gradient().data;
    }

    /** The weight gradient and the input gradient, once the bias gradient has been filled. */
    FMatrixRMaj backwardProducts(FMatrixRMaj gradOutput, boolean needInputGradient) {
        gemm.multTransA(lastInput, gradOutput, weightParameter.gradient());
        if (!needInputGradient) {
            return null;
        }
        gemm.multTransB(gradOutput, weights, gradInput);
        return gradInput;
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(weightParameter, biasParameter);
    }

    @Override
    public String describe() {
        return "Dense(" + units + ")";
    }

    @Override
    public Shape outputShape() {
        return outputShape;
    }
}
