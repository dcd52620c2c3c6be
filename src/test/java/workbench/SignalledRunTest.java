package workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.io.ModelFile;

/**
 * SIGTERM stops a training run the way a user means it (issue 13, finding 1): the current batch
 * ends, the run folder is written whole with what was trained and marked interrupted, the model in
 * it opens, and the program exits with 143.
 */
class SignalledRunTest {
    @TempDir
    Path dir;

    @Test
    void aTerminatedRunWritesItsFolderMarkedInterruptedAndExits143() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path out = dir.resolve("run");
        Process p = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Dworkbench.relaunch=false", Launcher.class.getName(), "train", "--dataset", "digits-8x8",
                "--epochs", "100000", "--quiet", "--out", out.toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("log").toFile()).start();
        try {
            Thread.sleep(4_000); // some epochs trained
            p.destroy(); // SIGTERM
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "ended");
            assertEquals(143, p.exitValue(), Files.readString(dir.resolve("log")));
            JsonNode m = new ObjectMapper().readTree(out.resolve("metrics.json").toFile());
            assertTrue(m.get("interrupted").asBoolean(), m.toString());
            assertEquals("cancelled", m.get("status").asText());
            assertTrue(m.get("message").asText().startsWith("Interrupted after "), m.get("message").asText());
            assertTrue(m.get("epochs").asInt() >= 1, "the finished epochs are kept");
            ModelFile.load(out.resolve("model.npz")); // opens
            assertTrue(Files.exists(out.resolve("report.html")), "the whole folder");
        } finally {
            p.destroyForcibly();
        }
    }
}
