package workbench.io.format;

import workbench.engine.VariantSpec;

/** The kind of autoencoder and its settings (see {@link VariantSpec}). */
public record VariantJson(String kind, String noise, double noiseLevel, boolean clipNoise, String sparsity,
                          double sparsityWeight, double sparsityTarget, double beta, int warmupEpochs) {

    static VariantJson fromSpec(VariantSpec v) {
        return new VariantJson(Words.write(v.kind()), Words.write(v.noise()), v.noiseLevel(), v.clipNoise(),
                Words.write(v.sparsity()), v.sparsityWeight(), v.sparsityTarget(), v.beta(), v.warmupEpochs());
    }

    VariantSpec toSpec() {
        return new VariantSpec(Words.read(VariantSpec.Kind.class, kind, "the variant"),
                Words.read(VariantSpec.Noise.class, noise, "the noise"), noiseLevel, clipNoise,
                Words.read(VariantSpec.Sparsity.class, sparsity, "the sparsity penalty"), sparsityWeight,
                sparsityTarget, beta, warmupEpochs);
    }
}
