package workbench.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.io.FormatVersion;
import workbench.data.Normalization;
import workbench.engine.ActivationFunction;
import workbench.engine.LayerSpec;
import workbench.engine.LossFunction;
import workbench.engine.WeightedSpec;
import workbench.engine.ModelSpec;
import workbench.engine.Shape;
import workbench.engine.TrainingSpec;
import workbench.engine.VariantSpec;
import workbench.io.ModelFileException;

class ExperimentFileTest {
    @TempDir
    Path dir;

    static Experiment experiment() {
        ModelSpec model = new ModelSpec(Shape.image(1, 8, 8), List.of(LayerSpec.dense(32, ActivationFunction.RELU),
                LayerSpec.dropout(0.1)), 2, ActivationFunction.LINEAR, true, List.of(), ActivationFunction.SIGMOID,
                VariantSpec.denoising(VariantSpec.Noise.SALT_AND_PEPPER, 0.1, true), LossFunction.BCE, null, 4);
        return new Experiment(new DatasetRef("digits-8x8", Normalization.Kind.NONE), model, TrainingSpec.defaults(5, 4), 4);
    }

    @Test
    void roundTrip() throws IOException {
        Path file = dir.resolve("e.json");
        ExperimentFile.write(file, experiment());
        assertEquals(experiment(), ExperimentFile.read(file));
        assertTrue(Files.readString(file).contains("\"formatVersion\" : " + FormatVersion.CURRENT));
    }

    @Test
    void handWrittenFileWithLowerCaseNamesAndDefaults() throws IOException {
        Path file = dir.resolve("hand.json");
        Files.writeString(file, """
                {"dataset": {"source": "iris"},
                 "model": {"encoder": [{"kind": "dense", "units": 8, "activation": "tanh"}], "latentSize": 2,
                           "mirrorDecoder": true, "outputActivation": "linear", "loss": "mse"},
                 "training": {"batchSize": 16, "epochs": 3},
                 "seed": 7}
                """);
        Experiment e = ExperimentFile.read(file);
        assertEquals(ActivationFunction.TANH, ((WeightedSpec) e.model().encoder().get(0)).activation());
        assertEquals(LossFunction.MSE, e.model().loss());
        assertEquals(16, e.training().batchSize());
        assertEquals(7, e.seededTraining().seed());
    }

    @Test
    void convolutionalStacksInTheCompactSyntaxRoundTrip() throws IOException {
        Path file = dir.resolve("conv.json");
        Files.writeString(file, """
                {"dataset": {"source": "mnist-10k"},
                 "model": {"encoder": "conv16k3,pool2,conv8k3,pool2,conv8k3,pool2", "latentSize": 0,
                           "mirrorDecoder": false, "decoder": "conv8k3,up2,conv8k3,up2,conv16k3valid,up2",
                           "outputActivation": "sigmoid", "loss": "bce"},
                 "training": {"batchSize": 128, "epochs": 50},
                 "seed": 1}
                """);
        Experiment e = ExperimentFile.read(file);
        assertEquals(LayerSpec.conv(16, 3, 1, workbench.engine.Padding.SAME, ActivationFunction.RELU),
                e.model().encoder().get(0));
        assertEquals(LayerSpec.maxPool(2), e.model().encoder().get(1));
        assertEquals(LayerSpec.conv(16, 3, 1, workbench.engine.Padding.VALID, ActivationFunction.RELU),
                e.model().decoder().get(4));
        assertEquals(LayerSpec.upsample(2), e.model().decoder().get(5));
        // written back as full layer objects, and read back the same
        Path again = dir.resolve("again.json");
        ExperimentFile.write(again, e);
        assertEquals(e, ExperimentFile.read(again));
    }

    @Test
    void badCompactLayerIsNamed() throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, """
                {"dataset": {"source": "mnist-10k"}, "model": {"encoder": "conv16k3,pool", "latentSize": 8}}
                """);
        ModelFileException e = assertThrows(ModelFileException.class, () -> ExperimentFile.read(file));
        assertTrue(e.getMessage().contains("encoder") && e.getMessage().contains("'pool'"), e.getMessage());
    }

    @Test
    void typoIsReportedWithItsPlace() throws IOException {
        Path file = dir.resolve("typo.json");
        Files.writeString(file, """
                {"dataset": {"source": "iris"},
                 "model": {"latentSzie": 2},
                 "training": {"batchSize": 16, "epochs": 3}, "seed": 1}
                """);
        ModelFileException e = assertThrows(ModelFileException.class, () -> ExperimentFile.read(file));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        assertTrue(e.getMessage().contains("latentSzie"), e.getMessage());
    }

    @Test
    void invalidValuesAreExplained() throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, """
                {"dataset": {"source": "iris"}, "model": {"latentSize": 2},
                 "training": {"batchSize": 0, "epochs": 3}, "seed": 1}
                """);
        ModelFileException e = assertThrows(ModelFileException.class, () -> ExperimentFile.read(file));
        assertTrue(e.getMessage().contains("batch size must be at least 1"), e.getMessage());
    }

    @Test
    void newerVersionIsRefused() throws IOException {
        Path file = dir.resolve("new.json");
        Files.writeString(file, "{\"formatVersion\": 4}");
        ModelFileException e = assertThrows(ModelFileException.class, () -> ExperimentFile.read(file));
        assertEquals(file + " is an experiment file of format version 4, written by a newer Autoencoder Workbench;"
                + " this one reads versions 1 to 3. Update the workbench to open it.", e.getMessage());
    }

    @Test
    void aValueOfTheWrongKindIsNamedInWords() throws IOException {
        Path file = dir.resolve("kind.json");
        Files.writeString(file, """
                {"dataset": {"source": "iris"}, "model": {"latentSize": "two"},
                 "training": {"batchSize": 16, "epochs": 3}, "seed": 1}
                """);
        ModelFileException e = assertThrows(ModelFileException.class, () -> ExperimentFile.read(file));
        assertEquals(file + " is not a valid experiment file at line 1, column 57 (model.latentSize): 'two' is not a"
                + " whole number. Fix the JSON, or save a new experiment from the workbench.", e.getMessage());
    }
}
