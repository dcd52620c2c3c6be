package workbench.engine;

/**
 * A layer as a row of plain fields, the form a file stores and the designer edits: every kind's
 * fields at once, of which each kind reads its own (see {@link LayerKind#fieldName}). The meaning
 * lives in the kind's spec; this is only its storage.
 *
 * @param units      a dense layer's units, a convolution's filters
 * @param activation a weighted layer's activation
 * @param alpha      the slope or scale of LeakyReLU and ELU
 * @param rate       a dense layer's dropout, a dropout layer's rate, a noise layer's deviation
 * @param kernel     a convolution's kernel, a pooling's window, an upsampling's factor, the border
 *                   a padding adds or a cropping removes
 * @param stride     a convolution's or pooling's stride
 * @param padding    a convolution's or pooling's border rule
 * @param shape      a reshape's target, or the exact size an upsampling reaches (its channels unused)
 */
public record LayerFields(LayerKind kind, int units, ActivationFunction activation, double alpha, double rate,
                          int kernel, int stride, Padding padding, Shape shape) {

    /** The spec these fields describe. */
    public LayerSpec toSpec() {
        if (kind == null) {
            throw new IllegalArgumentException("a layer needs a kind: one of " + LayerKind.words());
        }
        return kind.fromFields(this);
    }

    static LayerFields of(LayerKind kind) {
        return new LayerFields(kind, 0, null, 0, 0, 0, 0, null, null);
    }

    LayerFields withUnits(int newUnits, ActivationFunction newActivation, double newAlpha) {
        return new LayerFields(kind, newUnits, newActivation, newAlpha, rate, kernel, stride, padding, shape);
    }

    LayerFields withRate(double newRate) {
        return new LayerFields(kind, units, activation, alpha, newRate, kernel, stride, padding, shape);
    }

    LayerFields withWindow(int newKernel, int newStride, Padding newPadding) {
        return new LayerFields(kind, units, activation, alpha, rate, newKernel, newStride, newPadding, shape);
    }

    LayerFields withShape(Shape newShape) {
        return new LayerFields(kind, units, activation, alpha, rate, kernel, stride, padding, newShape);
    }
}
