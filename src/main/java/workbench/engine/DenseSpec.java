package workbench.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** A fully connected layer of {@code units}, its activation, and an optional dropout after it. */
public record DenseSpec(int units, ActivationFunction activation, double alpha, double dropout) implements WeightedSpec {
    static final Map<LayerKind.Field, String> FIELDS = Map.of(LayerKind.Field.UNITS, "units",
            LayerKind.Field.ACTIVATION, "activation", LayerKind.Field.RATE, "dropout");
    private static final Pattern UNITS = Pattern.compile("-?\\d+");

    public DenseSpec {
        if (activation == null) {
            activation = ActivationFunction.LINEAR;
        }
    }

    static DenseSpec fromFields(LayerFields f) {
        return new DenseSpec(f.units(), f.activation(), f.alpha(), f.rate());
    }

    static DenseSpec parse(String item, ActivationFunction activation, boolean given) {
        if (!UNITS.matcher(item).matches()) {
            return null;
        }
        int units = SpecSyntax.integer(item, "number of units");
        if (units < 1) {
            throw new IllegalArgumentException("a layer needs at least 1 unit");
        }
        return LayerSpec.dense(units, activation);
    }

    @Override
    public LayerKind kind() {
        return LayerKind.DENSE;
    }

    @Override
    public int width() {
        return units;
    }

    @Override
    public Shape outputShape(Shape input) {
        if (units < 1) {
            throw new IllegalArgumentException("a dense layer needs at least 1 unit, got " + units
                    + ". Give it a positive number of units.");
        }
        if (dropout != 0) {
            SpecChecks.dropoutRate(dropout);
        }
        return Shape.flat(units);
    }

    @Override
    public long parameterCount(Shape input) {
        return ((long) input.size() + 1) * units;
    }

    @Override
    public List<Layer> layers(String name, Gemm gemm) {
        List<Layer> layers = new ArrayList<>(List.of(new Dense(name, units, gemm)));
        SpecChecks.addActivation(layers, activation, alpha);
        if (dropout > 0) {
            layers.add(new Dropout(dropout));
        }
        return layers;
    }

    /** As wide as its input, back to the input's shape when that was an image. */
    @Override
    public List<LayerSpec> mirror(Shape in, Shape out, ActivationFunction mirrored) {
        return in.isFlat() ? List.of(LayerSpec.dense(in.size(), mirrored))
                : List.of(LayerSpec.dense(in.size(), mirrored), LayerSpec.reshape(in));
    }

    @Override
    public LayerFields fields() {
        return LayerFields.of(kind()).withUnits(units, activation, alpha).withRate(dropout);
    }

    /** A dropout is its own item in the syntax, which reads back as a dense layer and a dropout layer. */
    @Override
    public String syntax() {
        return units + ":" + activation.word() + (dropout > 0 ? "," + new DropoutSpec(dropout).syntax() : "");
    }

    @Override
    public String brief() {
        return Integer.toString(units);
    }

    @Override
    public String toString() {
        return "Dense(" + units + ", " + activation.displayName() + (dropout > 0 ? ", dropout " + dropout : "") + ")";
    }
}
