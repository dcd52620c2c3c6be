package workbench.engine;

import java.util.Arrays;
import org.ejml.data.FMatrixRMaj;

/** An element-wise nonlinearity as a layer; it keeps a reference to its input for the backward pass. */
public final class ActivationLayer extends ElementwiseLayer {
    /** Whether ReLU's gradient runs on the Vector API (see {@link GemmSelector#VECTOR_KERNELS}). */
    private static final boolean VECTOR_RELU = GemmSelector.VECTOR_KERNELS;

    private final ActivationFunction function;
    private final float alpha;
    private final FMatrixRMaj output = new FMatrixRMaj(1, 1);
    private final FMatrixRMaj gradInput = new FMatrixRMaj(1, 1);
    private FMatrixRMaj lastInput;

    public ActivationLayer(ActivationFunction function) {
        this(function, function.defaultAlpha());
    }

    public ActivationLayer(ActivationFunction function, float alpha) {
        this.function = function;
        this.alpha = alpha;
    }

    public ActivationFunction function() {
        return function;
    }

    public float alpha() {
        return alpha;
    }


    @Override
    public FMatrixRMaj forward(FMatrixRMaj input, boolean training) {
        lastInput = input;
        output.reshape(input.numRows, input.numCols);
        float[] x = input.data;
        float[] y = output.data;
        int n = input.getNumElements();
        switch (function) {
            case LINEAR -> System.arraycopy(x, 0, y, 0, n);
            case RELU -> {
                for (int i = 0; i < n; i++) {
                    y[i] = Math.max(x[i], 0f); // vectorised by the JIT, unlike x > 0 ? x : 0 (30x here)
                }
            }
            default -> {
                for (int i = 0; i < n; i++) {
                    y[i] = function.apply(x[i], alpha);
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
        gradInput.reshape(gradOutput.numRows, gradOutput.numCols);
        float[] g = gradOutput.data;
        float[] x = lastInput.data;
        float[] y = output.data;
        float[] d = gradInput.data;
        int n = gradOutput.getNumElements();
        switch (function) {
            case LINEAR -> System.arraycopy(g, 0, d, 0, n);
            case RELU -> {
                if (VECTOR_RELU) {
                    VectorRelu.backward(x, g, d, n);
                } else {
                    for (int i = 0; i < n; i++) {
                        d[i] = x[i] > 0 ? g[i] : 0f;
                    }
                }
            }
            default -> {
                for (int i = 0; i < n; i++) {
                    d[i] = g[i] * function.derivative(x[i], y[i], alpha);
                }
            }
        }
        return gradInput;
    }

    /**
     * Adds the bias to a dense layer's product in place (that sum is this layer's input, which
     * the backward pass reads) and applies the function, in one pass over the batch.
     */
    FMatrixRMaj forwardAddingBias(FMatrixRMaj product, float[] bias) {
        lastInput = product;
        int rows = product.numRows;
        int cols = product.numCols;
        output.reshape(rows, cols);
        float[] x = product.data;
        float[] y = output.data;
        for (int r = 0, base = 0; r < rows; r++, base += cols) {
            if (function == ActivationFunction.RELU) {
                for (int j = 0; j < cols; j++) {
                    float z = x[base + j] + bias[j];
                    x[base + j] = z;
                    y[base + j] = Math.max(z, 0f);
                }
            } else {
                for (int j = 0; j < cols; j++) {
                    float z = x[base + j] + bias[j];
                    x[base + j] = z;
                    y[base + j] = function.apply(z, alpha);
                }
            }
        }
        return output;
    }

    /**
     * This layer's input gradient, summed over the batch into {@code biasGradient} in the same pass:
     * the gradient of the dense layer's bias before it.
     */
    FMatrixRMaj backwardSummingBias(FMatrixRMaj gradOutput, float[] biasGradient) {
        int rows = gradOutput.numRows;
        int cols = gradOutput.numCols;
        gradInput.reshape(rows, cols);
        Arrays.fill(biasGradient, 0, cols, 0f);
        float[] g = gradOutput.data;
        float[] x = lastInput.data;
        float[] y = output.data;
        float[] d = gradInput.data;
        for (int r = 0, base = 0; r < rows; r++, base += cols) {
            if (function == ActivationFunction.RELU && VECTOR_RELU) {
                VectorRelu.backwardRow(x, g, d, biasGradient, base, cols);
            } else if (function == ActivationFunction.RELU) {
                for (int j = 0; j < cols; j++) {
                    float v = x[base + j] > 0 ? g[base + j] : 0f;
                    d[base + j] = v;
                    biasGradient[j] += v;
                }
            } else {
                for (int j = 0; j < cols; j++) {
                    float v = g[base + j] * function.derivative(x[base + j], y[base + j], alpha);
                    d[base + j] = v;
                    biasGradient[j] += v;
                }
            }
        }
        return gradInput;
    }

    @Override
    public String describe() {
        return function == ActivationFunction.LEAKY_RELU || function == ActivationFunction.ELU
                ? function.displayName() + "(" + alpha + ")" : function.displayName();
    }
}
