package workbench.engine;

import java.util.Objects;

/**
 * What max and average pooling share: the window geometry, the shape checks and the description.
 * Each channel is pooled on its own, so the output keeps the input's channels.
 */
abstract class Pooling2D implements Layer {
    private final String kind;
    final int size;
    final int stride;
    final Padding padding;
    Shape inputShape;
    Shape outputShape;
    ConvGeometry geometry;

    Pooling2D(String kind, int size, int stride, Padding padding) {
        if (size < 1 || stride < 1) {
            throw new IllegalArgumentException(kind + " needs a pool size and stride of at least 1, got "
                    + size + " and " + stride);
        }
        this.kind = kind;
        this.size = size;
        this.stride = stride;
        this.padding = Objects.requireNonNull(padding, "padding");
    }

    public final int size() {
        return size;
    }

    public final int stride() {
        return stride;
    }

    public final Padding padding() {
        return padding;
    }

    @Override
    public final Shape build(Shape input, int index) {
        Im2Col.requireImage(kind, input, index, "pooling");
        ConvGeometry g = ConvGeometry.of(input.height(), input.width(), size, stride, padding);
        if (!g.hasOutput()) {
            throw new ShapeException(index, kind + " #" + (index + 1) + ": input " + input + " with pool size "
                    + size + " and valid padding leaves no output; use a smaller pool or same padding");
        }
        inputShape = input;
        geometry = g;
        outputShape = Shape.image(input.channels(), g.outHeight(), g.outWidth());
        prepare();
        return outputShape;
    }

    /** Called once the geometry is known, for tables that depend only on it. */
    void prepare() {
    }

    /** First input row (or column) of window {@code o}, clipped to the input. */
    final int windowStart(int o, int pad) {
        return Math.max(0, o * stride - pad);
    }

    /** One past the last input row (or column) of window {@code o}, clipped to {@code length}. */
    final int windowEnd(int o, int pad, int length) {
        return Math.min(length, o * stride - pad + size);
    }

    /**
     * "MaxPool2D(2)" for the common non-overlapping valid pool; the stride and a same padding are
     * spelled out only when they differ from that.
     */
    @Override
    public final String describe() {
        return kind + "(" + size + (stride == size ? "" : ", stride " + stride)
                + (padding == Padding.VALID ? "" : ", same") + ")";
    }

    @Override
    public final Shape outputShape() {
        return outputShape;
    }
}
