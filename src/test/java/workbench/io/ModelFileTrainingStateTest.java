package workbench.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.data.Normalization;
import workbench.engine.ActivationFunction;
import workbench.engine.Autoencoder;
import workbench.engine.LayerSpec;
import workbench.engine.LossFunction;
import workbench.engine.ModelSpec;
import workbench.engine.OptimizerKind;
import workbench.engine.OptimizerSpec;
import workbench.engine.Parameter;
import workbench.engine.ScheduleSpec;
import workbench.engine.Shape;
import workbench.engine.Trainer;
import workbench.engine.TrainingResult;
import workbench.engine.TrainingSpec;
import workbench.engine.TrainingState;
import workbench.engine.VariantSpec;

/**
 * The save-and-open half of training continued: 10 epochs in one go equal 5, saved, opened and 5
 * more, bit for bit, because the file keeps the optimizer's moments and the schedule's memory
 * exactly (float32 arrays, doubles written to the last digit). The in-memory half is
 * TrainingContinuationTest.
 */
class ModelFileTrainingStateTest {
    private static final FMatrixRMaj DATA = waves(90, 0.37);
    private static final FMatrixRMaj VALIDATION = waves(20, 0.71);

    @TempDir
    Path dir;

    /** Rows of smooth curves in (0.1, 0.9), as the trainer's tests use. */
    private static FMatrixRMaj waves(int rows, double phase) {
        FMatrixRMaj x = new FMatrixRMaj(rows, 8);
        for (int r = 0; r < rows; r++) {
            double u = (r * 0.6180339887 + phase) % 1.0;
            double v = (r * 0.4142135623 + phase) % 1.0;
            for (int j = 0; j < 8; j++) {
                x.set(r, j, (float) (0.5 + 0.4 * Math.sin(u * (j + 1) + v * (8 - j))));
            }
        }
        return x;
    }

    private static ModelSpec spec(VariantSpec variant) {
        return new ModelSpec(Shape.flat(8), List.of(LayerSpec.dense(6, ActivationFunction.RELU, 0.2)), 2,
                ActivationFunction.LINEAR, true, List.of(), ActivationFunction.SIGMOID, variant, LossFunction.BCE,
                null, 7);
    }

    private static TrainingSpec training(int epochs, OptimizerKind kind, ScheduleSpec schedule) {
        return TrainingSpec.defaults(epochs, 5).withBatchSize(16).withSchedule(schedule)
                .withOptimizer(OptimizerSpec.defaults(kind).withLearningRate(0.01));
    }

    private Path save(Autoencoder model, TrainingResult result, TrainingSpec spec, TrainingState state)
            throws IOException {
        Path file = dir.resolve("half.npz");
        ModelFile.save(file, model, Normalization.identity(8),
                new ModelMetadata("waves", null, List.of(), spec, result.history()), state);
        return file;
    }

    private void tenEqualFiveSavedOpenedAndFiveMore(VariantSpec variant, OptimizerKind kind, ScheduleSpec schedule)
            throws IOException {
        String what = variant.kind() + " with " + kind + " and a " + schedule.kind() + " schedule";
        Autoencoder whole = new Autoencoder(spec(variant));
        TrainingResult ten = new Trainer(whole, training(10, kind, schedule), DATA, VALIDATION).run();

        Autoencoder half = new Autoencoder(spec(variant));
        TrainingState state = new TrainingState();
        TrainingResult five = new Trainer(half, training(5, kind, schedule), DATA, VALIDATION, null, null, state).run();
        ModelFile.Loaded opened = ModelFile.load(save(half, five, training(5, kind, schedule), state));
        assertEquals(state.optimizerSteps(), opened.trainingState().optimizerSteps(), what);

        Trainer more = new Trainer(opened.model(), training(5, kind, schedule), DATA, VALIDATION, null,
                opened.metadata().history(), opened.trainingState());
        assertTrue(more.continuesOptimizer(), what);
        TrainingResult rest = more.run();

        for (int i = 0; i < whole.parameters().size(); i++) {
            assertArrayEquals(whole.parameters().get(i).value().data, opened.model().parameters().get(i).value().data,
                    what + ": " + whole.parameters().get(i).name());
        }
        for (int e = 0; e < 10; e++) {
            assertEquals(ten.history().get(e).train().objective(), rest.history().get(e).train().objective(), 0,
                    what + ", epoch " + (e + 1));
            assertEquals(ten.history().get(e).learningRate(), rest.history().get(e).learningRate(), 0, what);
        }
        assertEquals(10 * 6, opened.trainingState().optimizerSteps(), "90 rows in batches of 16 are 6 steps an epoch");
    }

    @Test
    void adamGoesOnFromTheFileAsIfItHadNeverStopped() throws IOException {
        tenEqualFiveSavedOpenedAndFiveMore(VariantSpec.plain(), OptimizerKind.ADAM,
                new ScheduleSpec(ScheduleSpec.Kind.STEP, 3, 0.5, 0));
    }

    @Test
    void aVariationalModelWithAPlateauScheduleGoesOnToo() throws IOException {
        // sampling and dropout draw by epoch; the plateau's best loss comes back from model.json
        tenEqualFiveSavedOpenedAndFiveMore(VariantSpec.variational(1, 2), OptimizerKind.ADAM,
                new ScheduleSpec(ScheduleSpec.Kind.PLATEAU, 1, 0.5, 1e-5));
    }

    @Test
    void aDenoisingModelUnderRmsPropGoesOnToo() throws IOException {
        // RMSProp keeps one moment per parameter, no second
        tenEqualFiveSavedOpenedAndFiveMore(VariantSpec.denoising(VariantSpec.Noise.MASKING, 0.3, true),
                OptimizerKind.RMSPROP, ScheduleSpec.constant());
    }

