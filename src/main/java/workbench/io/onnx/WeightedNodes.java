package workbench.io.onnx;

import org.ejml.data.FMatrixRMaj;
import workbench.engine.ConvGeometry;
import workbench.engine.ConvSpec;
import workbench.engine.ConvTransposeSpec;
import workbench.engine.DenseSpec;
import workbench.engine.NetworkPlan.Step;
import workbench.engine.Shape;

/**
 * The layers with weights: a dense layer as Gemm, a convolution as Conv, a transposed convolution
 * as ConvTranspose, each followed by its activation. The engine's layouts are ONNX's as they are:
 * a dense kernel inputs x outputs is Gemm's B without transB; a convolution's filters x (channels *
 * k * k) is Conv's W [F, C, k, k]; a transposed convolution's inChannels x (filters * k * k) is
 * ConvTranspose's W [C, F, k, k].
 */
final class WeightedNodes {
    private WeightedNodes() {
    }

    static Value dense(OnnxGraph graph, Step step, DenseSpec spec, Value in, ModelWeights weights) {
        String name = step.parameterName();
        Value x = Shaping.flat(graph, in, name + ".flatten");
        Value y = gemm(graph, x, weights, name, spec.units());
        return ActivationNodes.apply(graph, y, spec.activation(), spec.alpha(), name + "." + spec.activation().word());
    }

    /** x W + b for the dense weights called {@code name}.weight and {@code name}.bias. */
    static Value gemm(OnnxGraph graph, Value flatIn, ModelWeights weights, String name, int units) {
        FMatrixRMaj w = weights.get(name + ".weight");
        String kernel = graph.floats(name + ".weight", new long[] {w.numRows, w.numCols}, w.data);
        String bias = graph.floats(name + ".bias", new long[] {units}, weights.get(name + ".bias").data);
        return graph.node("Gemm", name, NodeAttributes.none(), Shape.flat(units), true, flatIn.name(), kernel, bias);
    }

    static Value conv(OnnxGraph graph, Step step, ConvSpec spec, Value in, ModelWeights weights) {
        String name = step.parameterName();
        Value x = Shaping.image(graph, step, in);
        Shape input = step.input();
        ConvGeometry g = ConvGeometry.of(input.height(), input.width(), spec.kernel(), spec.stride(), spec.padding());
        String[] inputs = weightInputs(graph, x, weights, name, new long[] {spec.filters(), input.channels(),
                spec.kernel(), spec.kernel()}, spec.filters());
        NodeAttributes attributes = window(spec.kernel(), spec.stride()).integers("pads", WindowPads.of(g));
        Value y = graph.node("Conv", name, attributes, step.output(), false, inputs);
        return ActivationNodes.apply(graph, y, spec.activation(), spec.alpha(), name + "." + spec.activation().word());
    }

    /**
     * The transpose of the convolution from this layer's output size back to its input size, as in
     * the engine: that convolution's pads crop the full transposed output, and when they fall short
     * of the engine's size (a kernel smaller than the stride) output_padding makes up the rest.
     */
    static Value convTranspose(OnnxGraph graph, Step step, ConvTransposeSpec spec, Value in, ModelWeights weights) {
        String name = step.parameterName();
        Value x = Shaping.image(graph, step, in);
        Shape input = step.input();
        Shape output = step.output();
        int k = spec.kernel();
        int s = spec.stride();
        ConvGeometry adjoint = ConvGeometry.of(output.height(), output.width(), k, s, spec.padding());
        long[] pads = WindowPads.of(adjoint);
        long extraH = output.height() - ((long) (input.height() - 1) * s + k - pads[0] - pads[2]);
        long extraW = output.width() - ((long) (input.width() - 1) * s + k - pads[1] - pads[3]);
        String[] inputs = weightInputs(graph, x, weights, name, new long[] {input.channels(), spec.filters(), k, k},
                spec.filters());
        NodeAttributes attributes = window(k, s).integers("pads", pads);
        if (extraH != 0 || extraW != 0) {
            attributes.integers("output_padding", extraH, extraW);
        }
        Value y = graph.node("ConvTranspose", name, attributes, output, false, inputs);
        return ActivationNodes.apply(graph, y, spec.activation(), spec.alpha(), name + "." + spec.activation().word());
    }

    private static String[] weightInputs(OnnxGraph graph, Value x, ModelWeights weights, String name, long[] dims,
                                         int filters) {
        String kernel = graph.floats(name + ".weight", dims, weights.get(name + ".weight").data);
        String bias = graph.floats(name + ".bias", new long[] {filters}, weights.get(name + ".bias").data);
        return new String[] {x.name(), kernel, bias};
    }

    private static NodeAttributes window(int kernel, int stride) {
        return NodeAttributes.none().integers("kernel_shape", kernel, kernel).integers("strides", stride, stride);
    }
}
