package workbench.engine;

import java.util.List;
import java.util.Map;

/**
 * A border of {@code border} zeros on every side of each channel, as Keras's ZeroPadding2D: a 28x28
 * digit padded by 2 is 32x32, which halves cleanly five times.
 */
public record ZeroPaddingSpec(int border) implements LayerSpec {
    /** A padding's and a cropping's one field: the border, kept in the row's kernel field. */
    static final Map<LayerKind.Field, String> FIELDS = Map.of(LayerKind.Field.KERNEL, "border");
    private static final String WORD = "pad";

    static ZeroPaddingSpec fromFields(LayerFields f) {
        return new ZeroPaddingSpec(f.kernel());
    }

    static ZeroPaddingSpec parse(String item, ActivationFunction activation, boolean given) {
        int border = SpecSyntax.counted(WORD, item, given, "a padding layer", "border");
        return border < 0 ? null : new ZeroPaddingSpec(border);
    }

    @Override
    public LayerKind kind() {
        return LayerKind.ZERO_PADDING;
    }

    @Override
    public boolean isSpatial() {
        return true;
    }

    @Override
    public Shape outputShape(Shape input) {
        SpecChecks.atLeastOne(border, "border");
        SpecChecks.requireImage(input, "padding");
        return Shape.image(input.channels(), input.height() + 2 * border, input.width() + 2 * border);
    }

    @Override
    public List<Layer> layers(String name, Gemm gemm) {
        return List.of(new Border2D(border));
    }

    /** A cropping of the same border. */
    @Override
    public List<LayerSpec> mirror(Shape in, Shape out, ActivationFunction activation) {
        return List.of(LayerSpec.cropping(border));
    }

    @Override
    public LayerFields fields() {
        return LayerFields.of(kind()).withWindow(border, 0, null);
    }

    @Override
    public String syntax() {
        return WORD + border;
    }

    @Override
    public String brief() {
        return WORD + border;
    }

    @Override
    public String toString() {
        return "ZeroPadding2D(" + border + ")";
    }
}
