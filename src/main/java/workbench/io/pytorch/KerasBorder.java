package workbench.io.pytorch;

import workbench.engine.ConvGeometry;
import workbench.engine.Padding;

/**
 * Where Keras's padding puts the border along one axis of a window layer, in the terms PyTorch's
 * modules take. "Same" padding needs {@code (out - 1) * stride + kernel - in} zeros and puts the odd
 * one after, which PyTorch's symmetric {@code padding=} cannot say: a stride-2 3x3 convolution of a
 * 28x28 map wants 0 before and 1 after ({@code F.pad(x, (0, 1, 0, 1))}), where {@code padding=1}
 * would shift every output by a pixel.
 *
 * @param before zeros before the first input value (top or left)
 * @param after  zeros after the last (bottom or right)
 */
record KerasBorder(int before, int after) {

    /** The border a convolution or pooling window meets on an axis of {@code in} values. */
    static KerasBorder of(int in, int kernel, int stride, Padding padding) {
        ConvGeometry g = ConvGeometry.of(in, in, kernel, stride, padding);
        return new KerasBorder(g.padTop(), g.padBottom());
    }

    boolean symmetric() {
        return before == after;
    }

    /**
     * A transposed convolution's crop of its full output, {@code (in - 1) * stride + kernel} values,
     * down to Keras's length {@code out}: it is the adjoint of the convolution from {@code out} back
     * to {@code in}, so it drops that convolution's border. A negative {@code after} means the
     * output is longer than the full one (a "same" kernel smaller than its stride): those values
     * hold only the bias, which is PyTorch's {@code output_padding}.
     */
    static KerasBorder transposed(int in, int out, int kernel, int stride, Padding padding) {
        int before = KerasBorder.of(out, kernel, stride, padding).before();
        int full = (in - 1) * stride + kernel;
        return new KerasBorder(before, full - before - out);
    }

    /**
     * Output length of PyTorch's pooling with ceil_mode and no padding: a window may overhang the
     * end but must start inside the input.
     */
    static int ceilModeLength(int in, int kernel, int stride) {
        int length = -Math.floorDiv(kernel - in, stride) + 1;
        return (length - 1) * stride >= in ? length - 1 : length;
    }
}
