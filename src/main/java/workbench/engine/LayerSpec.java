package workbench.engine;

import java.util.List;

/**
 * One row of a layer stack as a user designs it and a file stores it: one record per kind, each
 * owning its checks, the shape it makes of an input shape, the layers it builds, its compact syntax,
 * its text, and the layers that undo it in a mirrored decoder. Nothing here allocates a weight, so
 * a whole design's shapes are known before anything is built (see {@link NetworkPlan}).
 *
 * <p>A spec may hold values that do not build (a dense layer of 0 units), as the designer may: they
 * are refused, with the reason, by {@link #outputShape}.
 */
public sealed interface LayerSpec permits WeightedSpec, DropoutSpec, NoiseSpec, PoolSpec, UpsampleSpec, FlattenSpec,
        ReshapeSpec, ZeroPaddingSpec, CroppingSpec {

    LayerKind kind();

    /**
     * The shape this layer gives {@code input}, without building it.
     *
     * @throws IllegalArgumentException saying what is wrong with the layer or its input and how to
     *                                  mend it, in words that follow "Encoder layer 3 (Conv2D(...)): "
     */
    Shape outputShape(Shape input);

    /** How many weights and biases the layer has on {@code input}, a shape it accepts. */
    default long parameterCount(Shape input) {
        return 0;
    }

    /**
     * The engine's layers for this spec, in order and not yet built; a weighted layer is followed by
     * its activation unless that is linear.
     *
     * @param name prefix of the parameter names, such as {@code encoder.0}
     */
    List<Layer> layers(String name, Gemm gemm);

    /**
     * The layers that take this layer's output shape {@code out} back to its input shape {@code in},
     * for a mirrored decoder; {@code activation} is the one the mirrored layers take.
     */
    List<LayerSpec> mirror(Shape in, Shape out, ActivationFunction activation);

    /** True for layers that work on images (channels x height x width) rather than on flat vectors. */
    default boolean isSpatial() {
        return false;
    }

    /** The spec as plain fields, for a file or the designer's row. */
    LayerFields fields();

    /** The spec in the compact syntax of {@code --layers} (see {@link LayerSyntax}), which reads it back. */
    String syntax();

    /**
     * The layer as one step of {@link ModelSpec#summary}, such as {@code 128}, {@code c16s2} or
     * {@code p2}; empty for layers that change no size worth showing there (flatten, dropout).
     */
    String brief();

    static DenseSpec dense(int units, ActivationFunction activation) {
        return new DenseSpec(units, activation, activation.defaultAlpha(), 0);
    }

    static DenseSpec dense(int units, ActivationFunction activation, double dropout) {
        return new DenseSpec(units, activation, activation.defaultAlpha(), dropout);
    }

    static DropoutSpec dropout(double rate) {
        return new DropoutSpec(rate);
    }

    static NoiseSpec gaussianNoise(double stddev) {
        return new NoiseSpec(stddev);
    }

    static ConvSpec conv(int filters, int kernel, int stride, Padding padding, ActivationFunction activation) {
        return new ConvSpec(filters, kernel, stride, padding, activation, activation.defaultAlpha());
    }

    static ConvTransposeSpec convTranspose(int filters, int kernel, int stride, Padding padding,
                                           ActivationFunction activation) {
        return new ConvTransposeSpec(filters, kernel, stride, padding, activation, activation.defaultAlpha());
    }

    static PoolSpec maxPool(int size) {
        return new PoolSpec(false, size, size, Padding.SAME);
    }

    static PoolSpec avgPool(int size) {
        return new PoolSpec(true, size, size, Padding.SAME);
    }

    static UpsampleSpec upsample(int factor) {
        return new UpsampleSpec(factor, 0, 0);
    }

    /** Nearest-neighbour up to exactly {@code height} x {@code width}. */
    static UpsampleSpec upsampleTo(int height, int width) {
        return new UpsampleSpec(0, height, width);
    }

    static FlattenSpec flatten() {
        return FlattenSpec.INSTANCE;
    }

    static ReshapeSpec reshape(Shape target) {
        return new ReshapeSpec(target);
    }

    static ZeroPaddingSpec zeroPadding(int border) {
        return new ZeroPaddingSpec(border);
    }

    static CroppingSpec cropping(int border) {
        return new CroppingSpec(border);
    }
}
