package workbench.engine;

import org.ejml.data.FMatrixRMaj;

/**
 * A trainable array and its gradient, as an optimizer sees it. Optimizers never see layers, only
 * parameters. Weight decay and L1 apply to weights, not to biases (as in Keras's kernel
 * regularisers), so each parameter says which it is.
 */
public final class Parameter {
    private final String name;
    private final FMatrixRMaj value;
    private final FMatrixRMaj gradient;
    private final boolean regularized;

    public Parameter(String name, FMatrixRMaj value, boolean regularized) {
        this.name = name;
        this.value = value;
        this.gradient = new FMatrixRMaj(value.numRows, value.numCols);
        this.regularized = regularized;
    }

    /** A unique name within a model, such as {@code encoder.0.weight}; also the weight's file name. */
    public String name() {
        return name;
    }

    public FMatrixRMaj value() {
        return value;
    }

    public FMatrixRMaj gradient() {
        return gradient;
    }

    public boolean regularized() {
        return regularized;
    }

    public int size() {
        return value.getNumElements();
    }
}
