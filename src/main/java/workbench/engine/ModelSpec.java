package workbench.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * A whole autoencoder as designed: the encoder's hidden stack, the code, the decoder (written out,
 * or mirrored from the encoder), the output, the variant and the loss. Saved as-is in experiment
 * and model files; {@link Autoencoder} builds the network from it.
 *
 * @param codeActivation activation of the code layer; ignored by a variational model, whose mean
 *                       and log-variance heads are linear
 * @param decoder        the decoder's hidden stack when {@code mirrorDecoder} is false
 * @param initializer    null chooses per layer: He for the ReLU family, Glorot for the rest
 * @param seed           seeds the initial weights
 */
public record ModelSpec(Shape inputShape, List<LayerSpec> encoder, int latentSize,
                        ActivationFunction codeActivation, boolean mirrorDecoder, List<LayerSpec> decoder,
                        ActivationFunction outputActivation, VariantSpec variant, LossFunction loss,
                        Initializer initializer, long seed) {

    public ModelSpec {
        encoder = encoder == null ? List.of() : List.copyOf(encoder);
        decoder = decoder == null ? List.of() : List.copyOf(decoder);
        if (codeActivation == null) {
            codeActivation = ActivationFunction.LINEAR;
        }
        if (outputActivation == null) {
            outputActivation = ActivationFunction.LINEAR;
        }
        if (variant == null) {
            variant = VariantSpec.plain();
        }
        if (loss == null) {
            loss = LossFunction.MSE;
        }
    }

    /** The decoder's hidden stack actually used: the given one, or the encoder's dense layers reversed. */
    public List<LayerSpec> effectiveDecoder() {
        if (!mirrorDecoder) {
            return decoder;
        }
        List<LayerSpec> mirrored = new ArrayList<>();
        for (int i = encoder.size() - 1; i >= 0; i--) {
            LayerSpec layer = encoder.get(i);
            if (layer.kind() == LayerSpec.Kind.DENSE) {
                mirrored.add(layer);
            }
        }
        return mirrored;
    }

    public ModelSpec withSeed(long newSeed) {
        return new ModelSpec(inputShape, encoder, latentSize, codeActivation, mirrorDecoder, decoder,
                outputActivation, variant, loss, initializer, newSeed);
    }

    public ModelSpec withInputShape(Shape newShape) {
        return new ModelSpec(newShape, encoder, latentSize, codeActivation, mirrorDecoder, decoder,
                outputActivation, variant, loss, initializer, seed);
    }

    /** True when both build the same network, whatever their seeds and initialisers. */
    public boolean sameNetworkAs(ModelSpec other) {
        return withSeed(0).withInitializer(null).equals(other.withSeed(0).withInitializer(null));
    }

    public ModelSpec withInitializer(Initializer newInitializer) {
        return new ModelSpec(inputShape, encoder, latentSize, codeActivation, mirrorDecoder, decoder,
                outputActivation, variant, loss, newInitializer, seed);
    }

    /** A human summary such as {@code 784-128-64-[32]-64-128-784}. */
    public String summary() {
        StringBuilder s = new StringBuilder().append(inputShape.size());
        for (LayerSpec l : encoder) {
            if (l.kind() == LayerSpec.Kind.DENSE) {
                s.append('-').append(l.units());
            }
        }
        s.append("-[").append(latentSize).append(']');
        for (LayerSpec l : effectiveDecoder()) {
            if (l.kind() == LayerSpec.Kind.DENSE) {
                s.append('-').append(l.units());
            }
        }
        return s.append('-').append(inputShape.size()).toString();
    }
}
