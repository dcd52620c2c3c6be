package workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.data.DatasetRegistry;

/**
 * The training doctor on the command line: a run that dies exits 1 and says why, a warning goes to
 * stderr as it is found, and metrics.json lists what was found (an empty list for a healthy run),
 * the report too.
 */
class DoctorCommandTest {
    @TempDir
    Path dir;

    private String err;

    private int run(String... args) {
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = WorkbenchCommand.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8), new DatasetRegistry());
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    private static JsonNode metrics(Path runDir) throws IOException {
        return new ObjectMapper().readTree(runDir.resolve("metrics.json").toFile());
    }

    /** The issue's own command: SGD at 1e9 kills the network in its first batches, before any NaN. */
    @Test
    void aDeadNetworkExitsWithOneNamingTheLayerAndWhatToTry() throws IOException {
        Path runDir = dir.resolve("d");
        int code = run("train", "--dataset", "digits-8x8", "--optimizer", "sgd", "--lr", "1e9", "--loss", "mse",
                "--epochs", "3", "--out", runDir.toString());
        assertEquals(1, code, err);
        assertTrue(err.contains("Dead network at epoch 1"), err);
        assertTrue(err.contains("the output layer (Dense(64, Sigmoid))"), err);
        assertTrue(err.contains("The likely cause is the learning rate"), err);
        assertTrue(err.contains("Try a learning rate of 0.01"), err);
        assertFalse(err.contains("Trained 3 epochs"), err);

        JsonNode m = metrics(runDir);
        assertEquals("dead", m.get("status").asText());
        JsonNode first = m.get("diagnostics").get(0);
        assertEquals("dead_network", first.get("kind").asText());
        assertEquals(1, first.get("epoch").asInt());
        assertTrue(first.get("batch").isNull(), "found at the epoch's end");
        assertEquals("the output layer (Dense(64, Sigmoid))", first.get("layer").asText());
        assertEquals(1e9, first.get("numbers").get("learning_rate").asDouble());
        assertTrue(Files.readString(runDir.resolve("report.html")).contains("Dead network</strong>, epoch 1"));
    }

    @Test
    void aWarningIsPrintedEvenWhenQuietAndRecordedButTheRunSucceeds() throws IOException {
        Path runDir = dir.resolve("sparse");
        // a sparsity weight far too small for the penalty to pull the code to its target in a few epochs
        int code = run("train", "--dataset", "digits-8x8", "--layers", "32", "--latent", "16", "--code-activation",
                "sigmoid", "--variant", "sparse", "--sparsity", "kl", "--sparsity-weight", "1e-6", "--sparsity-target", "0.05",
                "--epochs", "4", "--out", runDir.toString(), "--quiet");
        assertEquals(0, code, err);
        assertTrue(err.startsWith("warning: Sparsity target missed at epoch 3"), err);
        JsonNode d = metrics(runDir).get("diagnostics");
        assertEquals(1, d.size(), d.toString());
        assertEquals("sparsity_target_missed", d.get(0).get("kind").asText());
        assertEquals(0.05, d.get(0).get("numbers").get("target").asDouble(), 1e-12);
    }

    @Test
    void aHealthyRunHasAnEmptyListAndNoWarning() throws IOException {
        Path runDir = dir.resolve("healthy");
        int code = run("train", "--dataset", "digits-8x8", "--layers", "32", "--latent", "16", "--epochs", "3",
                "--out", runDir.toString(), "--quiet");
        assertEquals(0, code, err);
        assertFalse(err.contains("warning"), err);
        JsonNode d = metrics(runDir).get("diagnostics");
        assertTrue(d.isArray() && d.isEmpty(), d.toString());
        String report = Files.readString(runDir.resolve("report.html"));
        assertTrue(report.contains("No problems found"));
        // and every layer's health at the last epoch: 64-32-[16]-32-64 has four weighted layers
        assertTrue(report.contains("<h3>Every layer at epoch 3</h3>"), report);
        String table = report.substring(report.indexOf("class=\"layers-health\""));
        table = table.substring(table.indexOf("<tbody>"), table.indexOf("</table>"));
        assertEquals(4, table.split("<tr><th>", -1).length - 1, table);
        assertTrue(table.contains("<th>encoder layer 1 (Dense(32, ReLU))</th>"), table);
    }
}
