package workbench.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static workbench.session.KeptFiles.kept;
import static workbench.session.KeptFiles.probe;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.io.FormatVersion;
import workbench.engine.ActivationFunction;
import workbench.engine.Autoencoder;
import workbench.engine.LayerSpec;
import workbench.engine.OptimizerKind;
import workbench.engine.Padding;
import workbench.engine.ScheduleSpec;
import workbench.engine.TrainingState;
import workbench.engine.VariantSpec;
import workbench.io.ModelFile;
import workbench.io.Npy;
import workbench.io.NpyArray;

/**
 * Files written by earlier versions keep opening and giving the same outputs. Each format version
 * has a folder under {@code src/test/resources/formats/} with the files that version wrote (how
 * they were made is in the folder's README); a format change bumps the version and adds a folder,
 * and every folder stays in this test.
 */
class KeptFormatsTest {
    @TempDir
    Path dir;

    private static void assertClose(NpyArray expected, FMatrixRMaj actual, String what) {
        assertEquals(expected.size(), actual.getNumElements(), what + ": element count");
        double worst = 0;
        for (int i = 0; i < actual.data.length; i++) {
            worst = Math.max(worst, Math.abs(expected.data()[i] - actual.data[i]));
        }
        // the same arithmetic as the version that wrote them; only the summation order of a wider
        // vector unit may differ on another machine
        assertTrue(worst < 1e-5, what + " differs by " + worst);
    }

    @ParameterizedTest
    @CsvSource({"v1, dense", "v1, conv", "v1, vae", "v1, denoising", "v2, dense", "v2, conv", "v2, vae", "v2, contractive",
            "v3, dense", "v3, conv", "v3, vae", "v3, contractive", "v3, padded"})
    void aModelOfEveryVersionOpensAndGivesTheSameCodesAndReconstructions(String version, String name)
            throws Exception {
        ModelFile.Loaded loaded = ModelFile.load(kept(version, name + "-model.npz"));
        Autoencoder model = loaded.model();
        FMatrixRMaj x = probe(model.spec().inputShape().size());
        assertClose(Npy.read(kept(version, name + "-code.npy")), model.encode(x), name + " code");
        assertClose(Npy.read(kept(version, name + "-reconstruction.npy")), model.reconstruct(x),
                name + " reconstruction");
        assertEquals("digits-8x8", loaded.metadata().dataset());
        assertTrue(loaded.metadata().history().size() >= 1, name + " keeps its history");
        assertTrue(loaded.metadata().classNames().size() == 10, name + " keeps its class names");
    }

    @Test
    void theVersion1ModelsKeepTheirDesignsAndTraining() throws Exception {
        ModelFile.Loaded vae = ModelFile.load(kept("v1", "vae-model.npz"));
        assertEquals(VariantSpec.Kind.VARIATIONAL, vae.model().spec().variant().kind());
        assertEquals(2, vae.model().spec().latentSize());
        assertEquals(ScheduleSpec.Kind.COSINE, vae.metadata().training().schedule().kind());
        assertEquals(2, vae.metadata().history().size());

        ModelFile.Loaded conv = ModelFile.load(kept("v1", "conv-model.npz"));
        assertEquals(List.of(LayerSpec.conv(4, 3, 1, Padding.SAME, ActivationFunction.RELU), LayerSpec.maxPool(2),
                LayerSpec.conv(4, 3, 1, Padding.SAME, ActivationFunction.RELU)), conv.model().spec().encoder());
    }

    @Test
    void aVersion1ConvolutionalExperimentOpensWithItsLayersAndTraining() throws Exception {
        Experiment e = ExperimentFile.read(kept("v1", "conv-experiment.json"));
        assertEquals("digits-8x8", e.dataset().source());
        assertEquals(List.of(LayerSpec.conv(4, 3, 1, Padding.SAME, ActivationFunction.RELU), LayerSpec.maxPool(2),
                LayerSpec.conv(4, 3, 1, Padding.SAME, ActivationFunction.RELU)), e.model().encoder());
        assertEquals(0, e.model().latentSize());
        assertTrue(e.model().mirrorDecoder());
        assertEquals(ActivationFunction.SIGMOID, e.model().outputActivation());
        assertEquals(OptimizerKind.ADAM, e.training().optimizer().kind());
        assertEquals(256, e.training().batchSize());
        assertEquals(12, e.seed());
        // and it still builds: the mirrored decoder of a convolutional stack included
        Autoencoder built = new Autoencoder(e.seededModel().withInputShape(e.model().inputShape()));
        assertEquals(64, built.reconstruct(probe(64)).numCols);
    }

    @Test
    void aVersion1DenoisingExperimentOpensWithItsVariantAndSchedule() throws Exception {
        Experiment e = ExperimentFile.read(kept("v1", "denoising-experiment.json"));
        assertEquals(List.of(LayerSpec.dense(24, ActivationFunction.RELU), LayerSpec.dropout(0.1),
                LayerSpec.dense(12, ActivationFunction.RELU)), e.model().encoder());
        assertEquals(VariantSpec.denoising(VariantSpec.Noise.MASKING, 0.2, true), e.model().variant());
        assertEquals(OptimizerKind.RMSPROP, e.training().optimizer().kind());
        assertEquals(ScheduleSpec.Kind.STEP, e.training().schedule().kind());
        assertEquals(6, e.model().latentSize());
    }

