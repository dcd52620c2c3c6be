package workbench.engine;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The same values as another shape, such as a dense layer's 128 outputs as an 8x4x4 image. */
public record ReshapeSpec(Shape target) implements LayerSpec {
    static final Map<LayerKind.Field, String> FIELDS = Map.of(LayerKind.Field.SHAPE, "shape");
    private static final Pattern SYNTAX = Pattern.compile("reshape(\\d+)x(\\d+)x(\\d+)");

    static ReshapeSpec fromFields(LayerFields f) {
        return new ReshapeSpec(f.shape());
    }

    static ReshapeSpec parse(String item, ActivationFunction activation, boolean given) {
        Matcher m = SYNTAX.matcher(item);
        if (!m.matches()) {
            return null;
        }
        SpecSyntax.noActivation(given, "a reshape layer");
        return new ReshapeSpec(Shape.image(SpecSyntax.positive(m.group(1), "channels"),
                SpecSyntax.positive(m.group(2), "height"), SpecSyntax.positive(m.group(3), "width")));
    }

    /** What undoes a flatten or a reshape: a flatten when {@code in} was flat, a reshape back to it otherwise. */
    static LayerSpec backTo(Shape in) {
        return in.isFlat() ? LayerSpec.flatten() : LayerSpec.reshape(in);
    }

    @Override
    public LayerKind kind() {
        return LayerKind.RESHAPE;
    }

    @Override
    public Shape outputShape(Shape input) {
        if (target == null) {
            throw new IllegalArgumentException("a reshape needs a target shape such as 8x4x4 (channels x height"
                    + " x width).");
        }
        if (input.size() != target.size()) {
            throw new IllegalArgumentException("the input " + input + " has " + input.size() + " values but "
                    + target + " needs " + target.size() + ". Choose a target with as many values.");
        }
        return target;
    }

    @Override
    public List<Layer> layers(String name, Gemm gemm) {
        return List.of(new Reshape(target));
    }

    @Override
    public List<LayerSpec> mirror(Shape in, Shape out, ActivationFunction activation) {
        return List.of(backTo(in));
    }

    @Override
    public LayerFields fields() {
        return LayerFields.of(kind()).withShape(target);
    }

    @Override
    public String syntax() {
        return "reshape" + target.channels() + "x" + target.height() + "x" + target.width();
    }

    @Override
    public String brief() {
        return "";
    }

    @Override
    public String toString() {
        return "Reshape(" + target + ")";
    }
}
