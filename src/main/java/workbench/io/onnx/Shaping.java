package workbench.io.onnx;

import workbench.engine.NetworkPlan.Step;
import workbench.engine.Shape;

/**
 * Moves a value between the flat [batch, n] and the image [batch, C, H, W] form. The numbers do not
 * move (the engine's rows are already channel-major), so this is only a Flatten or a Reshape.
 */
final class Shaping {
    private Shaping() {
    }

    /** {@code value} held flat, as a dense layer or a flat boundary wants it. */
    static Value flat(OnnxGraph graph, Value value, String nodeName) {
        return value.flat() ? value
                : graph.node("Flatten", nodeName, NodeAttributes.none().integer("axis", 1), value.shape(), true,
                value.name());
    }

    /** {@code value} as {@code shape}, flat or as an image; 0 in the target copies the batch size. */
    static Value as(OnnxGraph graph, Value value, Shape shape, boolean flat, String nodeName) {
        if (value.flat() == flat && value.shape().equals(shape)) {
            return value;
        }
        if (flat && value.shape().size() == shape.size()) {
            return flat(graph, value, nodeName);
        }
        String target = flat ? graph.int64s(nodeName + ".shape", 0, shape.size())
                : graph.int64s(nodeName + ".shape", 0, shape.channels(), shape.height(), shape.width());
        return graph.node("Reshape", nodeName, NodeAttributes.none(), shape, flat, value.name(), target);
    }

    /** {@code value} as an image of its own shape, for the layer of {@code step}, which works on images. */
    static Value image(OnnxGraph graph, Step step, Value value) {
        return as(graph, value, value.shape(), false, step.parameterName() + ".reshape");
    }
}
