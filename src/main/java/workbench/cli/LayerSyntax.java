package workbench.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import workbench.engine.ActivationFunction;
import workbench.engine.LayerSpec;

/**
 * The compact layer syntax of {@code --layers}: comma-separated items, each one of
 * <ul>
 *   <li>{@code 128} a dense layer of 128 units with the default activation;</li>
 *   <li>{@code 128:tanh} the same with its own activation;</li>
 *   <li>{@code dropout0.2} a dropout layer; {@code noise0.1} a Gaussian noise layer.</li>
 * </ul>
 * An empty string means no hidden layers: the code follows the input directly.
 */
public final class LayerSyntax {
    private LayerSyntax() {
    }

    public static List<LayerSpec> parse(String text, ActivationFunction defaultActivation) {
        List<LayerSpec> layers = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return layers;
        }
        String[] items = text.split(",");
        for (int i = 0; i < items.length; i++) {
            String item = items[i].trim().toLowerCase(Locale.ROOT);
            try {
                layers.add(parseItem(item, defaultActivation));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--layers item " + (i + 1) + " '" + items[i].trim() + "': "
                        + e.getMessage() + ". Write e.g. 128,64 or 128:tanh,dropout0.2,64");
            }
        }
        return layers;
    }

    private static LayerSpec parseItem(String item, ActivationFunction defaultActivation) {
        if (item.startsWith("dropout")) {
            return LayerSpec.dropout(number(item.substring("dropout".length()), "a dropout rate"));
        }
        if (item.startsWith("noise")) {
            return LayerSpec.gaussianNoise(number(item.substring("noise".length()), "a noise deviation"));
        }
        String[] parts = item.split(":");
        int units;
        try {
            units = Integer.parseInt(parts[0]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a number of units");
        }
        if (units < 1) {
            throw new IllegalArgumentException("a layer needs at least 1 unit");
        }
        ActivationFunction activation = parts.length > 1 ? ActivationFunction.parse(parts[1]) : defaultActivation;
        return LayerSpec.dense(units, activation);
    }

    private static double number(String text, String what) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected " + what + " after the name");
        }
    }

    /** The inverse of {@link #parse}, for messages and saved command lines. */
    public static String format(List<LayerSpec> layers) {
        List<String> items = new ArrayList<>();
        for (LayerSpec l : layers) {
            items.add(switch (l.kind()) {
                case DENSE -> l.units() + ":" + l.activation().name().toLowerCase(Locale.ROOT);
                case DROPOUT -> "dropout" + l.rate();
                case GAUSSIAN_NOISE -> "noise" + l.rate();
            });
        }
        return String.join(",", items);
    }
}
