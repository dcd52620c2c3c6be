package workbench.engine;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Max or average pooling over windows of {@code size} x {@code size}, moved by {@code stride}; each
 * channel on its own. The two differ only in the layer they build, so they share this one record.
 */
public record PoolSpec(boolean average, int size, int stride, Padding padding) implements LayerSpec {
    static final Map<LayerKind.Field, String> FIELDS = Map.of(LayerKind.Field.KERNEL, "window",
            LayerKind.Field.STRIDE, "stride", LayerKind.Field.PADDING, "padding");
    private static final Pattern SYNTAX = Pattern.compile("(max|avg)?pool(\\d+)(?:s(\\d+))?(valid|same)?");

    public PoolSpec {
        if (padding == null) {
            padding = Padding.SAME;
        }
    }

    static PoolSpec maxFromFields(LayerFields f) {
        return new PoolSpec(false, f.kernel(), f.stride() == 0 ? f.kernel() : f.stride(), f.padding());
    }

    static PoolSpec averageFromFields(LayerFields f) {
        return new PoolSpec(true, f.kernel(), f.stride() == 0 ? f.kernel() : f.stride(), f.padding());
    }

    /** {@code pool2} and {@code maxpool2}. */
    static PoolSpec parseMax(String item, ActivationFunction activation, boolean given) {
        return parse(item, given, false);
    }

    /** {@code avgpool2}. */
    static PoolSpec parseAverage(String item, ActivationFunction activation, boolean given) {
        return parse(item, given, true);
    }

    private static PoolSpec parse(String item, boolean given, boolean average) {
        Matcher m = SYNTAX.matcher(item);
        if (!m.matches() || average != "avg".equals(m.group(1))) {
            return null;
        }
        SpecSyntax.noActivation(given, "a pooling layer");
        int size = SpecSyntax.positive(m.group(2), "pool size");
        return new PoolSpec(average, size, SpecSyntax.positive(m, 3, "stride", size), SpecSyntax.padding(m.group(4)));
    }

    @Override
    public LayerKind kind() {
        return average ? LayerKind.AVG_POOL : LayerKind.MAX_POOL;
    }

    @Override
    public boolean isSpatial() {
        return true;
    }

    @Override
    public Shape outputShape(Shape input) {
        SpecChecks.atLeastOne(size, "pool size");
        SpecChecks.atLeastOne(stride, "stride");
        SpecChecks.requireImage(input, "pooling");
        ConvGeometry g = ConvGeometry.of(input.height(), input.width(), size, stride, padding);
        if (!g.hasOutput()) {
            throw new IllegalArgumentException("the input " + input + " with pool size " + size + " and valid"
                    + " padding leaves no output. Use a smaller pool or same padding.");
        }
        return Shape.image(input.channels(), g.outHeight(), g.outWidth());
    }

    @Override
    public List<Layer> layers(String name, Gemm gemm) {
        return List.of(average ? new AvgPool2D(size, stride, padding) : new MaxPool2D(size, stride, padding));
    }

    /** An upsampling by the pool size when that lands exactly, else to exactly the pooled input's size (7x7 from 4x4). */
    @Override
    public List<LayerSpec> mirror(Shape in, Shape out, ActivationFunction activation) {
        boolean exact = in.height() == out.height() * size && in.width() == out.width() * size && stride == size;
        return List.of(exact ? LayerSpec.upsample(size) : LayerSpec.upsampleTo(in.height(), in.width()));
    }

    @Override
    public LayerFields fields() {
        return LayerFields.of(kind()).withWindow(size, stride, padding);
    }

    @Override
    public String syntax() {
        return (average ? "avgpool" : "maxpool") + size + (stride != size ? "s" + stride : "") + padding.label();
    }

    @Override
    public String brief() {
        return "p" + size;
    }

    @Override
    public String toString() {
        return (average ? "AvgPool2D(" : "MaxPool2D(") + size + (stride != size ? ", stride " + stride : "")
                + (padding == Padding.VALID ? ", valid" : "") + ")";
    }
}
