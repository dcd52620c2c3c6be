package workbench.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import workbench.engine.ActivationFunction;
import workbench.engine.Autoencoder;
import workbench.engine.LayerSpec;
import workbench.engine.OptimizerKind;
import workbench.engine.Padding;
import workbench.engine.ScheduleSpec;
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
    private static Path kept(String version, String name) {
        try {
            return Path.of(KeptFormatsTest.class.getResource("/formats/" + version + "/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new AssertionError("the kept file formats/" + version + "/" + name + " is missing", e);
        }
    }

    /** The fixed input the outputs were recorded on: a low-discrepancy fill of [0, 1). */
    private static FMatrixRMaj probe(int columns) {
        FMatrixRMaj x = new FMatrixRMaj(5, columns);
        for (int i = 0; i < x.data.length; i++) {
            x.data[i] = (float) ((i * 0.6180339887) % 1.0);
        }
        return x;
    }

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
    @ValueSource(strings = {"dense", "conv", "vae", "denoising"})
    void aVersion1ModelOpensAndGivesTheSameCodesAndReconstructions(String name) throws Exception {
        ModelFile.Loaded loaded = ModelFile.load(kept("v1", name + "-model.npz"));
        Autoencoder model = loaded.model();
        FMatrixRMaj x = probe(model.spec().inputShape().size());
        assertClose(Npy.read(kept("v1", name + "-code.npy")), model.encode(x), name + " code");
        assertClose(Npy.read(kept("v1", name + "-reconstruction.npy")), model.reconstruct(x), name + " reconstruction");
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
}
