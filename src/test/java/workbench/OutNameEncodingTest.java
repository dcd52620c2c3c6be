package workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under LANG=C a folder name with an accent was written as "out ??" without a word (issue 13,
 * finding 8); it is refused, saying why and what to do.
 */
class OutNameEncodingTest {
    @TempDir
    Path dir;

    @Test
    void aNameTheSystemsFileNamesCannotHoldIsRefused() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Dworkbench.relaunch=false", Launcher.class.getName(), "train", "--dataset", "digits-8x8",
                "--epochs", "1", "--quiet", "--out", "out \u00fc"))
                .directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("LANG", "C");
        pb.environment().put("LC_ALL", "C");
        Process p = pb.start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(2, p.exitValue(), said);
        assertTrue(said.contains("has characters this system's file names cannot hold"), said);
        try (var left = Files.list(dir)) {
            assertEquals(0, left.count(), "nothing written");
        }
    }
}
