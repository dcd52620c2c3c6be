package workbench.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The compact layer syntax of {@code --layers}: comma-separated items, each one of
 * <ul>
 *   <li>{@code 128} a dense layer of 128 units with the default activation;</li>
 *   <li>{@code 128:tanh} the same with its own activation;</li>
 *   <li>{@code dropout0.2} a dropout layer; {@code noise0.1} a Gaussian noise layer;</li>
 *   <li>{@code conv16k3} a 2-D convolution of 16 filters of 3x3, stride 1, "same" padding; add
 *       {@code s2} for stride 2, {@code valid} for no padding and {@code :tanh} for another activation,
 *       as in {@code conv32k3s2valid:tanh};</li>
 *   <li>{@code deconv16k3s2} a transposed convolution, with the same options;</li>
 *   <li>{@code pool2} (or {@code maxpool2}) a 2x2 max pooling, {@code avgpool2} an average pooling,
 *       both "same" (a 7x7 input gives 4x4) unless followed by {@code valid};</li>
 *   <li>{@code up2} a nearest-neighbour upsampling by 2, {@code up7x7} to exactly 7x7;</li>
 *   <li>{@code pad2} a border of 2 zeros on every side, {@code crop2} 2 pixels off every side;</li>
 *   <li>{@code flatten}, and {@code reshape8x4x4} (channels x height x width).</li>
 * </ul>
 * An empty string means no hidden layers: the code follows the input directly. Each kind reads its
 * own items (its spec's {@code parse}, registered in {@link LayerKind}); {@link LayerSpec#syntax}
 * writes them.
 */
public final class LayerSyntax {
    private static final String EXAMPLES = "Write e.g. 128,64 or 128:tanh,dropout0.2,64"
            + " or conv16k3,pool2,conv8k3s2valid,flatten";

    private LayerSyntax() {
    }

    public static List<LayerSpec> parse(String text, ActivationFunction defaultActivation) {
        return parse(text, defaultActivation, "--layers");
    }

    /** @param option the option being read, named in error messages */
    public static List<LayerSpec> parse(String text, ActivationFunction defaultActivation, String option) {
        List<LayerSpec> layers = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return layers;
        }
        String[] items = text.split(",");
        for (int i = 0; i < items.length; i++) {
            try {
                layers.add(parseItem(items[i].trim().toLowerCase(Locale.ROOT), defaultActivation));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(option + " item " + (i + 1) + " '" + items[i].trim() + "': "
                        + e.getMessage() + ". " + EXAMPLES);
            }
        }
        return layers;
    }

    private static LayerSpec parseItem(String item, ActivationFunction defaultActivation) {
        String[] parts = item.split(":", -1);
        if (parts.length > 2) {
            throw new IllegalArgumentException("one ':' at most, before the activation");
        }
        boolean given = parts.length == 2;
        ActivationFunction activation = given ? ActivationFunction.parse(parts[1]) : defaultActivation;
        for (LayerKind kind : LayerKind.values()) {
            LayerSpec spec = kind.parse(parts[0], activation, given);
            if (spec != null) {
                return spec;
            }
        }
        throw new IllegalArgumentException("expected a number of units or a layer such as conv16k3, pool2, up2,"
                + " pad2, flatten or dropout0.2");
    }
}
