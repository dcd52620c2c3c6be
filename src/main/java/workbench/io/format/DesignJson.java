package workbench.io.format;

import java.util.List;
import workbench.engine.ActivationFunction;
import workbench.engine.Initializer;
import workbench.engine.LayerSpec;
import workbench.engine.LossFunction;
import workbench.engine.ModelSpec;

/** A whole autoencoder as designed, the {@code "model"} of both files (see {@link ModelSpec}). */
public record DesignJson(ShapeJson inputShape, List<LayerJson> encoder, int latentSize, String codeActivation,
                         boolean mirrorDecoder, List<LayerJson> decoder, String outputActivation,
                         VariantJson variant, String loss, String initializer, long seed) {

    public static DesignJson fromSpec(ModelSpec m) {
        return new DesignJson(ShapeJson.fromShape(m.inputShape()), layers(m.encoder()), m.latentSize(),
                Words.write(m.codeActivation()), m.mirrorDecoder(), layers(m.decoder()),
                Words.write(m.outputActivation()), VariantJson.fromSpec(m.variant()), Words.write(m.loss()),
                Words.write(m.initializer()), m.seed());
    }

    public ModelSpec toSpec() {
        return new ModelSpec(ShapeJson.toShape(inputShape), specs(encoder), latentSize,
                Words.read(ActivationFunction.class, codeActivation, "the code activation"), mirrorDecoder,
                specs(decoder), Words.read(ActivationFunction.class, outputActivation, "the output activation"),
                variant == null ? null : variant.toSpec(), Words.read(LossFunction.class, loss, "the loss"),
                Words.read(Initializer.class, initializer, "the initializer"), seed);
    }

    public static List<LayerJson> layers(List<LayerSpec> specs) {
        return specs.stream().map(LayerJson::fromSpec).toList();
    }

    private static List<LayerSpec> specs(List<LayerJson> layers) {
        return layers == null ? null : layers.stream().map(LayerJson::toSpec).toList();
    }
}