    @Test
    void theVersion2DenseModelKeepsItsTrainingStateAndGoesOnFromIt() throws Exception {
        ModelFile.Loaded dense = ModelFile.load(kept("v2", "dense-model.npz"));
        assertEquals(2, dense.formatVersion());
        assertEquals(10, dense.trainingState().optimizerSteps(), "2 epochs of 5 batches");
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8"), dense.metadata().normalClasses());
        KeptFiles.trainOneMoreEpoch(dense);
        assertEquals(15, dense.trainingState().optimizerSteps());
        assertClose(Npy.read(kept("v2", "dense-resumed-reconstruction.npy")), dense.model().reconstruct(probe(64)),
                "the reconstruction one epoch on from the kept moments");
    }

    @Test
    void theVersion2VaeKeepsItsPlateauSchedulesMemory() throws Exception {
        ModelFile.Loaded vae = ModelFile.load(kept("v2", "vae-model.npz"));
        TrainingState.Saved state = vae.trainingState().save();
        assertEquals(ScheduleSpec.Kind.PLATEAU, state.scheduleSpec().kind());
        assertEquals(OptimizerKind.ADAM, state.optimizerSpec().kind());
        assertTrue(state.schedule().best() < 100, "the best loss it has seen: " + state.schedule().best());
        assertEquals(2, vae.metadata().history().size());
    }

    @Test
    void theVersion2ExperimentsOpenWithTheirClassesAndView() throws Exception {
        Experiment dense = ExperimentFile.read(kept("v2", "dense-experiment.json"));
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8"), dense.dataset().normalClasses());
        assertEquals(4, dense.model().latentSize());
        Experiment lesson = ExperimentFile.read(kept("v2", "lesson-experiment.json"));
        assertEquals(new ViewSettings(true, Set.of("optimizer", "seed")), lesson.view());
        assertEquals(List.of(LayerSpec.conv(4, 3, 1, Padding.SAME, ActivationFunction.RELU), LayerSpec.maxPool(2),
                LayerSpec.conv(4, 3, 1, Padding.SAME, ActivationFunction.RELU)), lesson.model().encoder());
        assertEquals(22, lesson.seed());
    }

    /**
     * The schema has not moved since version 2: what this version writes of a kept file is that file,
     * but for the version it states.
     */
    @ParameterizedTest
    @CsvSource({"v2, dense", "v2, conv", "v2, vae", "v2, contractive",
            "v3, dense", "v3, conv", "v3, vae", "v3, contractive", "v3, padded"})
    void aModelOpenedAndSavedAgainIsTheSameFileButForItsVersion(String version, String name) throws Exception {
        Path file = kept(version, name + "-model.npz");
        ModelFile.Loaded loaded = ModelFile.load(file);
        Path again = dir.resolve(name + ".npz");
        ModelFile.save(again, loaded.model(), loaded.normalization(), loaded.metadata(), loaded.trainingState());
        Map<String, byte[]> kept = entries(file);
        Map<String, byte[]> written = entries(again);
        assertEquals(kept.keySet(), written.keySet(), name);
        for (String entry : kept.keySet()) {
            assertEquals(asCurrentVersion(new String(kept.get(entry), StandardCharsets.ISO_8859_1)),
                    new String(written.get(entry), StandardCharsets.ISO_8859_1), name + ": " + entry);
        }
    }

    @ParameterizedTest
    @CsvSource({"v2, dense-experiment.json", "v2, conv-experiment.json", "v2, lesson-experiment.json",
            "v3, dense-experiment.json", "v3, conv-experiment.json", "v3, lesson-experiment.json"})
    void anExperimentReadAndWrittenAgainIsTheSameFileButForItsVersion(String version, String name) throws Exception {
        Path again = dir.resolve(name);
        ExperimentFile.write(again, ExperimentFile.read(kept(version, name)));
        assertEquals(asCurrentVersion(Files.readString(kept(version, name))), Files.readString(again));
    }

    /**
     * A file of version 2 or later as the current version writes it: the same bytes but for the
     * version it states, since nothing those versions could hold has changed its spelling since.
     */
    private static String asCurrentVersion(String kept) {
        return kept.replaceFirst("\"formatVersion\" : [0-9]+,", "\"formatVersion\" : " + FormatVersion.CURRENT + ",");
    }

    @Test
    void aVersion3ModelKeepsItsPaddingAndTheMirroredCropping() throws Exception {
        Autoencoder padded = ModelFile.load(kept("v3", "padded-model.npz")).model();
        assertEquals(LayerSpec.zeroPadding(2), padded.spec().encoder().get(0));
        List<LayerSpec> decoder = padded.spec().effectiveDecoder();
        assertEquals(LayerSpec.cropping(2), decoder.get(decoder.size() - 1), decoder.toString());
    }

    private static Map<String, byte[]> entries(Path zipFile) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                out.put(e.getName(), zip.getInputStream(e).readAllBytes());
            }
        }
        return out;
    }
}
