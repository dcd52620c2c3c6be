package workbench.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 *   <li>{@code flatten}, and {@code reshape8x4x4} (channels x height x width).</li>
 * </ul>
 * An empty string means no hidden layers: the code follows the input directly.
 */
public final class LayerSyntax {
    private static final Pattern CONV = Pattern.compile("(conv|deconv)(\\d+)k(\\d+)(?:s(\\d+))?(valid|same)?");
    private static final Pattern POOL = Pattern.compile("(max|avg)?pool(\\d+)(?:s(\\d+))?(valid|same)?");
    private static final Pattern UPSAMPLE = Pattern.compile("up(?:sample)?(\\d+)(?:x(\\d+))?");
    private static final Pattern RESHAPE = Pattern.compile("reshape(\\d+)x(\\d+)x(\\d+)");
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
            String item = items[i].trim().toLowerCase(Locale.ROOT);
            try {
                layers.add(parseItem(item, defaultActivation));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(option + " item " + (i + 1) + " '" + items[i].trim() + "': "
                        + e.getMessage() + ". Write e.g. 128,64 or 128:tanh,dropout0.2,64"
                        + " or conv16k3,pool2,conv8k3s2valid,flatten");
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
        ActivationFunction chosen = parts.length > 1 ? ActivationFunction.parse(parts[1]) : defaultActivation;
        Matcher conv = CONV.matcher(parts[0]);
        if (conv.matches()) {
            int filters = positive(conv.group(2), "filters");
            int kernel = positive(conv.group(3), "kernel size");
            int stride = conv.group(4) == null ? 1 : positive(conv.group(4), "stride");
            Padding padding = padding(conv.group(5));
            return conv.group(1).equals("conv") ? LayerSpec.conv(filters, kernel, stride, padding, chosen)
                    : LayerSpec.convTranspose(filters, kernel, stride, padding, chosen);
        }
        Matcher pool = POOL.matcher(item);
        if (pool.matches()) {
            int size = positive(pool.group(2), "pool size");
            int stride = pool.group(3) == null ? size : positive(pool.group(3), "stride");
            LayerSpec.Kind kind = "avg".equals(pool.group(1)) ? LayerSpec.Kind.AVG_POOL : LayerSpec.Kind.MAX_POOL;
            return new LayerSpec(kind, 0, null, 0, 0, size, stride, padding(pool.group(4)), null);
        }
        Matcher up = UPSAMPLE.matcher(item);
        if (up.matches()) {
            return up.group(2) == null ? LayerSpec.upsample(positive(up.group(1), "upsampling factor"))
                    : LayerSpec.upsampleTo(positive(up.group(1), "height"), positive(up.group(2), "width"));
        }
        if (item.equals("flatten")) {
            return LayerSpec.flatten();
        }
        Matcher reshape = RESHAPE.matcher(item);
        if (reshape.matches()) {
            return LayerSpec.reshape(Shape.image(positive(reshape.group(1), "channels"),
                    positive(reshape.group(2), "height"), positive(reshape.group(3), "width")));
        }
        int units;
        try {
            units = Integer.parseInt(parts[0]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a number of units");
        }
        if (units < 1) {
            throw new IllegalArgumentException("a layer needs at least 1 unit");
        }
        return LayerSpec.dense(units, chosen);
    }

    private static int positive(String digits, String what) {
        int value = Integer.parseInt(digits);
        if (value < 1) {
            throw new IllegalArgumentException("the " + what + " must be at least 1");
        }
        return value;
    }

    private static Padding padding(String word) {
        return "valid".equals(word) ? Padding.VALID : Padding.SAME;
    }

    private static double number(String text, String what) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected " + what + " after the name");
        }
    }

}
