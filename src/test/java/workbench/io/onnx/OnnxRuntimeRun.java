package workbench.io.onnx;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.ejml.data.FMatrixRMaj;

/** Runs one exported file in ONNX Runtime on a batch of rows and gives back its outputs as rows. */
final class OnnxRuntimeRun {
    private OnnxRuntimeRun() {
    }

    /** The session's metadata and input and output names, and its outputs for {@code rows}. */
    record Result(Map<String, FMatrixRMaj> outputs, Map<String, TensorInfo> inputInfo,
                  Map<String, TensorInfo> outputInfo, Map<String, String> metadata, String producer) {
    }

    /**
     * @param inputDims one sample's dimensions, such as {3, 7, 7}; the batch is the rows of {@code rows}
     */
    static Result run(Path file, String inputName, long[] inputDims, FMatrixRMaj rows) throws OrtException {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            try (OrtSession session = env.createSession(file.toString(), options)) {
                long[] shape = new long[inputDims.length + 1];
                shape[0] = rows.numRows;
                System.arraycopy(inputDims, 0, shape, 1, inputDims.length);
                Map<String, TensorInfo> inputInfo = tensorInfo(session.getInputInfo());
                Map<String, TensorInfo> outputInfo = tensorInfo(session.getOutputInfo());
                Map<String, FMatrixRMaj> outputs = new HashMap<>();
                try (OnnxTensor input = OnnxTensor.createTensor(env, FloatBuffer.wrap(rows.data), shape);
                     OrtSession.Result result = session.run(Map.of(inputName, input))) {
                    for (Map.Entry<String, OnnxValue> out : result) {
                        OnnxTensor tensor = (OnnxTensor) out.getValue();
                        FloatBuffer values = tensor.getFloatBuffer();
                        FMatrixRMaj m = new FMatrixRMaj(rows.numRows, values.remaining() / rows.numRows);
                        values.get(m.data, 0, values.remaining());
                        outputs.put(out.getKey(), m);
                    }
                }
                return new Result(outputs, inputInfo, outputInfo, session.getMetadata().getCustomMetadata(),
                        session.getMetadata().getProducerName());
            }
        }
    }

    private static Map<String, TensorInfo> tensorInfo(Map<String, NodeInfo> nodes) {
        Map<String, TensorInfo> info = new HashMap<>();
        nodes.forEach((name, node) -> info.put(name, (TensorInfo) node.getInfo()));
        return info;
    }
}
