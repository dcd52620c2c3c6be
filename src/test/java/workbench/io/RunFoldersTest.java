package workbench.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run folder is whole or untouched (issue 13, finding 2): a write that fails halfway leaves the
 * earlier folder as it was and nothing beside it, what a crash left is cleaned up or put back by
 * the next write, and two writes into one folder at once are refused.
 */
class RunFoldersTest {
    @TempDir
    Path dir;

    private List<String> beside() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".lock")).sorted().toList();
        }
    }

    private static void twoFiles(Path folder, String content) throws IOException {
        Files.writeString(folder.resolve("model.npz"), content);
        Files.writeString(folder.resolve("metrics.json"), content);
    }

    @Test
    void aWriteThatFailsHalfwayLeavesTheEarlierFolderAsItWas() throws IOException {
        Path run = dir.resolve("run");
        RunFolders.write(run, false, f -> twoFiles(f, "old"));
        IOException e = assertThrows(IOException.class, () -> RunFolders.write(run, true, f -> {
            Files.writeString(f.resolve("model.npz"), "new");
            throw new IOException("No space left on device");
        }));
        assertEquals("No space left on device", e.getMessage());
        assertEquals("old", Files.readString(run.resolve("model.npz")));
        assertEquals("old", Files.readString(run.resolve("metrics.json")), "not a mix of the two runs");
        assertEquals(List.of("run"), beside(), "no partial folder left");
    }

    @Test
    void aReplacedFolderHoldsOnlyTheNewRunsFiles() throws IOException {
        Path run = dir.resolve("run");
        RunFolders.write(run, false, f -> {
            twoFiles(f, "old");
            Files.writeString(f.resolve("report.html"), "old");
        });
        RunFolders.write(run, true, f -> twoFiles(f, "new"));
        assertEquals("new", Files.readString(run.resolve("metrics.json")));
        assertFalse(Files.exists(run.resolve("report.html")), "no old report beside the new metrics");
        assertEquals(List.of("run"), beside());
        assertThrows(IOException.class, () -> RunFolders.write(run, false, f -> twoFiles(f, "x")),
                "an existing folder is replaced only when asked");
    }

    @Test
    void whatACrashLeftIsCleanedUpOrPutBack() throws IOException {
        Path run = dir.resolve("run");
        // a crash while writing: a partial folder; a crash between the two renames: the old folder aside
        Files.createDirectories(dir.resolve(".run.partial-1-2"));
        Path aside = Files.createDirectories(dir.resolve(".run.old-1-3"));
        twoFiles(aside, "old");
        // the old folder comes back first, so a write that does not replace is refused and nothing is lost
        assertThrows(IOException.class, () -> RunFolders.write(run, false, f -> twoFiles(f, "never")));
        assertEquals(List.of("run"), beside());
        assertEquals("old", Files.readString(run.resolve("model.npz")));
    }

    @Test
    void twoWritesIntoOneFolderAtOnceAreRefused() throws IOException {
        Path run = dir.resolve("run");
        try (FileChannel c = FileChannel.open(dir.resolve(".run.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock held = c.lock()) {
            IOException e = assertThrows(IOException.class, () -> RunFolders.write(run, true, f -> twoFiles(f, "x")));
            assertTrue(e.getMessage().contains("another run is writing"), e.getMessage());
        }
        assertFalse(Files.exists(run));
    }
}
