package workbench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.data.DatasetRegistry;
import workbench.session.MetricsFixture;
import workbench.session.NumpySnippet;

/** The command line as a script uses it: exit codes, one-line errors, and the files of a run. */
class CommandLineTest {
    @TempDir
    Path dir;

    private String out;
    private String err;

    private int run(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = WorkbenchCommand.run(args, new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8), new DatasetRegistry());
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    private void assertOneLineError(String expectedPart) {
        List<String> lines = err.lines().toList();
        assertEquals(1, lines.size(), "exactly one line: " + err);
        assertTrue(lines.get(0).startsWith("error: "), err);
        assertTrue(lines.get(0).contains(expectedPart), err);
        assertFalse(err.contains("\tat "), "no stack trace");
    }

    private Path trainDigits(String outName, String... extra) {
        Path runDir = dir.resolve(outName);
        List<String> args = new java.util.ArrayList<>(List.of("train", "--dataset", "digits-8x8", "--layers", "32",
                "--latent", "2", "--epochs", "2", "--batch", "64", "--seed", "3", "--out", runDir.toString()));
        args.addAll(List.of(extra));
        assertEquals(0, run(args.toArray(String[]::new)), err);
        return runDir;
    }

    @Test
    void trainWritesEveryFileOfARun() throws IOException {
        Path runDir = trainDigits("run");
        for (String f : List.of("model.npz", "experiment.json", "history.csv", "codes.csv", "splits.npz", "metrics.json",
                "loss.png", "latent.png", "reconstructions.png")) {
            assertTrue(Files.size(runDir.resolve(f)) > 0, f);
        }
        JsonNode metrics = new ObjectMapper().readTree(runDir.resolve("metrics.json").toFile());
        // the test errors as the README's NumPy snippet computes them from the saved arrays, in double
        NumpySnippet.Errors snippet = NumpySnippet.errors(runDir.resolve("model.npz"), MetricsFixture.digitsTestSplit());
        JsonNode test = metrics.get("test");
        assertEquals(snippet.bce(), test.get("bce").asDouble(), 1e-6 * snippet.bce(), "test BCE");
        assertEquals(snippet.mse(), test.get("mse").asDouble(), 1e-6 * snippet.mse(), "test MSE");
        assertEquals(snippet.mae(), test.get("mae").asDouble(), 1e-6 * snippet.mae(), "test MAE");
        assertEquals(snippet.bce(), test.get("loss").asDouble(), 1e-6 * snippet.bce(), "test loss: BCE from logits");
        assertTrue(metrics.get("pca_baseline").get("bce").asDouble() > 0);
        assertTrue(metrics.get("pca_baseline").get("mse").asDouble() > 0);
        double knn = metrics.get("knn_accuracy").asDouble();
        assertTrue(knn > 0.1 && knn <= 1, "better than chance on 10 classes: " + knn);
        assertEquals(2, metrics.get("epochs").asInt());
        assertTrue(metrics.get("train_seconds").asDouble() > 0);
        assertTrue(metrics.get("samples_per_second").asDouble() > 0);
        assertEquals(3, Files.readAllLines(runDir.resolve("history.csv")).size(), "header and two epochs");
        assertEquals(360, Files.readAllLines(runDir.resolve("codes.csv")).size(), "header and 359 test codes");
        assertEquals("index,label,z1,z2", Files.readAllLines(runDir.resolve("codes.csv")).get(0));
        BufferedImage loss = ImageIO.read(runDir.resolve("loss.png").toFile());
        assertEquals(1200, loss.getWidth());
        assertTrue(err.contains("epoch   1/2"), "progress on stderr: " + err);
        assertTrue(err.contains("ETA"), err);
    }

    @Test
    void experimentFileRepeatsTheRunExactly() throws IOException {
        Path first = trainDigits("first");
        Path second = dir.resolve("second");
        assertEquals(0, run("train", "--experiment", first.resolve("experiment.json").toString(), "--out",
                second.toString(), "--quiet"), err);
        assertEquals(Files.readString(first.resolve("history.csv")).replaceAll(",[-0-9.Ee]+\\n", "\n"),
                Files.readString(second.resolve("history.csv")).replaceAll(",[-0-9.Ee]+\\n", "\n"), "losses per epoch");
        assertArrayEquals(Files.readAllBytes(first.resolve("codes.csv")), Files.readAllBytes(second.resolve("codes.csv")));
    }

