package workbench.engine;

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

    /** A latent size of 0: the encoder's own output is the code, as in a convolutional autoencoder. */
    public static final int CODE_FROM_ENCODER = 0;

    /** True when the code is the encoder's last output rather than a dense code layer. */
    public boolean codeIsEncoderOutput() {
        return latentSize == CODE_FROM_ENCODER && !variant.isVariational();
    }

    /**
     * The decoder's hidden stack actually used: the given one, or the encoder mirrored (see
     * {@link DecoderMirror}; a mirrored convolutional encoder needs the input shape).
     */
    public List<LayerSpec> effectiveDecoder() {
        return mirrorDecoder ? DecoderMirror.of(this) : decoder;
    }

    public ModelSpec withSeed(long newSeed) {
        return new ModelSpec(inputShape, encoder, latentSize, codeActivation, mirrorDecoder, decoder,
                outputActivation, variant, loss, initializer, newSeed);
    }

    public ModelSpec withInputShape(Shape newShape) {
        return new ModelSpec(newShape, encoder, latentSize, codeActivation, mirrorDecoder, decoder,
                outputActivation, variant, loss, initializer, seed);
    }

    public ModelSpec withVariant(VariantSpec newVariant) {
        return new ModelSpec(inputShape, encoder, latentSize, codeActivation, mirrorDecoder, decoder,
                outputActivation, newVariant, loss, initializer, seed);
    }

    /** True when both build the same network, whatever their seeds and initialisers. */
    public boolean sameNetworkAs(ModelSpec other) {
        return withSeed(0).withInitializer(null).equals(other.withSeed(0).withInitializer(null));
    }

    public ModelSpec withInitializer(Initializer newInitializer) {
        return new ModelSpec(inputShape, encoder, latentSize, codeActivation, mirrorDecoder, decoder,
                outputActivation, variant, loss, newInitializer, seed);
    }

    /**
     * A human summary such as {@code 784-128-64-[32]-64-128-784}, or for a convolutional design
     * {@code 1x28x28-c16-p2-c8-p2-[8x4x4]-...-1x28x28}.
     */
    public String summary() {
        return summary(effectiveDecoder());
    }

    /** {@link #summary()} of this spec's own plan, when the caller has it already. */
    public String summary(NetworkPlan plan) {
        return summary(plan.decoderRows());
    }

    private String summary(List<LayerSpec> decoderRows) {
        String ends = inputShape == null ? "?" : isConvolutional() ? inputShape.toString()
                : Integer.toString(inputShape.size());
        StringBuilder s = new StringBuilder().append(ends);
        for (LayerSpec l : encoder) {
            appendStep(s, l);
        }
        s.append("-[").append(codeIsEncoderOutput() ? "code" : Integer.toString(latentSize)).append(']');
        for (LayerSpec l : decoderRows) {
            appendStep(s, l);
        }
        return s.append('-').append(ends).toString();
    }

    /** True when the encoder or the written decoder has layers that work on images. */
    public boolean isConvolutional() {
        return encoder.stream().anyMatch(LayerSpec::isSpatial)
                || !mirrorDecoder && decoder.stream().anyMatch(LayerSpec::isSpatial);
    }

    private static void appendStep(StringBuilder s, LayerSpec l) {
        String brief = l.brief();
        if (!brief.isEmpty()) {
            s.append('-').append(brief);
        }
    }
}
