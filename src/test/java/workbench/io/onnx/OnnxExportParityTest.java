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

    /** The model saved, loaded and exported into a fresh folder, and rows of raw data for it. */
    private record Exported(Autoencoder engine, Normalization normalization, Path folder, FMatrixRMaj raw) {
        FMatrixRMaj normalized() {
            return normalization.apply(raw);
        }
    }

    private Exported export(ExportedModels.Case model) throws Exception {
        ModelFile.Loaded loaded = ExportedModels.saved(model.spec(), dir);
        Path out = Files.createDirectory(dir.resolve("onnx"));
        OnnxExport.write(loaded, out);
        return new Exported(loaded.model(), loaded.normalization(), out,
                ExportedModels.rawRows(loaded.normalization(), ROWS, 11));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void theEncoderGivesTheEnginesCodes(ExportedModels.Case model) throws Exception {
        Exported e = export(model);
        Map<String, FMatrixRMaj> encoded = OnnxRuntimeRun.run(e.folder().resolve("encoder.onnx"), "input",
                dims(e.engine().spec().inputShape()), e.raw()).outputs();
        FMatrixRMaj codes = e.engine().encode(e.normalized());
        if (e.engine().spec().variant().isVariational()) {
            assertEquals(2, encoded.size(), "a VAE's encoder gives its mean and log-variance");
            assertClose(codes, encoded.get("mean"), "mean");
            assertClose(logVariance(e.engine(), e.normalized()), encoded.get("log_variance"), "log-variance");
        } else {
            assertEquals(1, encoded.size(), "the encoder gives the code alone");
            assertClose(codes, encoded.get("code"), "code");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void theDecoderGivesTheEnginesReconstructionsOfCodes(ExportedModels.Case model) throws Exception {
        Exported e = export(model);
        FMatrixRMaj codes = ExportedModels.codes(ROWS, e.engine().codeSize(), 12);
        FMatrixRMaj decoded = OnnxRuntimeRun.run(e.folder().resolve("decoder.onnx"), "code",
                dims(e.engine().codeShape()), codes).outputs().get("reconstruction");
        assertClose(e.normalization().invert(e.engine().decode(codes)), decoded, "decoder's reconstruction");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void theAutoencoderGivesTheEnginesReconstructions(ExportedModels.Case model) throws Exception {
        Exported e = export(model);
        FMatrixRMaj reconstructed = OnnxRuntimeRun.run(e.folder().resolve("autoencoder.onnx"), "input",
                dims(e.engine().spec().inputShape()), e.raw()).outputs().get("reconstruction");
        assertClose(e.normalization().invert(e.engine().reconstruct(e.normalized())), reconstructed,
                "autoencoder's reconstruction");
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
