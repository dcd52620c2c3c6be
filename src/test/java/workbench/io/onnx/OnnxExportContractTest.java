package workbench.io.onnx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.onnxruntime.TensorInfo;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.engine.ActivationFunction;
import workbench.engine.ConvSpec;
import workbench.engine.ConvTransposeSpec;
import workbench.engine.LayerKind;
import workbench.engine.NetworkPlan;
import workbench.engine.NetworkPlan.Step;
import workbench.engine.Padding;
import workbench.engine.PoolSpec;
import workbench.engine.VariantSpec;
import workbench.engine.WeightedSpec;
import workbench.io.ModelFile;

/**
 * What the export promises besides its numbers: the files and nothing over another, named inputs and
 * outputs with a free batch, the metadata, and the parity tests' coverage of the engine.
 */
class OnnxExportContractTest {
    @TempDir
    Path dir;

    @Test
    void writesTheThreeFilesItNamesAndNothingElse() throws Exception {
        ModelFile.Loaded loaded = ExportedModels.saved(ExportedModels.keras(), dir);
        Path out = Files.createDirectory(dir.resolve("onnx"));
        OnnxExport.write(loaded, out);
        assertEquals(List.of("encoder.onnx", "decoder.onnx", "autoencoder.onnx"), OnnxExport.fileNames());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(Set.copyOf(OnnxExport.fileNames()),
                    Set.copyOf(files.map(f -> f.getFileName().toString()).toList()));
        }
    }

    @Test
    void neverWritesOverAFileAndThenWritesNothing() throws Exception {
        ModelFile.Loaded loaded = ExportedModels.saved(ExportedModels.keras(), dir);
        Path out = Files.createDirectory(dir.resolve("onnx"));
        Files.writeString(out.resolve("decoder.onnx"), "mine");
        assertThrows(FileAlreadyExistsException.class, () -> OnnxExport.write(loaded, out));
        assertEquals("mine", Files.readString(out.resolve("decoder.onnx")));
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(1, files.count(), "no other file was written");
        }
    }

    @Test
    void inputsAndOutputsAreNamedWithAFreeBatchAndTheMetadataSaysHowTheDataIsScaled() throws Exception {
        ModelFile.Loaded loaded = ExportedModels.saved(ExportedModels.convVae(), dir);
        Path out = Files.createDirectory(dir.resolve("onnx"));
        OnnxExport.write(loaded, out);
        // one row and then five: the batch is not fixed
        for (int rows : new int[] {1, 5}) {
            FMatrixRMaj raw = ExportedModels.rawRows(loaded.normalization(), rows, rows);
            OnnxRuntimeRun.Result encoder = OnnxRuntimeRun.run(out.resolve("encoder.onnx"), "input",
                    new long[] {3, 6, 6}, raw);
            assertEquals(Set.of("mean", "log_variance"), encoder.outputs().keySet());
            assertEquals(rows, encoder.outputs().get("mean").numRows);
            assertFreeBatch(encoder.inputInfo().get("input"), 3, 6, 6);
            assertFreeBatch(encoder.outputInfo().get("mean"), 2);
            assertFreeBatch(encoder.outputInfo().get("log_variance"), 2);

            OnnxRuntimeRun.Result decoder = OnnxRuntimeRun.run(out.resolve("decoder.onnx"), "code", new long[] {2},
                    ExportedModels.codes(rows, 2, rows));
            assertFreeBatch(decoder.inputInfo().get("code"), 2);
            assertFreeBatch(decoder.outputInfo().get("reconstruction"), 3, 6, 6);

            OnnxRuntimeRun.Result autoencoder = OnnxRuntimeRun.run(out.resolve("autoencoder.onnx"), "input",
                    new long[] {3, 6, 6}, raw);
            assertEquals(Set.of("reconstruction"), autoencoder.outputs().keySet());
            assertEquals("Autoencoder Workbench", autoencoder.producer());
            Map<String, String> metadata = autoencoder.metadata();
            assertTrue(metadata.get("normalization").startsWith("folded in: "), metadata.get("normalization"));
            assertEquals("z_score", metadata.get("normalization.kind"));
            assertEquals("variational", metadata.get("variant"));
            assertEquals("autoencoder", metadata.get("part"));
            assertEquals(loaded.model().spec().summary(), metadata.get("summary"));
            assertEquals("input [batch, 3, 6, 6], raw data", metadata.get("inputs"));
        }
    }

    private static void assertFreeBatch(TensorInfo info, long... sampleDims) {
        long[] expected = new long[sampleDims.length + 1];
        expected[0] = -1;
        System.arraycopy(sampleDims, 0, expected, 1, sampleDims.length);
        assertArrayEquals(expected, info.getShape());
        assertEquals("batch", info.getDimensionNames()[0]);
    }

    /**
     * The parity tests' models hold every layer kind, activation and variant the engine has, and
     * both paddings and strides of 1 and 2 in convolutions, transposed convolutions and pooling:
     * a kind added to the engine fails here until a model with it is added (and exported).
     */
    @Test
    void theParityModelsCoverEveryLayerKindActivationVariantPaddingAndStride() {
        Set<LayerKind> kinds = EnumSet.noneOf(LayerKind.class);
        Set<ActivationFunction> activations = EnumSet.noneOf(ActivationFunction.class);
        Set<VariantSpec.Kind> variants = EnumSet.noneOf(VariantSpec.Kind.class);
        Set<String> windows = new TreeSet<>();
        for (ExportedModels.Case model : ExportedModels.all()) {
            variants.add(model.spec().variant().kind());
            NetworkPlan plan = NetworkPlan.of(model.spec());
            for (Step step : Stream.concat(plan.encoder().stream(), plan.decoder().stream()).toList()) {
                kinds.add(step.spec().kind());
                if (step.spec() instanceof WeightedSpec weighted) {
                    activations.add(weighted.activation());
                }
                if (step.spec() instanceof ConvSpec c) {
                    windows.add("conv " + c.padding() + " s" + c.stride());
                } else if (step.spec() instanceof ConvTransposeSpec t) {
                    windows.add("deconv " + t.padding() + " s" + t.stride());
                } else if (step.spec() instanceof PoolSpec p) {
                    windows.add((p.average() ? "avgpool " : "maxpool ") + p.padding() + " s" + p.stride());
                }
            }
        }
        assertEquals(EnumSet.allOf(LayerKind.class), kinds);
        assertEquals(EnumSet.allOf(ActivationFunction.class), activations);
        assertEquals(EnumSet.allOf(VariantSpec.Kind.class), variants);
        for (Padding padding : Padding.values()) {
            assertTrue(windows.contains("conv " + padding + " s1") && windows.contains("conv " + padding + " s2"),
                    "convolutions with " + padding + " padding and strides 1 and 2: " + windows);
        }
        assertTrue(windows.containsAll(Set.of("deconv SAME s2", "deconv VALID s2", "maxpool SAME s2",
                "maxpool VALID s1", "avgpool SAME s1", "avgpool SAME s2")), windows.toString());
    }
}
