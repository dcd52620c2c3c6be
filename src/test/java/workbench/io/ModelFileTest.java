package workbench.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.data.Normalization;
import workbench.engine.ActivationFunction;
import workbench.engine.Autoencoder;
import workbench.engine.EpochStats;
import workbench.engine.LayerSpec;
import workbench.engine.LossBreakdown;
import workbench.engine.LossFunction;
import workbench.engine.ModelSpec;
import workbench.engine.Shape;
import workbench.engine.TrainingSpec;
import workbench.engine.VariantSpec;

class ModelFileTest {
    @TempDir
    Path dir;

    static Autoencoder vae() {
        return new Autoencoder(new ModelSpec(Shape.image(1, 3, 4), List.of(LayerSpec.dense(5, ActivationFunction.ELU, 0.1)),
                2, ActivationFunction.LINEAR, true, List.of(), ActivationFunction.SIGMOID,
                VariantSpec.variational(0.5, 3), LossFunction.BCE, null, 9));
    }

    static Normalization normalization() {
        float[] offset = new float[12];
        float[] scale = new float[12];
        for (int i = 0; i < 12; i++) {
            offset[i] = i * 0.1f;
            scale[i] = 1 + i;
        }
        return new Normalization(Normalization.Kind.Z_SCORE, offset, scale);
    }

    static final List<EpochStats> HISTORY = List.of(
            new EpochStats(1, new LossBreakdown(5, 0.4, 4.8, 0.2, 0), new LossBreakdown(5.1, 0.41, 4.9, 0.2, 0), 1.5, 1000, 1e-3),
            new EpochStats(2, new LossBreakdown(4, 0.3, 3.8, 0.2, 0), null, 1.4, 1100, 1e-3));

    static ModelMetadata metadata(List<String> classNames, TrainingSpec training, List<EpochStats> history) {
        return new ModelMetadata("digits-8x8", null, classNames, training, history);
    }

    private Path save(Autoencoder model) throws IOException {
        Path file = dir.resolve("m.npz");
        ModelFile.save(file, model, normalization(), metadata(List.of("a", "b"), TrainingSpec.defaults(3, 1), HISTORY),
                null);
        return file;
    }

    @Test
    void roundTripKeepsWeightsSpecNormalizationAndHistory() throws IOException {
        Autoencoder model = vae();
        Path file = save(model);
        ModelFile.Loaded loaded = ModelFile.load(file);
        assertEquals(model.spec(), loaded.model().spec());
        for (int i = 0; i < model.parameters().size(); i++) {
            assertArrayEquals(model.parameters().get(i).value().data, loaded.model().parameters().get(i).value().data);
        }
        assertEquals(normalization(), loaded.normalization());
        assertEquals(HISTORY, loaded.metadata().history());
        assertEquals(List.of("a", "b"), loaded.metadata().classNames());
        assertEquals("digits-8x8", loaded.metadata().dataset());
        assertEquals(TrainingSpec.defaults(3, 1), loaded.metadata().training());
        FMatrixRMaj x = new FMatrixRMaj(2, 12);
        Arrays.fill(x.data, 0.5f);
        assertArrayEquals(model.reconstruct(x).data, loaded.model().reconstruct(x).data, "same outputs");
    }

    @Test
    void everyWeightIsAnNpyEntryNamedAsTheParameter() throws IOException {
        Autoencoder model = vae();
        try (ZipFile zip = new ZipFile(save(model).toFile())) {
            assertTrue(zip.getEntry("model.json") != null);
            for (var p : model.parameters()) {
                ZipEntry entry = zip.getEntry(p.name() + ".npy");
                NpyArray array = Npy.read(zip.getInputStream(entry));
                int[] expected = p.regularized() ? new int[] {p.value().numRows, p.value().numCols}
                        : new int[] {p.value().numCols};
                assertArrayEquals(expected, array.shape(), p.name() + ": weights (in, out), biases (out,)");
                assertArrayEquals(p.value().data, array.data());
            }
        }
    }

