package workbench.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The decoder that undoes an encoder: the encoder's layers in reverse, each replaced by the layer
 * that maps its output shape back to its input shape. A dense layer becomes a dense layer as wide
 * as its input, a stride-1 "same" convolution a convolution back to its input's channels, a strided
 * or "valid" convolution a transposed one, a pooling an upsampling to exactly the pooled size (so
 * 7x7 pooled to 4x4 comes back as 7x7), a flatten a reshape. The encoder's first weighted layer has
 * no mirror: the decoder's output layer, added by {@link Autoencoder}, takes its place. Dropout and
 * noise are not mirrored. Each mirrored layer takes the activation of the weighted layer that
 * produced its target, so a ReLU encoder gives a ReLU decoder.
 */
final class DecoderMirror {
    private DecoderMirror() {
    }

    static List<LayerSpec> of(ModelSpec spec) {
        List<LayerSpec> encoder = spec.encoder();
        boolean spatial = encoder.stream().anyMatch(l -> l.kind() != LayerSpec.Kind.DENSE
                && l.kind() != LayerSpec.Kind.DROPOUT && l.kind() != LayerSpec.Kind.GAUSSIAN_NOISE);
        if (!spatial || spec.inputShape() == null) {
            return denseMirror(encoder);
        }
        List<Shape> outputs = new NetworkBuilder(EjmlGemm.SINGLE_THREADED)
                .stack("encoder", encoder, spec.inputShape()).specOutputs;
        int firstWeighted = -1;
        for (int i = 0; i < encoder.size() && firstWeighted < 0; i++) {
            if (encoder.get(i).kind().hasWeights()) {
                firstWeighted = i;
            }
        }
        List<LayerSpec> mirrored = new ArrayList<>();
        boolean denseCode = spec.variant().isVariational() || spec.latentSize() > 0;
        if (denseCode && !encoder.isEmpty()) {
            Shape target = outputs.get(encoder.size() - 1);
            mirrored.add(LayerSpec.dense(target.size(), activationBefore(encoder, encoder.size())));
            if (!target.isFlat()) {
                mirrored.add(LayerSpec.reshape(target));
            }
        }
        for (int i = encoder.size() - 1; i >= 0; i--) {
            Shape in = i == 0 ? spec.inputShape() : outputs.get(i - 1);
            if (i == firstWeighted) {
                if (!in.isFlat() && !sameArea(in, outputs.get(i))) {
                    // The output convolution keeps height and width, so a strided first convolution
                    // is undone to its own filters at the input's size, and the output layer maps those
                    // filters to the input's channels.
                    LayerSpec layer = encoder.get(i);
                    Shape target = Shape.image(outputs.get(i).channels(), in.height(), in.width());
                    mirrored.add(checked(LayerSpec.convTranspose(layer.units(), layer.kernel(), layer.stride(),
                            layer.padding(), layer.activation()), layer, i, target, outputs.get(i)));
                }
                continue;
            }
            mirrored.addAll(inverse(encoder.get(i), i, in, outputs.get(i), activationBefore(encoder, i)));
        }
        return mirrored;
    }

    /** The pre-convolution rule: the encoder's dense layers in reverse order, as they are. */
    private static List<LayerSpec> denseMirror(List<LayerSpec> encoder) {
        List<LayerSpec> mirrored = new ArrayList<>();
        for (int i = encoder.size() - 1; i >= 0; i--) {
            if (encoder.get(i).kind() == LayerSpec.Kind.DENSE) {
                mirrored.add(encoder.get(i));
            }
        }
        return mirrored;
    }

    /** The layers that take layer {@code i}'s output {@code out} back to its input {@code in}. */
    private static List<LayerSpec> inverse(LayerSpec layer, int i, Shape in, Shape out, ActivationFunction activation) {
        return switch (layer.kind()) {
            case DROPOUT, GAUSSIAN_NOISE -> List.of();
            case DENSE -> in.isFlat() ? List.of(LayerSpec.dense(in.size(), activation))
                    : List.of(LayerSpec.dense(in.size(), activation), LayerSpec.reshape(in));
            case CONV -> {
                LayerSpec back = layer.stride() == 1 && layer.padding() == Padding.SAME
                        ? LayerSpec.conv(in.channels(), layer.kernel(), 1, Padding.SAME, activation)
                        : LayerSpec.convTranspose(in.channels(), layer.kernel(), layer.stride(), layer.padding(), activation);
                yield List.of(checked(back, layer, i, in, out));
            }
            case CONV_TRANSPOSE -> List.of(checked(
                    LayerSpec.conv(in.channels(), layer.kernel(), layer.stride(), layer.padding(), activation), layer, i, in, out));
            case MAX_POOL, AVG_POOL -> List.of(in.height() == out.height() * layer.kernel()
                    && in.width() == out.width() * layer.kernel() && layer.stride() == layer.kernel()
                    ? LayerSpec.upsample(layer.kernel()) : LayerSpec.upsampleTo(in.height(), in.width()));
            case UPSAMPLE -> List.of(checked(LayerSpec.avgPool(Math.max(1, out.height() / in.height())), layer, i, in, out));
            case FLATTEN, RESHAPE -> List.of(in.isFlat() ? LayerSpec.flatten() : LayerSpec.reshape(in));
        };
    }

    /** The mirrored layer, if it lands exactly on the encoder layer's input shape. */
    private static LayerSpec checked(LayerSpec back, LayerSpec layer, int i, Shape in, Shape out) {
        Shape landing = new NetworkBuilder(EjmlGemm.SINGLE_THREADED).stack("decoder", List.of(back), out).output;
        if (!landing.equals(in)) {
            throw new ShapeException(i, "Mirroring encoder layer " + (i + 1) + " (" + layer + ") with " + back
                    + " gives " + landing + ", not the encoder's " + in + ". Write the decoder yourself"
                    + " (turn off mirroring), or choose sizes that the stride divides.");
        }
        return back;
    }

    private static boolean sameArea(Shape a, Shape b) {
        return a.height() == b.height() && a.width() == b.width();
    }

    /** The activation of the last weighted layer before position {@code i}, or linear if none. */
    private static ActivationFunction activationBefore(List<LayerSpec> encoder, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (encoder.get(j).kind().hasWeights()) {
                return encoder.get(j).activation();
            }
        }
        return ActivationFunction.LINEAR;
    }
}
