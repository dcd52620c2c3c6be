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
        return new long[] {g.padTop(), g.padLeft(), g.padBottom(), g.padRight()};
    }
}
