package workbench.io.onnx;

import com.google.protobuf.CodedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One protobuf message written field by field, by number, with protobuf-java's CodedOutputStream.
 * A nested message is written whole first and then as a length-delimited field of its parent, which
 * is how the wire format nests. Repeated scalars are written one field each (unpacked), which every
 * proto2 parser reads.
 */
final class ProtoMessage {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CodedOutputStream out = CodedOutputStream.newInstance(bytes);

    @FunctionalInterface
    private interface Write {
        void to(CodedOutputStream out) throws IOException;
    }

    /** Writes into memory, which does not fail: an IOException here would be a bug in protobuf-java. */
    private ProtoMessage write(Write write) {
        try {
            write.to(out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing a protobuf message into memory", e);
        }
        return this;
    }

    ProtoMessage string(int field, String value) {
        return write(o -> o.writeString(field, value));
    }

    ProtoMessage int64(int field, long value) {
        return write(o -> o.writeInt64(field, value));
    }

    ProtoMessage int64s(int field, long[] values) {
        return write(o -> {
            for (long v : values) {
                o.writeInt64(field, v);
            }
        });
    }

    ProtoMessage float32(int field, float value) {
        return write(o -> o.writeFloat(field, value));
    }

    ProtoMessage bytes(int field, byte[] value) {
        return write(o -> o.writeByteArray(field, value));
    }

    ProtoMessage message(int field, ProtoMessage nested) {
        return bytes(field, nested.toByteArray());
    }

    byte[] toByteArray() {
        write(CodedOutputStream::flush);
        return bytes.toByteArray();
    }
}
