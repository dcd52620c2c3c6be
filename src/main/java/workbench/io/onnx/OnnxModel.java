package workbench.io.onnx;

import java.util.Map;
import workbench.io.onnx.OnnxFields.Entry;
import workbench.io.onnx.OnnxFields.Model;
import workbench.io.onnx.OnnxFields.OpsetId;

/** A graph wrapped as a ModelProto: IR version, operator set, producer and metadata. */
final class OnnxModel {
    /** IR version 8 goes with opset 17 (onnx 1.12), which Debian's python3-onnx checks. */
    static final long IR_VERSION = 8;
    /** The standard ai.onnx operators at opset 17; every operator used is defined there. */
    static final long OPSET = 17;

    private OnnxModel() {
    }

    static byte[] bytes(OnnxGraph graph, String docString, Map<String, String> metadata) {
        ProtoMessage model = new ProtoMessage().int64(Model.IR_VERSION, IR_VERSION)
                .string(Model.PRODUCER_NAME, OnnxMetadata.PRODUCER)
                .string(Model.DOC_STRING, docString)
                .message(Model.GRAPH, graph.toProto(docString))
                .message(Model.OPSET_IMPORT,
                        new ProtoMessage().string(OpsetId.DOMAIN, "").int64(OpsetId.VERSION, OPSET));
        for (Map.Entry<String, String> prop : metadata.entrySet()) {
            model.message(Model.METADATA_PROPS,
                    new ProtoMessage().string(Entry.KEY, prop.getKey()).string(Entry.VALUE, prop.getValue()));
        }
        return model.toByteArray();
    }
}
