package workbench.io.onnx;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import workbench.io.onnx.OnnxFields.Attribute;

/** The attributes of one node, as AttributeProto messages, in the order they are added. */
final class NodeAttributes {
    private final List<ProtoMessage> attributes = new ArrayList<>();

    static NodeAttributes none() {
        return new NodeAttributes();
    }

    NodeAttributes integer(String name, long value) {
        add(name, Attribute.TYPE_INT).int64(Attribute.I, value);
        return this;
    }

    NodeAttributes integers(String name, long... values) {
        add(name, Attribute.TYPE_INTS).int64s(Attribute.INTS, values);
        return this;
    }

    NodeAttributes real(String name, float value) {
        add(name, Attribute.TYPE_FLOAT).float32(Attribute.F, value);
        return this;
    }

    NodeAttributes text(String name, String value) {
        add(name, Attribute.TYPE_STRING).bytes(Attribute.S, value.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    private ProtoMessage add(String name, int type) {
        ProtoMessage attribute = new ProtoMessage().string(Attribute.NAME, name).int64(Attribute.TYPE, type);
        attributes.add(attribute);
        return attribute;
    }

    List<ProtoMessage> messages() {
        return attributes;
    }
}
