package workbench.io.onnx;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import workbench.engine.Shape;
import workbench.io.onnx.OnnxFields.Graph;
import workbench.io.onnx.OnnxFields.Node;
import workbench.io.onnx.OnnxFields.Tensor;
import workbench.io.onnx.OnnxFields.Type;
import workbench.io.onnx.OnnxFields.ValueInfo;

/**
 * A graph being built: its nodes in order, the constant tensors they read (weights, shapes,
 * indices), and its named inputs and outputs, whose first dimension is the free "batch". Every
 * name is made unique here, so callers name things after the layer they come from.
 */
final class OnnxGraph {
    /** The name of the free first dimension of every input and output. */
    static final String BATCH = "batch";

    private final String name;
    private final List<ProtoMessage> nodes = new ArrayList<>();
    private final List<ProtoMessage> initializers = new ArrayList<>();
    private final List<ProtoMessage> inputs = new ArrayList<>();
    private final List<ProtoMessage> outputs = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private final Set<String> boundary;

    /** @param boundary the names of the graph's inputs and outputs, which no inner value may take */
    OnnxGraph(String name, Set<String> boundary) {
        this.name = name;
        this.boundary = Set.copyOf(boundary);
    }

    /** A graph input holding a batch of samples of {@code shape}, flat or as images. */
    Value input(String inputName, Shape shape, boolean flat) {
        Value value = new Value(claimBoundary(inputName), shape, flat);
        inputs.add(valueInfo(value.name(), value));
        return value;
    }

    /** Makes {@code value} a graph output called {@code outputName} (through an Identity node). */
    void output(Value value, String outputName) {
        String named = claimBoundary(outputName);
        nodes.add(node("Identity", named + ".identity", List.of(value.name()), named, NodeAttributes.none()));
        outputs.add(valueInfo(named, value));
    }

    /** A float constant, such as a layer's weights; returns its name. */
    String floats(String tensorName, long[] dims, float[] values) {
        ByteBuffer raw = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        raw.asFloatBuffer().put(values);
        return constant(tensorName, dims, Tensor.FLOAT, raw.array());
    }

    /** A 1-D int64 constant, such as a target shape or the rows to gather; returns its name. */
    String int64s(String tensorName, long... values) {
        ByteBuffer raw = ByteBuffer.allocate(values.length * Long.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        raw.asLongBuffer().put(values);
        return constant(tensorName, new long[] {values.length}, Tensor.INT64, raw.array());
    }

    private String constant(String tensorName, long[] dims, int dataType, byte[] littleEndian) {
        String named = claim(tensorName);
        initializers.add(new ProtoMessage().int64s(Tensor.DIMS, dims).int64(Tensor.DATA_TYPE, dataType)
                .string(Tensor.NAME, named).bytes(Tensor.RAW_DATA, littleEndian));
        return named;
    }

    /**
     * Adds a node of the standard operator {@code op} reading {@code inputNames}; its one output is
     * a value of {@code shape}, flat or not, named after {@code nodeName}.
     */
    Value node(String op, String nodeName, NodeAttributes attributes, Shape shape, boolean flat,
               String... inputNames) {
        String out = claim(nodeName);
        nodes.add(node(op, out, List.of(inputNames), out, attributes));
        return new Value(out, shape, flat);
    }

    private static ProtoMessage node(String op, String nodeName, List<String> nodeInputs, String output,
                                     NodeAttributes attributes) {
        ProtoMessage node = new ProtoMessage();
        for (String input : nodeInputs) {
            node.string(Node.INPUT, input);
        }
        node.string(Node.OUTPUT, output).string(Node.NAME, nodeName).string(Node.OP_TYPE, op);
        for (ProtoMessage attribute : attributes.messages()) {
            node.message(Node.ATTRIBUTE, attribute);
        }
        return node;
    }

    /** A float tensor's name and type: [batch, dims...]. */
    private static ProtoMessage valueInfo(String valueName, Value value) {
        ProtoMessage shape = new ProtoMessage().message(Type.DIM, new ProtoMessage().string(Type.DIM_PARAM, BATCH));
        for (long dim : value.sampleDims()) {
            shape.message(Type.DIM, new ProtoMessage().int64(Type.DIM_VALUE, dim));
        }
        ProtoMessage tensor = new ProtoMessage().int64(Type.ELEM_TYPE, Tensor.FLOAT).message(Type.SHAPE, shape);
        return new ProtoMessage().string(ValueInfo.NAME, valueName)
                .message(ValueInfo.TYPE, new ProtoMessage().message(Type.TENSOR_TYPE, tensor));
    }

    /** {@code wanted}, or {@code wanted.2}, {@code wanted.3}... when the name is taken or an input's or output's. */
    private String claim(String wanted) {
        String unique = wanted;
        for (int n = 2; boundary.contains(unique) || !names.add(unique); n++) {
            unique = wanted + "." + n;
        }
        return unique;
    }

    private String claimBoundary(String wanted) {
        if (!boundary.contains(wanted) || !names.add(wanted)) {
            throw new IllegalStateException(wanted + " is not one of this graph's free input and output names "
                    + boundary);
        }
        return wanted;
    }

    ProtoMessage toProto(String docString) {
        ProtoMessage graph = new ProtoMessage();
        for (ProtoMessage node : nodes) {
            graph.message(Graph.NODE, node);
        }
        graph.string(Graph.NAME, name);
        for (ProtoMessage initializer : initializers) {
            graph.message(Graph.INITIALIZER, initializer);
        }
        graph.string(Graph.DOC_STRING, docString);
        for (ProtoMessage input : inputs) {
            graph.message(Graph.INPUT, input);
        }
        for (ProtoMessage output : outputs) {
            graph.message(Graph.OUTPUT, output);
        }
        return graph;
    }
}
