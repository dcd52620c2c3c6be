package workbench.session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.ejml.data.FMatrixRMaj;
import workbench.engine.ActivationLayer;
import workbench.engine.Autoencoder;
import workbench.engine.Dense;
import workbench.engine.Dropout;
import workbench.engine.Layer;
import workbench.engine.NoisyLayer;
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
     * The layers worth drawing, encoder first: those whose output is not flat. A layer with weights
     * and its activation make one entry showing the activation's output, which is what the next
     * layer sees; dropout and noise are left out, being the identity outside training. Entries are
     * numbered as the designer numbers its rows (a layer and its own activation or dropout count
     * once), and the decoder's output layer is called "Output".
     */
    public static List<FeatureMapLayer> layers(Autoencoder model) {
        List<FeatureMapLayer> out = new ArrayList<>();
        collect(out, Stack.ENCODER, model.encoder().layers(), model.spec().codeIsEncoderOutput());
        collect(out, Stack.DECODER, model.decoder().layers(), false);
        return out;
    }

    private static void collect(List<FeatureMapLayer> out, Stack stack, List<Layer> layers, boolean endsInCode) {
        int number = 0;
        for (int i = 0; i < layers.size(); i++) {
            if (joinsPrevious(layers, i)) {
                continue;
            }
            number++;
            Layer layer = layers.get(i);
            int shown = i;
            String description = layer.describe();
            if (!layer.parameters().isEmpty() && i + 1 < layers.size()
                    && layers.get(i + 1) instanceof ActivationLayer activation) {
                shown = i + 1;
                description += " + " + activation.describe();
            }
            Shape shape = layers.get(shown).outputShape();
            if (shape.isFlat() || layer instanceof NoisyLayer) {
                continue;
            }
            boolean last = lastOfUnit(layers, shown) == layers.size() - 1;
            String name = stack == Stack.DECODER && last ? "Output" : stack.title() + " " + number;
            String suffix = endsInCode && last ? " (the code)" : "";
            out.add(new FeatureMapLayer(stack, shown, name + ": " + description + " \u2192 " + shape + suffix, shape));
        }
    }

    /**
     * True for the layers the builder adds to a row of the design rather than for a row of their
     * own: a weighted layer's activation, and a dense layer's dropout.
     */
    private static boolean joinsPrevious(List<Layer> layers, int i) {
        if (i == 0) {
            return false;
        }
        Layer layer = layers.get(i);
        Layer previous = layers.get(i - 1);
        if (layer instanceof ActivationLayer) {
            return !previous.parameters().isEmpty();
        }
        return layer instanceof Dropout && (previous instanceof Dense
                || previous instanceof ActivationLayer && i >= 2 && layers.get(i - 2) instanceof Dense);
    }

    private static int lastOfUnit(List<Layer> layers, int i) {
        int last = i;
        while (last + 1 < layers.size() && joinsPrevious(layers, last + 1)) {
            last++;
        }
        return last;
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
