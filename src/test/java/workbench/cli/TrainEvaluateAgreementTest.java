package workbench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import workbench.io.SplitsFile;

/**
 * {@code train} and a later {@code evaluate} of the model it saved print the same test metrics, to
 * the last digit, because evaluate reads the run's splits.npz and prepares exactly the rows the run
 * trained and was tested on (the PCA baseline and the kNN probe are fitted on the training rows left
 * after the validation carve in both).
 */
class TrainEvaluateAgreementTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
            "wine, 8, 2, ",
            "digits-8x8, 16, 2, ",
            // half the training split validates: the PCA fit (most of this run's time) is on 4,000 rows
            "mnist-10k, 16, 1, --val 0.5",
            // trained on one class: the rows show the filter, and evaluate measures as train did (no kNN probe)
            "breast-cancer, 8, 2, --normal-classes benign",
    })
    void evaluateOfASavedRunPrintsItsMetricsJson(String dataset, String hidden, String epochs, String extra)
            throws IOException {
        Path run = dir.resolve(dataset);
        List<String> args = new ArrayList<>(List.of("train", "--dataset", dataset, "--layers", hidden, "--latent", "2",
                "--epochs", epochs, "--batch", "128", "--seed", "5", "--quiet", "--out", run.toString()));
        if (extra != null) {
            args.addAll(List.of(extra.split(" ")));
        }
        CommandRun trained = CommandRun.of(args);
        assertEquals(0, trained.exitCode(), trained.err());
        CommandRun evaluated = CommandRun.of(List.of("evaluate", "--model", run.resolve("model.npz").toString()));
        assertEquals(0, evaluated.exitCode(), evaluated.err());
        assertFalse(evaluated.err().contains("splits.npz"), "the run's split was used: " + evaluated.err());

        ObjectMapper json = new ObjectMapper();
        JsonNode saved = json.readTree(run.resolve("metrics.json").toFile());
        JsonNode printed = json.readTree(evaluated.out());
        List<String> sections = new ArrayList<>();
        printed.fieldNames().forEachRemaining(sections::add);
        assertTrue(sections.containsAll(List.of("test", "pca_baseline", "knn_accuracy")), sections.toString());
        ObjectNode savedSections = json.createObjectNode();
        for (String s : sections) {
            savedSections.set(s, saved.get(s));
        }
        assertEquals(savedSections, printed, dataset + ": metrics.json\n" + savedSections + "\nevaluate\n" + printed);
    }

    @Test
    void codesCsvNamesTheTestRowsAndAnOlderRunOrAMisfitSplitIsSaidInOneLine() throws IOException {
        Path run = dir.resolve("wine");
        CommandRun trained = CommandRun.of(List.of("train", "--dataset", "wine", "--layers", "8", "--latent", "2",
                "--epochs", "1", "--quiet", "--out", run.toString()));
        assertEquals(0, trained.exitCode(), trained.err());
        Path splits = run.resolve(SplitsFile.FILE_NAME);
        SplitsFile.Rows rows = SplitsFile.read(splits);
        List<String> codes = Files.readAllLines(run.resolve("codes.csv"));
        assertEquals("index,label,z1,z2", codes.get(0));
        assertArrayEquals(rows.test(), codes.stream().skip(1).mapToInt(line -> Integer.parseInt(line.split(",")[0]))
                .toArray(), "codes.csv's index column is the run's test rows, in order");

        SplitsFile.write(splits, new SplitsFile.Rows(rows.train(), rows.validation(),
                Arrays.copyOf(rows.test(), rows.test().length - 1)));
        CommandRun misfit = CommandRun.of(List.of("evaluate", "--model", run.resolve("model.npz").toString()));
        misfit.assertRefusedInOneLine(splits.toAbsolutePath() + " does not fit the dataset: it names 142 training and"
                + " validation rows and 35 test rows, but wine has 142 training rows and 36 test rows");
        assertEquals("", misfit.out(), "no metrics from the wrong rows");

        Files.delete(splits);
        CommandRun older = CommandRun.of(List.of("evaluate", "--model", run.resolve("model.npz").toString()));
        assertEquals(0, older.exitCode(), older.err());
        assertEquals(1, older.err().lines().count(), older.err());
        assertTrue(older.err().startsWith("note: no splits.npz beside model.npz"), older.err());
        assertTrue(new ObjectMapper().readTree(older.out()).has("pca_baseline"), older.out());
    }
}