    /** A copy of the model file {@code source} with its entry {@code name} rewritten by {@code edit}. */
    private Path rewriteEntry(Path source, String name, UnaryOperator<byte[]> edit) throws IOException {
        Path target = dir.resolve("edited.npz");
        try (ZipFile zip = new ZipFile(source.toFile());
             OutputStream out = Files.newOutputStream(target);
             ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                byte[] bytes = zip.getInputStream(e).readAllBytes();
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(e.getName().equals(name) ? edit.apply(bytes) : bytes);
                z.closeEntry();
            }
        }
        return target;
    }

    private Path replaceArray(Path source, String name, NpyArray array) throws IOException {
        return rewriteEntry(source, name, old -> Npy.toBytes(array));
    }

    @Test
    void aWeightOfTheRightSizeButAnotherShapeIsRefusedAndATransposeIsNamed() throws IOException {
        Autoencoder model = vae();
        Path file = save(model);
        var weight = model.parameters().get(0);
        int rows = weight.value().numRows;
        int cols = weight.value().numCols;
        Path transposed = replaceArray(file, weight.name() + ".npy",
                new NpyArray(new int[] {cols, rows}, weight.value().data.clone()));
        ModelFileException t = assertThrows(ModelFileException.class, () -> ModelFile.load(transposed));
        assertEquals(transposed + ": weight " + weight.name() + " has shape (" + cols + ", " + rows + ") but the model"
                + " needs (" + rows + ", " + cols + "): it is transposed, the way PyTorch stores a Linear layer's"
                + " weight (outputs x inputs). Save its transpose (w.T), or open another file.", t.getMessage());
        Path flat = replaceArray(file, weight.name() + ".npy", NpyArray.vector(weight.value().data.clone()));
        ModelFileException f = assertThrows(ModelFileException.class, () -> ModelFile.load(flat));
        assertTrue(f.getMessage().contains("has shape (" + rows * cols + ",) but the model needs (" + rows + ", "
                + cols + "); the file is damaged or was edited"), f.getMessage());
    }

    private Path rewriteJson(Path source, String from, String to) throws IOException {
        return rewriteEntry(source, "model.json",
                bytes -> new String(bytes, StandardCharsets.UTF_8).replace(from, to).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void newerFormatIsRefusedWithAClearMessage() throws IOException {
        Path newer = rewriteJson(save(vae()), "\"formatVersion\" : 3", "\"formatVersion\" : 7");
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFile.load(newer));
        assertEquals(newer + " is a model file of format version 7, written by a newer Autoencoder Workbench;"
                + " this one reads versions 1 to 3. Update the workbench to open it.", e.getMessage());
    }

    @Test
    void truncatedFileIsRefusedWithAClearMessage() throws IOException {
        Path file = save(vae());
        byte[] bytes = Files.readAllBytes(file);
        Path cut = dir.resolve("cut.npz");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFile.load(cut));
        assertTrue(e.getMessage().contains("cut.npz"), e.getMessage());
        assertTrue(e.getMessage().contains("truncated") || e.getMessage().contains("lacks"), e.getMessage());
        assertFalse(e.getMessage().contains("ZLIB") || e.getMessage().contains("invalid"), "not the zip library's words");
    }

    /** {@code source} again with one more entry of {@code size} zero bytes, which deflate to almost nothing. */
    private Path withZeros(Path source, String entry, long size) throws IOException {
        Path out = dir.resolve("padded-" + entry + ".npz");
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(source));
             var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(out))) {
            java.util.zip.ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                zip.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                in.transferTo(zip);
                zip.closeEntry();
            }
            zip.putNextEntry(new java.util.zip.ZipEntry(entry));
            byte[] block = new byte[1 << 20];
            for (long written = 0; written < size; written += block.length) {
                zip.write(block);
            }
            zip.closeEntry();
        }
        return out;
    }

    @Test
    void anEntryAModelFileDoesNotNameIsPassedOverUnreadAndAnOversizedOneIsRefused() throws IOException {
        // issue 13, finding 5: every entry was read into memory, so a 3 MB zip could ask for 3 GiB;
        // then every .npy entry was, up to a quarter of the heap (390 MB of heap for a 3 GiB one)
        Path model = save(vae());
        assertEquals(ModelFile.load(model).model().spec(), ModelFile.load(withZeros(model, "junk.bin", 16L << 20))
                .model().spec(), "16 MB of something else is not read");
        assertEquals(ModelFile.load(model).model().spec(), ModelFile.load(withZeros(model, "unused.npy", 16L << 20))
                .model().spec(), "nor an array the model does not name");
        // past a quarter of the heap an entry is refused from its declared size; here the bound is 1 MB
        Path padded = withZeros(model, "extra.npy", 2L << 20);
        try (ZipEntries entries = ZipEntries.open(padded, "model file", 1 << 20)) {
            ModelFileException e = assertThrows(ModelFileException.class, () -> entries.get("extra.npy"));
            assertTrue(e.getMessage().contains("holds an entry, extra.npy, larger than 1 MB"), e.getMessage());
        }
    }

    @Test
    void aModelJsonNestedPastTheReadersLimitIsRefusedInOurWords() throws IOException {
        // issue 13, finding 6: Jackson's own StreamReadConstraints text reached the user, with no file name
        Path deep = rewriteJson(save(vae()), "\"latentSize\" : 2,", "\"latentSize\" : 2, \"x\" : "
                + "[".repeat(3000) + "]".repeat(3000) + ",");
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFile.load(deep));
        assertTrue(e.getMessage().startsWith(deep + " is damaged: its model.json cannot be read "), e.getMessage());
        assertTrue(e.getMessage().contains("nests deeper or runs longer than a JSON reader accepts"), e.getMessage());
        assertFalse(e.getMessage().contains("StreamReadConstraints") || e.getMessage().contains("maxNestingDepth"),
                "not the JSON library's words: " + e.getMessage());
    }

    @Test
    void damagedModelJsonIsNamedWithItsPlaceNotTheJsonLibrarysWords() throws IOException {
        Path broken = rewriteJson(save(vae()), "\"latentSize\" : 2,", "\"latentSize\" : 2 oops");
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFile.load(broken));
        assertTrue(e.getMessage().startsWith(broken + " is damaged: its model.json cannot be read at line "),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("the JSON is malformed there (look for a missing comma, quote or bracket)."
                + " Save the model again, or open another file."), e.getMessage());

        Path edited = rewriteJson(save(vae()), "\"latentSize\"", "\"latentSzie\"");
        ModelFileException typo = assertThrows(ModelFileException.class, () -> ModelFile.load(edited));
        assertTrue(typo.getMessage().contains("(model.latentSzie): unknown field 'latentSzie'; the fields there are"
                + " codeActivation, decoder, encoder,"), typo.getMessage());
        assertFalse(typo.getMessage().contains("workbench.io.format"), "no class names: " + typo.getMessage());
    }

    @Test
    void notAModelFile() throws IOException {
        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "hello");
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFile.load(text));
        assertEquals(text + " is not a model file: it is empty or not a zip archive. Open a model saved by"
                + " Autoencoder Workbench (a .npz file).", e.getMessage());
        ModelFileException missing = assertThrows(ModelFileException.class, () -> ModelFile.load(dir.resolve("nope.npz")));
        assertTrue(missing.getMessage().contains("There is no model file"), missing.getMessage());
    }

    @Test
    void editedWeightShapeIsDetected() throws IOException {
        Path edited = rewriteJson(save(vae()), "\"latentSize\" : 2", "\"latentSize\" : 3");
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFile.load(edited));
        assertTrue(e.getMessage().contains("weight") && e.getMessage().contains("needs"), e.getMessage());
    }

    @Test
    void aFailedSaveLeavesTheGoodFileAsItWas() throws IOException {
        Path file = save(vae());
        byte[] before = Files.readAllBytes(file);
        Normalization wrong = Normalization.identity(5);
        assertThrows(IllegalArgumentException.class, () -> ModelFile.save(file, vae(), wrong,
                metadata(List.of(), TrainingSpec.defaults(1, 1), List.of()), null));
        assertArrayEquals(before, Files.readAllBytes(file));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }
}
