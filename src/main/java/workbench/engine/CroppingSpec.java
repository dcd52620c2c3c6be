package workbench.engine;

import java.util.List;

/** Removes {@code border} rows and columns from every side of each channel, as Keras's Cropping2D. */
public record CroppingSpec(int border) implements LayerSpec {
    private static final String WORD = "crop";

    static CroppingSpec fromFields(LayerFields f) {
        return new CroppingSpec(f.kernel());
    }

    static CroppingSpec parse(String item, ActivationFunction activation, boolean given) {
        int border = SpecSyntax.counted(WORD, item, given, "a cropping layer", "border");
        return border < 0 ? null : new CroppingSpec(border);
    }

    @Override
    public LayerKind kind() {
        return LayerKind.CROPPING;
    }

    @Override
    public boolean isSpatial() {
        return true;
    }

    @Override
    public Shape outputShape(Shape input) {
        SpecChecks.atLeastOne(border, "border");
        SpecChecks.requireImage(input, "cropping");
        if (input.height() <= 2 * border || input.width() <= 2 * border) {
            throw new IllegalArgumentException("the input " + input + " is too small to lose " + border
                    + " pixels on every side. Crop less, or crop before the input shrinks.");
        }
        return Shape.image(input.channels(), input.height() - 2 * border, input.width() - 2 * border);
    }

    @Override
    public List<Layer> layers(String name, Gemm gemm) {
        return List.of(new Border2D(-border));
    }

    /** A zero padding of the same border (what was cropped cannot come back, only its size). */
    @Override
    public List<LayerSpec> mirror(Shape in, Shape out, ActivationFunction activation) {
        return List.of(LayerSpec.zeroPadding(border));
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
        return "Cropping2D(" + border + ")";
    }
}