    @Test
    void evaluatePrintsTheTestMetricsNumpyComputedForASavedModel() throws IOException {
        assertEquals(0, run("evaluate", "--model", MetricsFixture.model().toString()), err);
        JsonNode printed = new ObjectMapper().readTree(out).get("test");
        JsonNode numpy = MetricsFixture.numpyTestMetrics();
        // printed to 6 decimals
        for (String key : List.of("bce", "mse", "mae")) {
            assertEquals(numpy.get(key).asDouble(), printed.get(key).asDouble(), 1e-6, key);
        }
        JsonNode pca = new ObjectMapper().readTree(out).get("pca_baseline");
        JsonNode numpyPca = MetricsFixture.numpyPcaBaseline();
        assertEquals(numpyPca.get("components").asInt(), pca.get("components").asInt());
        for (String key : List.of("bce", "mse")) {
            assertEquals(numpyPca.get(key).asDouble(), pca.get(key).asDouble(), 1e-6, "PCA " + key);
        }
    }

    @Test
    void evaluateAndMetricsJsonGiveTheSameTestMetricsInTheSameWords() throws IOException {
        Path runDir = trainDigits("same");
        JsonNode saved = new ObjectMapper().readTree(runDir.resolve("metrics.json").toFile());
        assertEquals(0, run("evaluate", "--model", runDir.resolve("model.npz").toString()), err);
        JsonNode printed = new ObjectMapper().readTree(out);
        assertEquals(saved.get("test"), printed.get("test"));
        // evaluate reads the run's splits.npz: the baseline is fitted on the same training rows
        assertEquals(saved.get("pca_baseline"), printed.get("pca_baseline"));
    }

    @Test
    void contractiveTrainsAndKeepsItsWeightAndAnUnsuitedCodeIsRefused() throws IOException {
        Path runDir = trainDigits("cae", "--variant", "cae", "--code-activation", "sigmoid",
                "--contractive-weight", "0.01");
        JsonNode variant = new ObjectMapper().readTree(runDir.resolve("experiment.json").toFile())
                .get("model").get("variant");
        assertEquals("CONTRACTIVE", variant.get("kind").asText());
        assertEquals(0.01, variant.get("contractiveWeight").asDouble());

        assertEquals(2, run("train", "--dataset", "digits-8x8", "--variant", "contractive", "--code-activation", "elu",
                "--out", dir.resolve("elu").toString()));
        assertOneLineError("closed form for a sigmoid, tanh, ReLU or linear code, not ELU");
        assertFalse(Files.exists(dir.resolve("elu")), "nothing written");
    }

    @Test
    void badOptionValue() {
        assertEquals(2, run("train", "--latent", "abc", "--out", dir.toString()));
        assertOneLineError("--latent");
    }

    @Test
    void missingOut() {
        assertEquals(2, run("train", "--dataset", "iris"));
        assertOneLineError("--out");
    }

    @Test
    void anExistingRunFolderIsRefusedBeforeTrainingAndReplacedWholeWithForce() throws IOException {
        Path first = trainDigits("twice");
        byte[] model = Files.readAllBytes(first.resolve("model.npz"));
        assertEquals(2, run("train", "--dataset", "digits-8x8", "--epochs", "1", "--seed", "2", "--quiet", "--out",
                first.toString()));
        assertOneLineError("already exists: pass --force");
        assertArrayEquals(model, Files.readAllBytes(first.resolve("model.npz")), "untouched");
        assertEquals(0, run("train", "--dataset", "digits-8x8", "--epochs", "1", "--seed", "2", "--quiet", "--out",
                first.toString(), "--force"));
        assertFalse(java.util.Arrays.equals(model, Files.readAllBytes(first.resolve("model.npz"))), "replaced");
        try (var left = Files.list(dir)) {
            assertEquals(List.of(), left.map(p -> p.getFileName().toString())
                    .filter(n -> n.contains(".partial-") || n.contains(".old-")).toList(), "nothing left beside it");
        }
    }

