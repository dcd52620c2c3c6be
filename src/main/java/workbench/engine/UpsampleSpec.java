package workbench.engine;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Nearest-neighbour upsampling by a whole {@code factor}, or, when a height or width is given (not
 * 0), to exactly {@code height} x {@code width} (how a mirrored decoder undoes a pooling of an odd size).
 */
public record UpsampleSpec(int factor, int height, int width) implements LayerSpec {
    static final Map<LayerKind.Field, String> FIELDS = Map.of(LayerKind.Field.KERNEL, "factor",
            LayerKind.Field.SHAPE, "size");
    private static final Pattern SYNTAX = Pattern.compile("up(?:sample)?(\\d+)(?:x(\\d+))?");

    /** A file or a row keeps the exact size as a shape with an unused channel count. */
    static UpsampleSpec fromFields(LayerFields f) {
        return f.shape() != null ? new UpsampleSpec(0, f.shape().height(), f.shape().width())
                : new UpsampleSpec(f.kernel(), 0, 0);
    }

    static UpsampleSpec parse(String item, ActivationFunction activation, boolean given) {
        Matcher m = SYNTAX.matcher(item);
        if (!m.matches()) {
            return null;
        }
        SpecSyntax.noActivation(given, "an upsampling layer");
        return m.group(2) == null ? LayerSpec.upsample(SpecSyntax.positive(m.group(1), "upsampling factor"))
                : LayerSpec.upsampleTo(SpecSyntax.positive(m.group(1), "height"),
                SpecSyntax.positive(m.group(2), "width"));
    }

    /** True when the layer reaches an exact size rather than multiplying by a factor. */
    public boolean toSize() {
        return height != 0 || width != 0;
    }

    @Override
    public LayerKind kind() {
        return LayerKind.UPSAMPLE;
    }

    @Override
    public boolean isSpatial() {
        return true;
    }

    @Override
    public Shape outputShape(Shape input) {
        if (toSize()) {
            SpecChecks.atLeastOne(height, "height");
            SpecChecks.atLeastOne(width, "width");
        } else {
            SpecChecks.atLeastOne(factor, "upsampling factor");
        }
        SpecChecks.requireImage(input, "upsampling");
        return toSize() ? Shape.image(input.channels(), height, width)
                : Shape.image(input.channels(), input.height() * factor, input.width() * factor);
    }

    @Override
    public List<Layer> layers(String name, Gemm gemm) {
        return List.of(toSize() ? new Upsample2D(height, width) : new Upsample2D(factor));
    }

    /** An average pooling by the factor. */
    @Override
    public List<LayerSpec> mirror(Shape in, Shape out, ActivationFunction activation) {
        return List.of(LayerSpec.avgPool(Math.max(1, out.height() / in.height())));
    }

    @Override
    public LayerFields fields() {
        return toSize() ? LayerFields.of(kind()).withShape(Shape.image(1, Math.max(1, height), Math.max(1, width)))
                : LayerFields.of(kind()).withWindow(factor, 0, null);
    }

    @Override
    public String syntax() {
        return toSize() ? "up" + height + "x" + width : "up" + factor;
    }

    @Override
    public String brief() {
        return "u" + (toSize() ? height + "x" + width : Integer.toString(factor));
    }

    @Override
    public String toString() {
        return toSize() ? "Upsample2D(to " + height + "x" + width + ")" : "Upsample2D(" + factor + ")";
    }
}
