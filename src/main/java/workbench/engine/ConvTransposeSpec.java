package workbench.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A transposed convolution, the adjoint of a convolution with the same kernel, stride and padding:
 * "same" multiplies height and width by the stride, "valid" gives {@code (in - 1) * stride + kernel},
 * as Keras's Conv2DTranspose does.
 */
public record ConvTransposeSpec(int filters, int kernel, int stride, Padding padding, ActivationFunction activation,
                                double alpha) implements WeightedSpec {
    private static final Pattern SYNTAX = ConvolutionSpecs.syntax("deconv");

    public ConvTransposeSpec {
        if (activation == null) {
            activation = ActivationFunction.LINEAR;
        }
        if (padding == null) {
            padding = Padding.SAME;
        }
    }

    static ConvTransposeSpec fromFields(LayerFields f) {
        return new ConvTransposeSpec(f.units(), f.kernel(), f.stride() == 0 ? 1 : f.stride(), f.padding(),
                f.activation(), f.alpha());
    }

    static ConvTransposeSpec parse(String item, ActivationFunction activation, boolean given) {
        LayerFields f = ConvolutionSpecs.parse(SYNTAX, LayerKind.CONV_TRANSPOSE, item, activation);
        return f == null ? null : fromFields(f);
    }

    @Override
    public LayerKind kind() {
        return LayerKind.CONV_TRANSPOSE;
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
        ConvolutionSpecs.check(input, filters, kernel, stride, "a transposed convolution");
        return Shape.image(filters, ConvGeometry.transposedLength(input.height(), kernel, stride, padding),
                ConvGeometry.transposedLength(input.width(), kernel, stride, padding));
    }

    /** The weight is input channels x (filters * kernel * kernel), PyTorch's layout. */
    @Override
    public long parameterCount(Shape input) {
        return (long) input.channels() * filters * kernel * kernel + filters;
    }

    @Override
    public List<Layer> layers(String name, Gemm gemm) {
        List<Layer> layers = new ArrayList<>(List.of(new ConvTranspose2D(name, filters, kernel, stride, padding, gemm)));
        SpecChecks.addActivation(layers, activation, alpha);
        return layers;
    }

    /** The convolution it is the adjoint of, back to the input's channels. */
    @Override
    public List<LayerSpec> mirror(Shape in, Shape out, ActivationFunction mirrored) {
        return List.of(LayerSpec.conv(in.channels(), kernel, stride, padding, mirrored));
    }

    @Override
    public LayerFields fields() {
        return ConvolutionSpecs.fields(kind(), this, kernel, stride, padding);
    }

    @Override
    public String syntax() {
        return ConvolutionSpecs.syntax("deconv", this, kernel, stride, padding);
    }

    @Override
    public String brief() {
        return "t" + filters + (stride > 1 ? "s" + stride : "");
    }

    @Override
    public String toString() {
        return ConvolutionSpecs.text("ConvTranspose2D", this, kernel, stride, padding);
    }
}
