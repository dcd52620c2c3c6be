package workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar as a user gets it ({@code mvn -B verify} builds it first): JavaFX for the three systems
 * inside, the datasets inside, and it works when copied to a folder of its own and started there
 * with a home that has never seen it.
 */
class PackagedJarIT {
    private static final Path JAR = Path.of(System.getProperty("workbench.jar", "target/workbench.jar"));

    @TempDir
    Path dir;

    private static Set<String> entries() throws IOException {
        try (ZipFile zip = new ZipFile(JAR.toFile())) {
            return zip.stream().map(ZipEntry::getName).collect(Collectors.toSet());
        }
    }

    @Test
    void itCarriesJavaFxForWindowsMacOsAndLinuxAndTheDatasets() throws IOException {
        Set<String> names = entries();
        for (String lib : List.of("glass.dll", "prism_d3d.dll", "libglass.dylib", "libprism_es2.dylib",
                "libglass.so", "libprism_es2.so", "libglassgtk3.so")) {
            assertTrue(names.contains(lib), "the jar holds " + lib);
        }
        for (String type : List.of("com/sun/glass/ui/win/WinApplication.class",
                "com/sun/glass/ui/mac/MacApplication.class", "com/sun/glass/ui/gtk/GtkApplication.class")) {
            assertTrue(names.contains(type), "the jar holds " + type);
        }
        assertTrue(names.contains("workbench/datasets/mnist-10k/train-images-idx3-ubyte.gz")
                || names.stream().anyMatch(n -> n.startsWith("workbench/datasets/mnist-10k/")), "the datasets");
        assertTrue(!names.contains("module-info.class"), "no module descriptor at the root of a class-path jar");
    }

    private String run(Path folder, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Duser.home=" + folder.resolve("home"), "-jar", folder.resolve("workbench.jar").toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), String.join(" ", args) + ":\n" + out);
        return out;
    }

    /** Issue 13, finding 1: SIGTERM and SIGKILL of the PID the shell shows stop the relaunched JVM too. */
    @Test
    void killingTheProcessTheShellShowsStopsTheTraining() throws IOException, InterruptedException {
        for (boolean forcibly : new boolean[] {false, true}) {
            List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                    JAR.toAbsolutePath().toString(), "train", "--dataset", "digits-8x8", "--epochs", "100000", "--quiet",
                    "--out", dir.resolve("run-" + forcibly).toString());
            Process shown = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("log-" + forcibly).toFile()).start();
            Thread.sleep(4_000);
            List<ProcessHandle> children = shown.descendants().toList();
            assertTrue(!children.isEmpty(), "java -jar relaunched itself");
            if (forcibly) {
                shown.destroyForcibly();
            } else {
                shown.destroy();
            }
            shown.waitFor();
            for (ProcessHandle child : children) {
                // a bound for a loaded machine; the child looks for its parent every 200 ms
                child.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).exceptionally(e -> null).join();
                assertTrue(!child.isAlive(), (forcibly ? "SIGKILL" : "SIGTERM") + " left the training running");
            }
        }
    }

    @Test
    void copiedToAFolderOfItsOwnItFindsItsDatasetsAndTrains() throws IOException, InterruptedException {
        Files.copy(JAR, dir.resolve("workbench.jar"));
        String listing = run(dir, "datasets");
        assertTrue(listing.contains("mnist-10k") && listing.contains("bundled"), listing);
        run(dir, "train", "--dataset", "digits-8x8", "--epochs", "1", "--quiet", "--out", "run");
        assertTrue(Files.isRegularFile(dir.resolve("run").resolve("model.npz")), "the run folder is written");
    }
}
