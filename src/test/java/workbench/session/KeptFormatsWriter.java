package workbench.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import workbench.cli.WorkbenchCommand;
import workbench.engine.Autoencoder;
import workbench.io.ModelFile;
import workbench.io.Npy;

/**
 * Writes the kept files of the current format version, by hand and once per version (see the
 * README in {@code src/test/resources/formats/v3}): off unless the property
 * {@code workbench.keptFormats} names the folder to write into, so a build never does it.
 */
@EnabledIfSystemProperty(named = "workbench.keptFormats", matches = ".+")
class KeptFormatsWriter {
    private static final List<String> DIGITS = List.of("train", "--dataset", "digits-8x8", "--quiet");

    private final Path folder = Path.of(System.getProperty("workbench.keptFormats", "."));

    @Test
    void writeTheKeptFilesOfThisVersion() throws IOException {
        Files.createDirectories(folder);
        Path runs = Files.createTempDirectory("kept-runs");
        train(runs, "dense", "--layers", "32,16", "--latent", "4", "--epochs", "2", "--seed", "21",
                "--normal-classes", "0,1,2,3,4,5,6,7,8");
        train(runs, "conv", "--layers", "conv4k3,pool2,conv4k3", "--latent", "0", "--epochs", "1", "--seed", "22");
        train(runs, "vae", "--layers", "32", "--latent", "2", "--variant", "vae", "--epochs", "2", "--seed", "23",
                "--schedule", "plateau");
        train(runs, "contractive", "--layers", "16", "--latent", "4", "--variant", "contractive", "--code-activation",
                "sigmoid", "--contractive-weight", "0.01", "--epochs", "2", "--seed", "24");
        train(runs, "padded", "--layers", "pad2,conv4k3,pool2,conv4k3", "--latent", "0", "--epochs", "1",
                "--seed", "25");
        for (String name : List.of("dense", "conv", "vae", "contractive", "padded")) {
            keep(runs.resolve(name).resolve("model.npz"), name + "-model.npz");
            Autoencoder model = ModelFile.load(folder.resolve(name + "-model.npz")).model();
            int columns = model.spec().inputShape().size();
            Npy.write(folder.resolve(name + "-code.npy"), model.encode(KeptFiles.probe(columns)));
            Npy.write(folder.resolve(name + "-reconstruction.npy"), model.reconstruct(KeptFiles.probe(columns)));
        }
        keep(runs.resolve("dense").resolve("experiment.json"), "dense-experiment.json");
        keep(runs.resolve("conv").resolve("experiment.json"), "conv-experiment.json");
        ExperimentFile.write(folder.resolve("lesson-experiment.json"), ExperimentFile.read(
                folder.resolve("conv-experiment.json")).withView(new ViewSettings(true, Set.of("seed", "optimizer"))));

        ModelFile.Loaded dense = ModelFile.load(folder.resolve("dense-model.npz"));
        KeptFiles.trainOneMoreEpoch(dense);
        Npy.write(folder.resolve("dense-resumed-reconstruction.npy"), dense.model().reconstruct(KeptFiles.probe(64)));
    }

    private static void train(Path runs, String name, String... options) {
        List<String> args = new ArrayList<>(DIGITS);
        args.addAll(List.of(options));
        args.addAll(List.of("--out", runs.resolve(name).toString()));
        assertEquals(0, WorkbenchCommand.run(args.toArray(String[]::new)), name);
    }

    private void keep(Path made, String name) throws IOException {
        Files.copy(made, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
