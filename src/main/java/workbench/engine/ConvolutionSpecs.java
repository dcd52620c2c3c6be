package workbench.engine;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a convolution's spec and a transposed convolution's share: their fields, their checks, their
 * syntax ({@code conv16k3s2valid:tanh}, {@code deconv16k3s2}) and their text.
 */
final class ConvolutionSpecs {
    static final Map<LayerKind.Field, String> FIELDS = Map.of(LayerKind.Field.UNITS, "filters",
            LayerKind.Field.ACTIVATION, "activation", LayerKind.Field.KERNEL, "kernel",
            LayerKind.Field.STRIDE, "stride", LayerKind.Field.PADDING, "padding");

    private ConvolutionSpecs() {
    }

    static Pattern syntax(String word) {
        return Pattern.compile(word + "(\\d+)k(\\d+)(?:s(\\d+))?(valid|same)?");
    }

    /** The item's filters, kernel, stride and padding, or null when it is not {@code pattern}'s. */
    static LayerFields parse(Pattern pattern, LayerKind kind, String item, ActivationFunction activation) {
        Matcher m = pattern.matcher(item);
        if (!m.matches()) {
            return null;
        }
        return LayerFields.of(kind)
                .withUnits(SpecSyntax.positive(m.group(1), "filters"), activation, activation.defaultAlpha())
                .withWindow(SpecSyntax.positive(m.group(2), "kernel size"), SpecSyntax.positive(m, 3, "stride", 1),
                        SpecSyntax.padding(m.group(4)));
    }

    static void check(Shape input, int filters, int kernel, int stride, String what) {
        SpecChecks.atLeastOne(filters, "filters");
        SpecChecks.atLeastOne(kernel, "kernel size");
        SpecChecks.atLeastOne(stride, "stride");
        SpecChecks.requireImage(input, what);
    }

    static LayerFields fields(LayerKind kind, WeightedSpec spec, int kernel, int stride, Padding padding) {
        return LayerFields.of(kind).withUnits(spec.width(), spec.activation(), spec.alpha())
                .withWindow(kernel, stride, padding);
    }

    static String syntax(String word, WeightedSpec spec, int kernel, int stride, Padding padding) {
        return word + spec.width() + "k" + kernel + (stride != 1 ? "s" + stride : "") + padding.label()
                + ":" + spec.activation().word();
    }

    /** "Conv2D(16, 3x3, stride 2, same, ReLU)"; a stride of 1 goes unsaid. */
    static String text(String name, WeightedSpec spec, int kernel, int stride, Padding padding) {
        return name + "(" + spec.width() + ", " + kernel + "x" + kernel + (stride != 1 ? ", stride " + stride : "")
                + ", " + padding.label() + ", " + spec.activation().displayName() + ")";
    }
}
