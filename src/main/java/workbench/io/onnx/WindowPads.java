package workbench.io.onnx;

import workbench.engine.ConvGeometry;

/**
 * ONNX's explicit {@code pads} [top, left, bottom, right] for the engine's window geometry. "same"
 * padding is Keras's: the total is what the output size needs, and the odd pixel goes after (bottom,
 * right), so a stride-2 window on an even input pads only after. Symmetric padding (PyTorch's
 * {@code padding=1}) would shift every window of such a layer by one pixel.
 */
final class WindowPads {
    private WindowPads() {
    }

    static long[] of(ConvGeometry g) {
        long totalH = total(g.inHeight(), g.outHeight(), g.kernel(), g.stride());
        long totalW = total(g.inWidth(), g.outWidth(), g.kernel(), g.stride());
        return new long[] {g.padTop(), g.padLeft(), totalH - g.padTop(), totalW - g.padLeft()};
    }

    /** The rows (or columns) of padding that make {@code out} windows cover {@code in}; 0 for "valid". */
    static long total(int in, int out, int kernel, int stride) {
        return Math.max((long) (out - 1) * stride + kernel - in, 0);
    }
}