    @Test
    void aDesignWhoseBatchCannotFitTheHeapIsRefusedBeforeTraining() {
        // issue 13, finding 5: 99,999 filters of 8x8 maps in batches of 256 ran out of memory halfway
        assertEquals(2, run("train", "--dataset", "digits-8x8", "--layers", "conv99999k3", "--latent", "0",
                "--epochs", "1", "--out", dir.resolve("huge").toString()));
        assertOneLineError("for its layers' outputs and gradients, more than the");
        assertFalse(Files.exists(dir.resolve("huge")), "nothing written");
    }

    @Test
    void anEmptyOutIsRefusedRatherThanWritingIntoTheWorkingFolder() {
        assertEquals(2, run("train", "--dataset", "digits-8x8", "--epochs", "1", "--out", ""));
        assertOneLineError("--out names no folder");
    }

    @Test
    void unknownDatasetListsTheKnownOnes() {
        assertEquals(2, run("train", "--dataset", "mnits", "--out", dir.resolve("run").toString()));
        assertOneLineError("mnist-10k");
    }

    @Test
    void badLayerSyntax() {
        assertEquals(2, run("train", "--dataset", "iris", "--layers", "16,x", "--out", dir.resolve("run").toString()));
        assertOneLineError("--layers item 2 'x'");
    }

    @Test
    void raggedCsvNamesTheRow() throws IOException {
        Path csv = dir.resolve("ragged.csv");
        Files.writeString(csv, "a,b,class\n1,2,x\n3,4,y\n5,y\n");
        assertEquals(2, run("train", "--dataset", csv.toString(), "--out", dir.resolve("r").toString()));
        assertOneLineError("row 4");
    }

    @Test
    void truncatedIdxIsExplainedAndNothingIsOverwritten() throws IOException {
        Path good = trainDigits("keep");
        byte[] model = Files.readAllBytes(good.resolve("model.npz"));
        Path idx = dir.resolve("broken");
        Files.createDirectories(idx);
        Path source = Path.of("datasets/digits-8x8");
        for (String f : List.of("train-labels-idx1-ubyte.gz", "test-images-idx3-ubyte.gz", "test-labels-idx1-ubyte.gz")) {
            Files.copy(source.resolve(f), idx.resolve(f));
        }
        byte[] images = Files.readAllBytes(source.resolve("train-images-idx3-ubyte.gz"));
        Files.write(idx.resolve("train-images-idx3-ubyte.gz"), java.util.Arrays.copyOf(images, images.length / 2));
        // even asked to replace it, a run that fails to load its data leaves the earlier folder as it was
        assertEquals(2, run("train", "--dataset", idx.toString(), "--out", good.toString(), "--force"));
        assertOneLineError("train-images-idx3-ubyte.gz");
        assertArrayEquals(model, Files.readAllBytes(good.resolve("model.npz")), "the earlier run's model is intact");
    }

    @Test
    void bceOnDataOutsideTheUnitRangeIsRefused() {
        assertEquals(2, run("train", "--dataset", "iris", "--normalization", "z-score", "--loss", "bce", "--out",
                dir.resolve("run").toString()));
        assertOneLineError("BCE needs targets in [0, 1]");
    }

    @Test
    void divergenceExitsWithOneAndSaysWhatToTry() throws IOException {
        Path runDir = dir.resolve("nan");
        int code = run("train", "--dataset", "iris", "--layers", "8", "--latent", "2", "--optimizer", "sgd",
                "--lr", "1e6", "--epochs", "5", "--out", runDir.toString(), "--quiet");
        assertEquals(1, code, err);
        assertTrue(err.contains("Training diverged at epoch "), err);
        assertTrue(err.contains("try 0.0100"), "SGD's usual rate, not a tenth of 1e6: " + err);
        JsonNode metrics = new ObjectMapper().readTree(runDir.resolve("metrics.json").toFile());
        assertEquals("diverged", metrics.get("status").asText());
    }

    @Test
    void corruptModelFileForEvaluate() throws IOException {
        Path bad = dir.resolve("bad.npz");
        Files.writeString(bad, "not a zip");
        assertEquals(2, run("evaluate", "--model", bad.toString()));
        assertOneLineError("bad.npz");
    }

    @Test
    void datasetsListsTheBundledOnes() {
        assertEquals(0, run("datasets"));
        for (String name : List.of("mnist-10k", "fashion-mnist-10k", "digits-8x8", "iris", "wine", "breast-cancer")) {
            assertTrue(out.contains(name), name);
        }
    }
}
