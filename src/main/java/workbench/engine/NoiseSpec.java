package workbench.engine;

import java.util.List;
import java.util.Map;

/** Adds Gaussian noise of deviation {@code stddev} to its inputs while training, the identity otherwise. */
public record NoiseSpec(double stddev) implements LayerSpec {
    static final Map<LayerKind.Field, String> FIELDS = Map.of(LayerKind.Field.RATE, "deviation");
    private static final String WORD = "noise";

    static NoiseSpec fromFields(LayerFields f) {
        return new NoiseSpec(f.rate());
    }

    static NoiseSpec parse(String item, ActivationFunction activation, boolean given) {
        if (!item.startsWith(WORD)) {
            return null;
        }
        SpecSyntax.noActivation(given, "a noise layer");
        return new NoiseSpec(SpecSyntax.number(item.substring(WORD.length()), "a noise deviation"));
    }

    @Override
    public LayerKind kind() {
        return LayerKind.GAUSSIAN_NOISE;
    }

    @Override
    public Shape outputShape(Shape input) {
        if (!(stddev >= 0) || Double.isInfinite(stddev)) {
            throw new IllegalArgumentException("the noise deviation must be a number >= 0, got " + stddev + ".");
        }
        return input;
    }

    @Override
    public List<Layer> layers(String name, Gemm gemm) {
        return List.of(new GaussianNoise(stddev));
    }

    /** Not mirrored: the noise is there to make the encoder robust, not a step to undo. */
    @Override
    public List<LayerSpec> mirror(Shape in, Shape out, ActivationFunction activation) {
        return List.of();
    }

    @Override
    public LayerFields fields() {
        return LayerFields.of(kind()).withRate(stddev);
    }

    @Override
    public String syntax() {
        return WORD + stddev;
    }

    @Override
    public String brief() {
        return "";
    }

    @Override
    public String toString() {
        return "GaussianNoise(" + stddev + ")";
    }
}
