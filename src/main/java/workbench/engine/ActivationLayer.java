package workbench.engine;

import org.ejml.data.FMatrixRMaj;

/** An element-wise nonlinearity as a layer; it keeps a reference to its input for the backward pass. */
public final class ActivationLayer extends ElementwiseLayer {
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
                    y[i] = x[i] > 0 ? x[i] : 0f;
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
                for (int i = 0; i < n; i++) {
                    d[i] = x[i] > 0 ? g[i] : 0f;
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

    @Override
    public String describe() {
        return function == ActivationFunction.LEAKY_RELU || function == ActivationFunction.ELU
                ? function.displayName() + "(" + alpha + ")" : function.displayName();
    }
}
