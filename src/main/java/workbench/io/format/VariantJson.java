package workbench.io.format;

import com.fasterxml.jackson.annotation.JsonInclude;
import workbench.engine.VariantSpec;

/**
 * The kind of autoencoder and its settings (see {@link VariantSpec}). The contractive weight is
 * written only for a contractive model, so files of every other kind read as they did before the
 * contractive variant came.
 */
public record VariantJson(String kind, String noise, double noiseLevel, boolean clipNoise, String sparsity,
                          double sparsityWeight, double sparsityTarget, double beta, int warmupEpochs,
                          @JsonInclude(JsonInclude.Include.NON_DEFAULT) double contractiveWeight) {

    static VariantJson fromSpec(VariantSpec v) {
        return new VariantJson(Words.write(v.kind()), Words.write(v.noise()), v.noiseLevel(), v.clipNoise(),
                Words.write(v.sparsity()), v.sparsityWeight(), v.sparsityTarget(), v.beta(), v.warmupEpochs(),
                v.contractiveWeight());
    }

    VariantSpec toSpec() {
        return new VariantSpec(Words.read(VariantSpec.Kind.class, kind, "the variant"),
                Words.read(VariantSpec.Noise.class, noise, "the noise"), noiseLevel, clipNoise,
                Words.read(VariantSpec.Sparsity.class, sparsity, "the sparsity penalty"), sparsityWeight,
                sparsityTarget, beta, warmupEpochs, contractiveWeight);
    }
}
