package workbench.session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.ejml.data.FMatrixRMaj;
import workbench.engine.Autoencoder;
import workbench.engine.NetworkPlan;
import workbench.engine.NoiseSpec;
import workbench.engine.Sequential;
import workbench.engine.Shape;

/**
 * What a convolutional autoencoder makes of one sample on its way through: the output of a chosen
 * layer, as feature maps. Like every use of the model, call it where the model is not being
 * trained ({@link ModelHost#query}); it returns copies.
 */
public final class FeatureMaps {

    /** The two stacks of layers a position can point into. */
    public enum Stack {
        ENCODER("Encoder"),
        DECODER("Decoder");

        private final String title;

        Stack(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    private FeatureMaps() {
    }

    /**
     * The layers worth drawing, encoder first: the steps of the model's plan whose output is not
     * flat, each showing what the next layer sees (a weighted layer's output after its activation).
     * Noise is left out, being the identity outside training. Entries are numbered as the designer
     * numbers its rows, named by the spec's own text, and the decoder's output layer is "Output".
     */
    public static List<FeatureMapLayer> layers(Autoencoder model) {
        List<FeatureMapLayer> out = new ArrayList<>();
        collect(out, Stack.ENCODER, model, model.plan().encoder(), model.spec().codeIsEncoderOutput());
        collect(out, Stack.DECODER, model, model.plan().decoder(), false);
        return out;
    }

    private static void collect(List<FeatureMapLayer> out, Stack stack, Autoencoder model,
                                List<NetworkPlan.Step> steps, boolean endsInCode) {
        for (NetworkPlan.Step step : steps) {
            if (step.output().isFlat() || step.spec() instanceof NoiseSpec) {
                continue;
            }
            boolean last = step == steps.get(steps.size() - 1);
            String name = step.role() == NetworkPlan.Role.OUTPUT ? "Output" : stack.title() + " " + (step.index() + 1);
            String suffix = endsInCode && last ? " (the code)" : "";
            out.add(new FeatureMapLayer(stack, model.lastLayerOf(step),
                    name + ": " + step.spec() + " \u2192 " + step.output() + suffix, step.output()));
        }
    }

    /** The output of {@code layer} for one sample. */
    public static FeatureMap compute(Autoencoder model, float[] sample, FeatureMapLayer layer) {
        return compute(model, sample, layer.stack(), layer.index());
    }

    /**
     * The output of layer {@code index} of {@code stack} for one sample (a normalised row, as the
     * model is trained on), without noise or dropout. The decoder starts from the sample's code, the
     * mean for a variational model, as {@link Autoencoder#encode} gives it.
     *
     * @param index an index into the stack's {@code Sequential.layers()}
     */
    public static FeatureMap compute(Autoencoder model, float[] sample, Stack stack, int index) {
        Sequential layers = stack == Stack.ENCODER ? model.encoder() : model.decoder();
        if (index < 0 || index >= layers.layers().size()) {
            throw new IndexOutOfBoundsException("the " + stack.title().toLowerCase(Locale.ROOT) + " has "
                    + layers.layers().size() + " layers; there is no layer at index " + index);
        }
        int inputSize = model.encoder().inputShape().size();
        if (sample.length != inputSize) {
            throw new IllegalArgumentException("the model takes samples of " + inputSize + " values, got "
                    + sample.length);
        }
        FMatrixRMaj row = new FMatrixRMaj(1, inputSize);
        System.arraycopy(sample, 0, row.data, 0, inputSize);
        FMatrixRMaj input = stack == Stack.ENCODER ? row : model.encode(row);
        FMatrixRMaj output = layers.forward(input, false, index + 1);
        Shape shape = layers.layers().get(index).outputShape();
        return new FeatureMap(shape, Arrays.copyOf(output.data, shape.size()));
    }
}
