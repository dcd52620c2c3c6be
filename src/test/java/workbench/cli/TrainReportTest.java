package workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** {@code train --out} leaves a report beside the other files, ready to share. */
class TrainReportTest {
    @TempDir
    Path dir;

    @Test
    void runFolderHoldsTheReport() throws IOException {
        Path runDir = dir.resolve("run");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = WorkbenchCommand.run(new String[] {"train", "--dataset", "digits-8x8", "--layers", "32",
            "--latent", "2", "--epochs", "2", "--batch", "64", "--seed", "3", "--quiet", "--out", runDir.toString()},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new DatasetRegistry());
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        String html = Files.readString(runDir.resolve("report.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("<h1>Autoencoder on digits-8x8</h1>"), "titled by the dataset");
        assertTrue(html.contains("<th>Architecture</th><td>64-32-[2]-32-64</td>"));
        assertTrue(html.contains("<svg ") && html.contains("data:image/png;base64,"), "figures embedded");
        JsonNode metrics = new ObjectMapper().readTree(runDir.resolve("metrics.json").toFile());
        assertTrue(html.contains("<data value=\"" + metrics.get("test").get("bce").asDouble() + "\">"),
                "the test BCE of metrics.json");
    }
}
