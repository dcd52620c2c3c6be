package workbench.engine;

/**
 * How a convolution or pooling window treats the border, with Keras's meaning. SAME pads so that
 * the output is the input divided by the stride, rounded up, putting the odd pixel of padding
 * after rather than before (as TensorFlow does; PyTorch's symmetric padding differs there). VALID
 * never leaves the input, so the output shrinks by the kernel size less one.
 */
public enum Padding {
    SAME, VALID;

    /** Lower case, as the descriptions and Keras write it. */
    public String label() {
        return this == SAME ? "same" : "valid";
    }
}