    private Path trainedOnce(OptimizerKind kind) throws IOException {
        Autoencoder model = new Autoencoder(spec(VariantSpec.plain()));
        TrainingState state = new TrainingState();
        TrainingSpec spec = training(1, kind, ScheduleSpec.constant());
        return save(model, new Trainer(model, spec, DATA, null, null, null, state).run(), spec, state);
    }

    @Test
    void everyMomentIsAnNpyEntryShapedAsItsParameterAndTheScalarsAreInModelJson() throws IOException {
        Path file = trainedOnce(OptimizerKind.ADAM);
        Autoencoder model = ModelFile.load(file).model();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Parameter p : model.parameters()) {
                int[] weightShape = Npy.read(zip.getInputStream(zip.getEntry(p.name() + ".npy"))).shape();
                for (String moment : List.of("first", "second")) {
                    ZipEntry entry = zip.getEntry("optimizer." + moment + "." + p.name() + ".npy");
                    assertArrayEquals(weightShape, Npy.read(zip.getInputStream(entry)).shape(), p.name());
                }
            }
            JsonNode state = Json.mapper().readTree(zip.getInputStream(zip.getEntry("model.json"))).get("trainingState");
            assertEquals(6, state.get("steps").asLong());
            assertEquals(0.01, state.get("learningRate").asDouble(), 0);
            assertEquals("ADAM", state.get("optimizer").get("kind").asText());
            assertEquals("optimizer.second.encoder.0.weight.npy",
                    state.get("secondMoments").get(0).get("file").asText());
            assertEquals(Double.POSITIVE_INFINITY, state.get("scheduleMemory").get("best").asDouble(),
                    "a constant schedule has seen no best loss");
        }
    }

    @Test
    void sgdKeepsNoSecondMomentsAndAnUntrainedModelNoStateAtAll() throws IOException {
        Path sgd = trainedOnce(OptimizerKind.SGD);
        try (ZipFile zip = new ZipFile(sgd.toFile())) {
            assertNull(zip.getEntry("optimizer.second.encoder.0.weight.npy"), "SGD keeps no second moments");
        }
        assertEquals(6, ModelFile.load(sgd).trainingState().optimizerSteps());

        Path untrained = dir.resolve("untrained.npz");
        ModelFile.save(untrained, new Autoencoder(spec(VariantSpec.plain())), Normalization.identity(8),
                new ModelMetadata("waves", null, List.of(), null, List.of()), new TrainingState());
        try (ZipFile zip = new ZipFile(untrained.toFile())) {
            String json = new String(zip.getInputStream(zip.getEntry("model.json")).readAllBytes());
            assertFalse(json.contains("trainingState"), json);
        }
        assertTrue(ModelFile.load(untrained).trainingState().isEmpty());
    }

    @Test
    void aVersion1FileHasNoStateSoItsTrainingStartsAFreshOptimizer() throws IOException, URISyntaxException {
        ModelFile.Loaded v1 = ModelFile.load(Path.of(getClass().getResource("/formats/v1/dense-model.npz").toURI()));
        assertEquals(1, v1.formatVersion());
        assertTrue(v1.trainingState().isEmpty());
        FMatrixRMaj data = new FMatrixRMaj(20, 64);
        Trainer more = new Trainer(v1.model(), v1.metadata().training().withEpochs(1), data, null, null,
                v1.metadata().history(), v1.trainingState());
        assertFalse(more.continuesOptimizer());
    }

    @Test
    void aMissingMomentIsNamedAndAMomentOfTheWrongSizeToo() throws IOException {
        Path file = trainedOnce(OptimizerKind.ADAM);
        Path lacking = dir.resolve("lacking.npz");
        copyWithout(file, lacking, "optimizer.second.decoder.0.bias.npy");
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFile.load(lacking));
        assertEquals(lacking + " lacks the array optimizer.second.decoder.0.bias.npy: it is truncated or damaged."
                + " Save the model again, or open another file.", e.getMessage());
    }

    @Test
    void momentsListedOutOfTheParametersOrderAreRefused() throws IOException {
        Path file = trainedOnce(OptimizerKind.ADAM);
        Path swapped = dir.resolve("swapped.npz");
        copy(file, swapped, (name, bytes) -> {
            if (!name.equals("model.json")) {
                return bytes;
            }
            ObjectNode root = (ObjectNode) Json.mapper().readTree(bytes);
            ObjectNode first = (ObjectNode) root.get("trainingState").get("firstMoments").get(0);
            first.put("name", "decoder.0.bias").put("file", "optimizer.first.decoder.0.bias.npy");
            return Json.mapper().writeValueAsBytes(root);
        });
        ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFile.load(swapped));
        assertEquals(swapped + ": its training state lists moments for decoder.0.bias where the model's parameter 1"
                + " is encoder.0.weight; the file is damaged or was edited.", e.getMessage());
    }

    private interface EntryEdit {
        byte[] apply(String name, byte[] bytes) throws IOException;
    }

    private static void copyWithout(Path source, Path target, String left) throws IOException {
        copy(source, target, (name, bytes) -> name.equals(left) ? null : bytes);
    }

    /** A copy of the zip with each entry edited; an edit to null leaves the entry out. */
    private static void copy(Path source, Path target, EntryEdit edit) throws IOException {
        try (ZipFile zip = new ZipFile(source.toFile());
             OutputStream out = Files.newOutputStream(target);
             ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                byte[] bytes = edit.apply(e.getName(), zip.getInputStream(e).readAllBytes());
                if (bytes != null) {
                    z.putNextEntry(new ZipEntry(e.getName()));
                    z.write(bytes);
                    z.closeEntry();
                }
            }
        }
    }
}
