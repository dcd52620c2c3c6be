package workbench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.io.FormatVersion;
import workbench.engine.Autoencoder;
import workbench.io.ModelFile;

/** {@code train --resume}: a saved model trained on, as if it had never stopped. */
class ResumeCommandTest {
    @TempDir
    Path dir;

    /** digits-8x8 through 64-32-[2]-32-64 with dropout, which draws random numbers every epoch. */
    private Path trained(String name, int epochs) {
        Path out = dir.resolve(name);
        CommandRun r = CommandRun.of(List.of("train", "--dataset", "digits-8x8", "--layers", "32,dropout0.1",
                "--latent", "2", "--epochs", Integer.toString(epochs), "--batch", "64", "--seed", "3",
                "--schedule", "step", "--quiet", "--out", out.toString()));
        assertEquals(0, r.exitCode(), r.err());
        return out.resolve("model.npz");
    }

    private static CommandRun resume(Path model, Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("train", "--resume", model.toString(), "--quiet",
                "--out", out.toString()));
        args.addAll(List.of(extra));
        return CommandRun.of(args);
    }

    @Test
    void fourEpochsEqualTwoThenTwoMoreResumedFromTheFile() throws IOException {
        Path unbroken = trained("unbroken", 4);
        Path half = trained("half", 2);
        Path out = dir.resolve("resumed");
        CommandRun r = resume(half, out, "--epochs", "2");
        assertEquals(0, r.exitCode(), r.err());
        // the training doctor may warn (the step schedule has cut the rate to 1e-6 by epoch 4); no other line
        assertEquals(List.of(), r.err().lines().filter(l -> !l.startsWith("warning: ")).toList(),
                "a file with its optimizer state resumes without a note");

        Autoencoder expected = ModelFile.load(unbroken).model();
        ModelFile.Loaded resumed = ModelFile.load(out.resolve("model.npz"));
        for (int i = 0; i < expected.parameters().size(); i++) {
            assertArrayEquals(expected.parameters().get(i).value().data,
                    resumed.model().parameters().get(i).value().data, expected.parameters().get(i).name());
        }
        assertEquals(4, resumed.metadata().history().size(), "the history goes on");
        assertEquals(ModelFile.load(unbroken).trainingState().optimizerSteps(), resumed.trainingState().optimizerSteps());
        assertEquals(lossesOf(unbroken.resolveSibling("history.csv")), lossesOf(out.resolve("history.csv")),
                "every epoch's loss, the two from the file and the two resumed");
    }

    /** Each epoch's train loss, without the seconds. */
    private static List<String> lossesOf(Path historyCsv) throws IOException {
        return Files.readAllLines(historyCsv).stream().skip(1).map(l -> l.split(",")[1]).toList();
    }

    @Test
    void anOptionThatContradictsTheSavedModelIsRefusedAndOneThatAgreesPasses() {
        Path model = trained("saved", 1);
        resume(model, dir.resolve("x"), "--latent", "8", "--layers", "64")
                .assertRefusedInOneLine("--resume trains " + model + " on as it was designed and trained, but"
                        + " --layers 64 (the saved model has Dense(32, ReLU), Dropout(0.1)); --latent 8 (the saved"
                        + " model has 2). Leave those options out, or train a new model without --resume");
        resume(model, dir.resolve("y"), "--optimizer", "sgd").assertRefusedInOneLine("--optimizer sgd (the saved model has adam)");
        resume(model, dir.resolve("z"), "--experiment", "e.json").assertRefusedInOneLine("cannot be used together");

        CommandRun agreeing = resume(model, dir.resolve("ok"), "--layers", "32,dropout0.1", "--latent", "2",
                "--seed", "3", "--dataset", "digits-8x8", "--epochs", "1", "--lr", "0.002");
        assertEquals(0, agreeing.exitCode(), agreeing.err());
    }

    @Test
    void aVersion1FileResumesWithAFreshOptimizerAndSaysSo() throws IOException, URISyntaxException {
        Path v1 = Path.of(getClass().getResource("/formats/v1/dense-model.npz").toURI());
        Path out = dir.resolve("from-v1");
        CommandRun r = resume(v1, out, "--epochs", "1");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("note: " + v1 + " is format version 1, which kept no optimizer state: the optimizer starts afresh"
                + " after epoch 2.", r.err().strip());
        ModelFile.Loaded resumed = ModelFile.load(out.resolve("model.npz"));
        assertEquals(3, resumed.metadata().history().size());
        assertEquals(FormatVersion.CURRENT, resumed.formatVersion(), "written again in the current version");
        assertTrue(resumed.trainingState().optimizerSteps() > 0, "and with its state from now on");
    }

    @Test
    void aDamagedFileToResumeIsNamed() throws IOException {
        Path bad = dir.resolve("bad.npz");
        Files.writeString(bad, "not a zip");
        resume(bad, dir.resolve("x"), "--epochs", "1").assertRefusedInOneLine(bad + " is not a model file");
    }
}
