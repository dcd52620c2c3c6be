package workbench.engine;

import java.util.List;
import java.util.Map;

/** Sets a fraction {@code rate} of its inputs to zero while training (scaling the rest up), the identity otherwise. */
public record DropoutSpec(double rate) implements LayerSpec {
    static final Map<LayerKind.Field, String> FIELDS = Map.of(LayerKind.Field.RATE, "rate");
    private static final String WORD = "dropout";

    static DropoutSpec fromFields(LayerFields f) {
        return new DropoutSpec(f.rate());
    }

    static DropoutSpec parse(String item, ActivationFunction activation, boolean given) {
        if (!item.startsWith(WORD)) {
            return null;
        }
        SpecSyntax.noActivation(given, "a dropout layer");
        return new DropoutSpec(SpecSyntax.number(item.substring(WORD.length()), "a dropout rate"));
    }

    @Override
    public LayerKind kind() {
        return LayerKind.DROPOUT;
    }

    @Override
    public Shape outputShape(Shape input) {
        SpecChecks.dropoutRate(rate);
        return input;
    }

    @Override
    public List<Layer> layers(String name, Gemm gemm) {
        return List.of(new Dropout(rate));
    }

    /** Not mirrored: a decoder needs no second dropout to undo the first. */
    @Override
    public List<LayerSpec> mirror(Shape in, Shape out, ActivationFunction activation) {
        return List.of();
    }

    @Override
    public LayerFields fields() {
        return LayerFields.of(kind()).withRate(rate);
    }

    @Override
    public String syntax() {
        return WORD + rate;
    }

    @Override
    public String brief() {
        return "";
    }

    @Override
    public String toString() {
        return "Dropout(" + rate + ")";
    }
}
