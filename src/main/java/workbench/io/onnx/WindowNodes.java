package workbench.io.onnx;

import workbench.engine.ConvGeometry;
import workbench.engine.NetworkPlan.Step;
import workbench.engine.PoolSpec;
import workbench.engine.Shape;

/**
 * Max and average pooling with the engine's windows: the same explicit pads as a convolution (see
 * {@link WindowPads}), which give the engine's output size without ceil_mode. Padded cells never
 * count: MaxPool ignores them, and AveragePool with count_include_pad = 0 divides by the cells inside
 * the image, as the engine (and Keras) do.
 */
final class WindowNodes {
    private WindowNodes() {
    }

    static Value pool(OnnxGraph graph, Step step, PoolSpec spec, Value in) {
        String name = step.parameterName();
        Value x = Shaping.image(graph, step, in);
        Shape input = step.input();
        ConvGeometry g = ConvGeometry.of(input.height(), input.width(), spec.size(), spec.stride(), spec.padding());
        NodeAttributes attributes = NodeAttributes.none().integers("kernel_shape", spec.size(), spec.size())
                .integers("strides", spec.stride(), spec.stride()).integers("pads", WindowPads.of(g));
        if (spec.average()) {
            attributes.integer("count_include_pad", 0);
        }
        return graph.node(spec.average() ? "AveragePool" : "MaxPool", name, attributes, step.output(), false,
                x.name());
    }
}
