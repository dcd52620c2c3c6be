package workbench.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export writes all its files into the chosen folder or none, and replaces a file only when told. */
class ExportFilesTest {
    private static final List<String> NAMES = List.of("a.onnx", "b.onnx");

    @TempDir
    Path dir;

    private static void writeBoth(Path staging, String text) throws IOException {
        Files.writeString(staging.resolve("a.onnx"), text);
        Files.writeString(staging.resolve("b.onnx"), text);
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theFilesLandBesideWhatTheFolderHeldAndNothingElseIsLeft() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "mine");
        ExportFiles.write(dir, NAMES, false, staging -> writeBoth(staging, "new"));
        assertEquals(List.of("a.onnx", "b.onnx", "notes.txt"), listing());
        assertEquals("new", Files.readString(dir.resolve("b.onnx")));
        assertEquals("mine", Files.readString(dir.resolve("notes.txt")));
    }

    @Test
    void aTakenNameIsRefusedWithNothingWrittenUnlessReplacingWasAgreed() throws IOException {
        Files.writeString(dir.resolve("b.onnx"), "old");
        IOException e = assertThrows(IOException.class,
                () -> ExportFiles.write(dir, NAMES, false, staging -> writeBoth(staging, "new")));
        assertTrue(e.getMessage().contains("already holds b.onnx: nothing was written"), e.getMessage());
        assertEquals(List.of("b.onnx"), listing());
        assertEquals("old", Files.readString(dir.resolve("b.onnx")));

        ExportFiles.write(dir, NAMES, true, staging -> writeBoth(staging, "new"));
        assertEquals("new", Files.readString(dir.resolve("b.onnx")));
    }

    @Test
    void aFailingExportLeavesTheFolderAsItWas() throws IOException {
        Files.writeString(dir.resolve("a.onnx"), "old");
        assertThrows(IllegalArgumentException.class, () -> ExportFiles.write(dir, NAMES, true, staging -> {
            Files.writeString(staging.resolve("a.onnx"), "half");
            throw new IllegalArgumentException("layer 3 has no ONNX counterpart");
        }));
        assertEquals(List.of("a.onnx"), listing());
        assertEquals("old", Files.readString(dir.resolve("a.onnx")));
        Path fresh = dir.resolve("fresh");
        assertThrows(IllegalArgumentException.class, () -> ExportFiles.write(fresh, NAMES, false, staging -> {
            throw new IllegalArgumentException("no counterpart");
        }));
        assertFalse(Files.exists(fresh), "a folder made for the export goes with it");
        // a writer that forgets a file is a bug, not a half export
        assertThrows(IllegalStateException.class, () -> ExportFiles.write(dir, NAMES, true,
                staging -> Files.writeString(staging.resolve("a.onnx"), "new")));
        assertEquals("old", Files.readString(dir.resolve("a.onnx")));
    }

    @Test
    void aStagingFolderOfAGoneProcessIsRemovedAndALiveOnesKept() throws IOException {
        Path dead = Files.createDirectory(dir.resolve(".export-" + Long.MAX_VALUE + "-1.partial"));
        Files.writeString(dead.resolve("a.onnx"), "half");
        Path live = Files.createDirectory(dir.resolve(".export-" + ProcessHandle.current().pid() + "-2.partial"));
        ExportFiles.write(dir, NAMES, false, staging -> writeBoth(staging, "new"));
        assertEquals(List.of(live.getFileName().toString(), "a.onnx", "b.onnx"), listing());
    }
}
