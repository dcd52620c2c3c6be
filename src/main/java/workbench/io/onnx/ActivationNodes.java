package workbench.io.onnx;

import workbench.engine.ActivationFunction;

/** The engine's activations as standard operators; a linear activation adds no node. */
final class ActivationNodes {
    private ActivationNodes() {
    }

    /**
     * {@code function} applied to {@code in}. Softplus is ONNX's ln(1 + e^x); the engine's switch to
     * the identity above 20 differs from it by less than float32 can show.
     */
    static Value apply(OnnxGraph graph, Value in, ActivationFunction function, double alpha, String nodeName) {
        NodeAttributes attributes = NodeAttributes.none();
        String op = switch (function) {
            case LINEAR -> null;
            case RELU -> "Relu";
            case SIGMOID -> "Sigmoid";
            case TANH -> "Tanh";
            case SOFTPLUS -> "Softplus";
            case LEAKY_RELU -> {
                attributes.real("alpha", (float) alpha);
                yield "LeakyRelu";
            }
            case ELU -> {
                attributes.real("alpha", (float) alpha);
                yield "Elu";
            }
        };
        return op == null ? in : graph.node(op, nodeName, attributes, in.shape(), in.flat(), in.name());
    }
}
