package workbench.io.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import workbench.data.Normalization;
import workbench.engine.Autoencoder;
import workbench.engine.NetworkPlan;
import workbench.engine.Shape;
import workbench.io.ModelFile;

/**
 * ONNX Runtime runs each exported file on real inputs and must give the engine's numbers: the
 * encoder its codes (a VAE's mean and log-variance), the decoder its reconstructions of given codes,
 * the autoencoder its reconstructions, all in the data's raw units, to 1e-5 relative to the output's
 * scale: max |onnx - engine| <= 1e-5 * max(1, max |engine|).
 */
class OnnxExportParityTest {
    static final double TOLERANCE = 1e-5;
    private static final int ROWS = 6;

    @TempDir
    Path dir;

    static List<ExportedModels.Case> models() {
        return ExportedModels.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void onnxRuntimeGivesTheEnginesCodesAndReconstructions(ExportedModels.Case model) throws Exception {
        ModelFile.Loaded loaded = ExportedModels.saved(model.spec(), dir);
        Path out = dir.resolve("onnx");
        Files.createDirectory(out);
        OnnxExport.write(loaded, out);

        Autoencoder engine = loaded.model();
        Normalization normalization = loaded.normalization();
        Shape in = engine.spec().inputShape();
        FMatrixRMaj raw = ExportedModels.rawRows(normalization, ROWS, 11);
        FMatrixRMaj normalized = normalization.apply(raw);
        boolean vae = engine.spec().variant().isVariational();

        Map<String, FMatrixRMaj> encoded = OnnxRuntimeRun.run(out.resolve("encoder.onnx"), "input", dims(in), raw)
                .outputs();
        FMatrixRMaj codes = engine.encode(normalized);
        if (vae) {
            assertEquals(2, encoded.size(), "a VAE's encoder gives its mean and log-variance");
            assertClose(codes, encoded.get("mean"), "mean");
            assertClose(logVariance(engine, normalized), encoded.get("log_variance"), "log-variance");
        } else {
            assertEquals(1, encoded.size(), "the encoder gives the code alone");
            assertClose(codes, encoded.get("code"), "code");
        }

        FMatrixRMaj someCodes = ExportedModels.codes(ROWS, engine.codeSize(), 12);
        FMatrixRMaj decoded = OnnxRuntimeRun.run(out.resolve("decoder.onnx"), "code", dims(engine.codeShape()),
                someCodes).outputs().get("reconstruction");
        assertClose(normalization.invert(engine.decode(someCodes)), decoded, "decoder's reconstruction");

        FMatrixRMaj reconstructed = OnnxRuntimeRun.run(out.resolve("autoencoder.onnx"), "input", dims(in), raw)
                .outputs().get("reconstruction");
        assertClose(normalization.invert(engine.reconstruct(normalized)), reconstructed, "autoencoder's reconstruction");
    }

    /** One sample's dimensions as the export gives them: [n] when flat, [C, H, W] for an image. */
    static long[] dims(Shape shape) {
        return shape.isFlat() ? new long[] {shape.size()}
                : new long[] {shape.channels(), shape.height(), shape.width()};
    }

    /** The VAE's log-variance head on {@code normalized}, from the engine's trace of one pass. */
    private static FMatrixRMaj logVariance(Autoencoder engine, FMatrixRMaj normalized) {
        FMatrixRMaj[] seen = new FMatrixRMaj[1];
        engine.trace(normalized, new Autoencoder.StepOutputs() {
            @Override
            public void output(NetworkPlan.Step step, FMatrixRMaj values) {
            }

            @Override
            public void heads(FMatrixRMaj mean, FMatrixRMaj logVar) {
                seen[0] = logVar.copy();
            }
        });
        return seen[0];
    }

    static void assertClose(FMatrixRMaj expected, FMatrixRMaj actual, String what) {
        assertTrue(actual != null, what + ": the file has no such output");
        assertEquals(expected.getNumElements(), actual.getNumElements(), what + ": number of values");
        double scale = 1;
        double worst = 0;
        for (int i = 0; i < expected.getNumElements(); i++) {
            scale = Math.max(scale, Math.abs(expected.data[i]));
            worst = Math.max(worst, Math.abs(expected.data[i] - actual.data[i]));
        }
        assertTrue(worst <= TOLERANCE * scale, what + ": ONNX Runtime differs from the engine by " + worst
                + ", more than " + TOLERANCE + " x " + scale);
    }
}
