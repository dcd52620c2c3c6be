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
 * run's export that replaces it (issue 13, finding 2): eleven runs with --force into one folder, each
 * killed at another point of writing the folder. Between the two renames the folder may be absent
 * with the old one whole beside it, which the next run puts back; that is checked too. Run by
 * {@code mvn -B verify} on the built jar.
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

    /** Files in the first staging folder beside the run, or -1 while there is none. */
    private int staged() throws IOException {
        List<Path> partial = beside(".partial-");
        if (partial.isEmpty()) {
            return -1;
        }
        try (Stream<Path> s = Files.list(partial.get(0))) {
            return (int) s.filter(p -> !p.getFileName().toString().startsWith(".")).count();
        } catch (IOException gone) {
            return -1; // renamed into place while being counted
        }
    }

    /**
     * Eleven kills, each inside the export: ten as the staging folder holds 0, 1, ... 9 of the ten
     * files (a file being written is hidden until renamed), and one as the old folder is renamed
     * aside. Polling may see a point late, never early, so each kill falls in the export or just
     * after it; the record says which point it reached.
     */
    @Test
    void aKillAtAnyMomentOfAReplacingRunsExportLeavesAWholeFolder() throws Exception {
        assertEquals(0, start().waitFor());
        assertTrue(whole(dir.resolve("run")), "the first run is whole");
        List<String> seen = new ArrayList<>();
        byte[] before = Files.readAllBytes(dir.resolve("run").resolve("model.npz"));
        for (int point = 0; point <= FILES.size(); point++) {
            Process p = start("--force");
            String reached = "finished first";
            while (p.isAlive()) {
                int files = staged();
                if (point < FILES.size() && files >= point) {
                    reached = files + " of " + FILES.size() + " files staged";
                    break;
                }
                if (point == FILES.size() && !beside(".old-").isEmpty()) {
                    reached = "old folder aside";
                    break;
                }
                Thread.onSpinWait();
            }
            p.destroyForcibly().waitFor();
            Path run = dir.resolve("run");
            if (Files.exists(run)) {
                assertTrue(whole(run), "killed at " + reached + ": the folder is whole");
                byte[] now = Files.readAllBytes(run.resolve("model.npz"));
                // the model file holds the run's timings, so a new run's differs from the old one's
                seen.add(reached + ": " + (Arrays.equals(now, before) ? "old" : "new"));
                before = now;
            } else {
                List<Path> old = beside(".old-");
                assertEquals(1, old.size(), "killed at " + reached + ", between the renames: the old folder is aside");
                assertTrue(whole(old.get(0)), "and whole");
                seen.add(reached + ": aside");
            }
            // the next write removes what the kill left staged; this run's own must not be mistaken for it
            Path left = beside(".partial-").stream().findFirst().orElse(null);
            if (left != null) {
                assertEquals(0, start("--force").waitFor());
                assertTrue(whole(run));
                assertEquals(List.of(), beside(".partial-"), "the next run removed the staging folder left behind");
                before = Files.readAllBytes(run.resolve("model.npz"));
                seen.add("rerun whole");
            }
        }
        assertEquals(0, start("--force").waitFor());
        assertTrue(whole(dir.resolve("run")));
        assertEquals(List.of(), beside(".partial-"), "no partial folder left");
        assertEquals(List.of(), beside(".old-"), "no old folder left");
        System.out.printf(Locale.ROOT, "after each kill: %s%n", seen);
    }
}
