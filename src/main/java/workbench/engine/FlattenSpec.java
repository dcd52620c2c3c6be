package workbench.engine;

import java.util.List;

/** An image as a flat vector for a dense layer; the values stay as they are. */
public record FlattenSpec() implements LayerSpec {
    static final FlattenSpec INSTANCE = new FlattenSpec();
    private static final String WORD = "flatten";

    static FlattenSpec parse(String item, ActivationFunction activation, boolean given) {
        if (!item.equals(WORD)) {
            return null;
        }
        SpecSyntax.noActivation(given, "a flatten layer");
        return INSTANCE;
    }

    @Override
    public LayerKind kind() {
        return LayerKind.FLATTEN;
    }

    @Override
    public Shape outputShape(Shape input) {
        return Shape.flat(input.size());
    }

    @Override
    public List<Layer> layers(String name, Gemm gemm) {
        return List.of(new Flatten());
    }

    @Override
    public List<LayerSpec> mirror(Shape in, Shape out, ActivationFunction activation) {
        return List.of(ReshapeSpec.backTo(in));
    }

    @Override
    public LayerFields fields() {
        return LayerFields.of(kind());
    }

    @Override
    public String syntax() {
        return WORD;
    }

    @Override
    public String brief() {
        return "";
    }

    @Override
    public String toString() {
        return "Flatten";
    }
}
