package workbench.io.onnx;

import workbench.engine.Shape;

/**
 * A tensor of the graph being built: its name, one sample's shape, and whether it is held flat as
 * [batch, values] or as an image [batch, channels, height, width]. The engine keeps every sample
 * flat in channel-major order, so the two hold the same numbers in the same order: NCHW.
 */
record Value(String name, Shape shape, boolean flat) {

    /** One sample's dimensions, without the batch. */
    long[] sampleDims() {
        return flat ? new long[] {shape.size()} : new long[] {shape.channels(), shape.height(), shape.width()};
    }
}
