package workbench.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A 2-D convolution: {@code filters} of {@code kernel} x {@code kernel}, moved by {@code stride}, and its activation. */
public record ConvSpec(int filters, int kernel, int stride, Padding padding, ActivationFunction activation,
                       double alpha) implements WeightedSpec {
    private static final Pattern SYNTAX = ConvolutionSpecs.syntax("conv");

    public ConvSpec {
        if (activation == null) {
            activation = ActivationFunction.LINEAR;
        }
        if (padding == null) {
            padding = Padding.SAME;
        }
    }

    static ConvSpec fromFields(LayerFields f) {
        return new ConvSpec(f.units(), f.kernel(), f.stride() == 0 ? 1 : f.stride(), f.padding(), f.activation(),
                f.alpha());
    }

    static ConvSpec parse(String item, ActivationFunction activation, boolean given) {
        LayerFields f = ConvolutionSpecs.parse(SYNTAX, LayerKind.CONV, item, activation);
        return f == null ? null : fromFields(f);
    }

    @Override
    public LayerKind kind() {
        return LayerKind.CONV;
    }

    @Override
    public int width() {
        return filters;
    }

    @Override
    public boolean isSpatial() {
        return true;
    }

    @Override
    public Shape outputShape(Shape input) {
        ConvolutionSpecs.check(input, filters, kernel, stride, "a convolution");
        ConvGeometry g = ConvGeometry.of(input.height(), input.width(), kernel, stride, padding);
        if (!g.hasOutput()) {
            throw new IllegalArgumentException("the input " + input + " with kernel " + kernel + " and valid padding"
                    + " leaves no output. Use a smaller kernel or same padding.");
        }
        return Shape.image(filters, g.outHeight(), g.outWidth());
    }

    @Override
    public long parameterCount(Shape input) {
        return ((long) input.channels() * kernel * kernel + 1) * filters;
    }

    @Override
    public List<Layer> layers(String name, Gemm gemm) {
        List<Layer> layers = new ArrayList<>(List.of(new Conv2D(name, filters, kernel, stride, padding, gemm)));
        SpecChecks.addActivation(layers, activation, alpha);
        return layers;
    }

    /** A stride-1 "same" convolution back to the input's channels; any other, a transposed one. */
    @Override
    public List<LayerSpec> mirror(Shape in, Shape out, ActivationFunction mirrored) {
        return List.of(stride == 1 && padding == Padding.SAME
                ? LayerSpec.conv(in.channels(), kernel, 1, Padding.SAME, mirrored)
                : LayerSpec.convTranspose(in.channels(), kernel, stride, padding, mirrored));
    }

    @Override
    public LayerFields fields() {
        return ConvolutionSpecs.fields(kind(), this, kernel, stride, padding);
    }

    @Override
    public String syntax() {
        return ConvolutionSpecs.syntax("conv", this, kernel, stride, padding);
    }

    @Override
    public String brief() {
        return "c" + filters + (stride > 1 ? "s" + stride : "");
    }

    @Override
    public String toString() {
        return ConvolutionSpecs.text("Conv2D", this, kernel, stride, padding);
    }
}
