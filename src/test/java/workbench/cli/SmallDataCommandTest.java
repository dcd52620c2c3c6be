package workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A handful of labelled rows trains and writes its whole run folder (issue 13, finding 7): six
 * rows used to train and then die with "k = 5 neighbours asked for, but there are 2 labelled
 * training rows", one row with "PCA needs at least 2 samples", nothing written. The k-NN probe's k
 * shrinks to the rows there are, a PCA baseline that cannot be fitted is left out, and
 * metrics.json says both.
 */
class SmallDataCommandTest {
    private static final List<String> RUN_FILES = List.of("codes.csv", "experiment.json", "history.csv",
            "latent.png", "loss.png", "metrics.json", "model.npz", "reconstructions.png", "report.html", "splits.npz");

    @TempDir
    Path dir;

    private JsonNode train(int rows) throws IOException {
        StringBuilder csv = new StringBuilder("a,b,c,label\n");
        for (int i = 1; i <= rows; i++) {
            csv.append(i).append(',').append(i + 1).append(',').append(i + 2).append(',').append(i % 2 == 0 ? "y" : "x")
                    .append('\n');
        }
        Path data = dir.resolve(rows + ".csv");
        Files.writeString(data, csv);
        Path out = dir.resolve("run" + rows);
        CommandRun r = CommandRun.of(List.of("train", "--dataset", data.toString(), "--epochs", "2", "--quiet",
                "--out", out.toString()));
        assertEquals(0, r.exitCode(), r.err());
        for (String file : RUN_FILES) {
            assertTrue(Files.size(out.resolve(file)) > 0, rows + " rows: " + file);
        }
        return new ObjectMapper().readTree(out.resolve("metrics.json").toFile());
    }

    @Test
    void sixRowsAreMeasuredWithTheNeighboursThereAre() throws IOException {
        JsonNode m = train(6);
        int k = m.get("knn_neighbours").asInt();
        assertTrue(k >= 1 && k < 5, "k shrank to the labelled training rows: " + k);
        assertTrue(m.get("knn_accuracy").isNumber(), m.toString());
        assertTrue(m.get("pca_baseline").get("components").asInt() > 0);
    }

    @Test
    void oneRowTrainsWithoutABaselineAndSaysWhy() throws IOException {
        JsonNode m = train(1);
        assertEquals(0, m.get("pca_baseline").get("components").asInt());
        assertTrue(m.get("pca_baseline").get("note").asText().contains("at least 2 training rows"), m.toString());
        assertTrue(m.get("knn_accuracy").isNull(), "no test row to score");
        assertEquals(0, m.get("knn_neighbours").asInt());
        assertTrue(m.get("diagnostics").isEmpty(), "one row is too few to call a unit dead: " + m.get("diagnostics"));
    }
}
