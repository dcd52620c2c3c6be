package workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.io.ModelFile;

/**
 * A run folder is the complete old one or the complete new one after a SIGKILL at any moment of a
 * run that replaces it (issue 13, finding 2): ten runs with --force into one folder, each killed at
 * another moment of the last quarter of its time, where the folder is written. Between the two renames the folder
 * may be absent with the old one whole beside it, which the next run puts back; that is checked
 * too. Run by {@code mvn -B verify} on the built jar.
 */
class RunFolderKillIT {
    private static final Path JAR = Path.of(System.getProperty("workbench.jar", "target/workbench.jar"));
    private static final List<String> FILES = List.of("codes.csv", "experiment.json", "history.csv", "latent.png",
            "loss.png", "metrics.json", "model.npz", "reconstructions.png", "report.html", "splits.npz");

    @TempDir
    Path dir;

    private Process start(String... extra) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dworkbench.relaunch=false", "-jar", JAR.toAbsolutePath().toString(), "train", "--dataset", "digits-8x8",
                "--epochs", "3", "--quiet", "--out", dir.resolve("run").toString()));
        command.addAll(List.of(extra));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    /** Whether {@code folder} holds a whole run: every file, metrics that parse, a model that opens. */
    private static boolean whole(Path folder) {
        try {
            for (String f : FILES) {
                if (!Files.isRegularFile(folder.resolve(f))) {
                    return false;
                }
            }
            new ObjectMapper().readTree(folder.resolve("metrics.json").toFile());
            ModelFile.load(folder.resolve("model.npz"));
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private List<Path> beside(String part) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(".run" + part)).toList();
        }
    }

    @Test
    void aKillAtAnyMomentOfAReplacingRunLeavesAWholeFolder() throws Exception {
        long t0 = System.nanoTime();
        assertEquals(0, start().waitFor());
        long whole = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(whole(dir.resolve("run")), "the first run is whole");
        List<String> seen = new ArrayList<>();
        byte[] before = Files.readAllBytes(dir.resolve("run").resolve("model.npz"));
        for (int i = 0; i < 10; i++) {
            // over the last quarter of the run's time, where the model is measured and the folder written
            long at = whole * 3 / 4 + i * whole / 40;
            Process p = start("--force");
            Thread.sleep(at);
            boolean finished = !p.isAlive();
            p.destroyForcibly().waitFor();
            Path run = dir.resolve("run");
            if (Files.exists(run)) {
                assertTrue(whole(run), "killed at " + at + " ms: the folder is whole");
                byte[] now = Files.readAllBytes(run.resolve("model.npz"));
                // the model file holds the run's timings, so a new run's differs from the old one's
                seen.add(at + " ms: " + (finished ? "finished first" : Arrays.equals(now, before) ? "old" : "new"));
                before = now;
            } else {
                List<Path> old = beside(".old-");
                assertEquals(1, old.size(), "killed at " + at + " ms between the renames: the old folder is aside");
                assertTrue(whole(old.get(0)), "and whole");
                seen.add(at + " ms: aside");
            }
        }
        // the next run puts back whatever a kill left aside, and ends whole
        assertEquals(0, start("--force").waitFor());
        assertTrue(whole(dir.resolve("run")));
        assertEquals(List.of(), beside(".partial-"), "no partial folder left");
        assertEquals(List.of(), beside(".old-"), "no old folder left");
        System.out.printf(Locale.ROOT, "a whole run took %d ms; after each kill: %s%n", whole, seen);
    }
}
