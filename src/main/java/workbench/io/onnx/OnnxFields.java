package workbench.io.onnx;

/**
 * The field numbers and enum values of onnx.proto that the export writes, named as the spec names
 * them (onnx/onnx.proto, IR version 8), one interface of constants per message. Only these facts
 * are taken from it: the messages are written field by field with protobuf-java's
 * CodedOutputStream (see {@link ProtoMessage}).
 */
final class OnnxFields {
    private OnnxFields() {
    }

    /** ModelProto. */
    interface Model {
        int IR_VERSION = 1;
        int PRODUCER_NAME = 2;
        int DOC_STRING = 6;
        int GRAPH = 7;
        int OPSET_IMPORT = 8;
        int METADATA_PROPS = 14;
    }

    /** OperatorSetIdProto. */
    interface OpsetId {
        int DOMAIN = 1;
        int VERSION = 2;
    }

    /** StringStringEntryProto, the metadata's key and value. */
    interface Entry {
        int KEY = 1;
        int VALUE = 2;
    }

    /** GraphProto. */
    interface Graph {
        int NODE = 1;
        int NAME = 2;
        int INITIALIZER = 5;
        int DOC_STRING = 10;
        int INPUT = 11;
        int OUTPUT = 12;
    }

    /** NodeProto. */
    interface Node {
        int INPUT = 1;
        int OUTPUT = 2;
        int NAME = 3;
        int OP_TYPE = 4;
        int ATTRIBUTE = 5;
    }

    /** AttributeProto, and its AttributeType values. */
    interface Attribute {
        int NAME = 1;
        int F = 2;
        int I = 3;
        int S = 4;
        int INTS = 8;
        int TYPE = 20;

        int TYPE_FLOAT = 1;
        int TYPE_INT = 2;
        int TYPE_STRING = 3;
        int TYPE_INTS = 7;
    }

    /** TensorProto, and the DataType values used. */
    interface Tensor {
        int DIMS = 1;
        int DATA_TYPE = 2;
        int NAME = 8;
        int RAW_DATA = 9;

        int FLOAT = 1;
        int INT64 = 7;
    }

    /** ValueInfoProto. */
    interface ValueInfo {
        int NAME = 1;
        int TYPE = 2;
    }

    /** TypeProto (its tensor_type), TypeProto.Tensor, TensorShapeProto and its Dimension. */
    interface Type {
        int TENSOR_TYPE = 1;
        int ELEM_TYPE = 1;
        int SHAPE = 2;
        int DIM = 1;
        int DIM_VALUE = 1;
        int DIM_PARAM = 2;
    }
}
