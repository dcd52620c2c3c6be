package workbench.engine;

import java.util.ArrayList;
import java.util.List;
import workbench.engine.NetworkPlan.Step;
import workbench.engine.ShapeException.Stack;

/**
 * The decoder that undoes an encoder: the encoder's layers in reverse, each replaced by the layers
 * that map its output shape back to its input shape (each kind says which, in
 * {@link LayerSpec#mirror}). The encoder's first weighted layer has no mirror: the decoder's output
 * layer takes its place. Each mirrored layer takes the activation of the weighted layer that
 * produced its target, so a ReLU encoder gives a ReLU decoder. An encoder of dense layers alone
 * (with dropout or noise) keeps the older rule: its dense layers in reverse, as they are.
 */
final class DecoderMirror {
    private DecoderMirror() {
    }

    /** The mirrored decoder of {@code spec}, whose encoder's shapes it works out. */
    static List<LayerSpec> of(ModelSpec spec) {
        if (denseOnly(spec.encoder()) || spec.inputShape() == null) {
            return denseMirror(spec.encoder());
        }
        return of(spec, NetworkPlan.walk(Stack.ENCODER, spec.encoder(), spec.inputShape()));
    }

    /** @param encoder the encoder's rows with their shapes */
    static List<LayerSpec> of(ModelSpec spec, List<Step> encoder) {
        if (denseOnly(spec.encoder())) {
            return denseMirror(spec.encoder());
        }
        List<LayerSpec> mirrored = new ArrayList<>();
        int firstWeighted = -1;
        for (int i = 0; i < encoder.size() && firstWeighted < 0; i++) {
            if (encoder.get(i).spec() instanceof WeightedSpec) {
                firstWeighted = i;
            }
        }
        boolean denseCode = spec.variant().isVariational() || spec.latentSize() > 0;
        if (denseCode && !encoder.isEmpty()) {
            Shape target = encoder.get(encoder.size() - 1).output();
            mirrored.add(LayerSpec.dense(target.size(), activationBefore(encoder, encoder.size())));
            if (!target.isFlat()) {
                mirrored.add(LayerSpec.reshape(target));
            }
        }
        for (int i = encoder.size() - 1; i >= 0; i--) {
            Step step = encoder.get(i);
            if (i == firstWeighted) {
                if (step.spec() instanceof ConvSpec conv && !sameArea(step.input(), step.output())) {
                    // The output convolution keeps height and width, so a strided first convolution
                    // is undone to its own filters at the input's size, and the output layer maps those
                    // filters to the input's channels.
                    Shape target = Shape.image(conv.filters(), step.input().height(), step.input().width());
                    mirrored.addAll(landed(List.of(LayerSpec.convTranspose(conv.filters(), conv.kernel(),
                            conv.stride(), conv.padding(), conv.activation())), step, target));
                }
                continue;
            }
            mirrored.addAll(landed(step.spec().mirror(step.input(), step.output(), activationBefore(encoder, i)),
                    step, step.input()));
        }
        return mirrored;
    }

    /** {@code back}, if it takes the step's output exactly to {@code target}. */
    private static List<LayerSpec> landed(List<LayerSpec> back, Step step, Shape target) {
        Shape landing = step.output();
        for (LayerSpec layer : back) {
            try {
                landing = layer.outputShape(landing);
            } catch (IllegalArgumentException e) {
                throw ShapeException.atRow(Stack.ENCODER, step.index(), step.spec(), "its mirror " + layer
                        + " cannot follow: " + e.getMessage() + " Write the decoder yourself (turn off mirroring).");
            }
        }
        if (!back.isEmpty() && !landing.equals(target)) {
            throw ShapeException.atRow(Stack.ENCODER, step.index(), step.spec(), "mirrored with "
                    + String.join(", ", back.stream().map(LayerSpec::toString).toList()) + " it gives " + landing
                    + ", not the encoder's " + target + ". Write the decoder yourself (turn off mirroring), or"
                    + " choose sizes that the stride divides.");
        }
        return back;
    }

    private static boolean denseOnly(List<LayerSpec> encoder) {
        return encoder.stream().allMatch(l -> l instanceof DenseSpec || l instanceof DropoutSpec || l instanceof NoiseSpec);
    }

    /** The older rule for dense encoders: their dense layers in reverse order, as they are. */
    private static List<LayerSpec> denseMirror(List<LayerSpec> encoder) {
        List<LayerSpec> mirrored = new ArrayList<>();
        for (int i = encoder.size() - 1; i >= 0; i--) {
            if (encoder.get(i) instanceof DenseSpec dense) {
                mirrored.add(dense);
            }
        }
        return mirrored;
    }

    private static boolean sameArea(Shape a, Shape b) {
        return a.height() == b.height() && a.width() == b.width();
    }

    /** The activation of the last weighted layer before position {@code i}, or linear if none. */
    private static ActivationFunction activationBefore(List<Step> encoder, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (encoder.get(j).spec() instanceof WeightedSpec weighted) {
                return weighted.activation();
            }
        }
        return ActivationFunction.LINEAR;
    }
}
