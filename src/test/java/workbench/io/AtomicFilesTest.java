package workbench.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    private static List<Path> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    @Test
    void writesNewFileCreatingFolders(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("a/b/out.txt");
        AtomicFiles.write(target, out -> out.write("hello".getBytes(StandardCharsets.UTF_8)));
        assertEquals("hello", Files.readString(target));
        assertEquals(List.of(target), listing(target.getParent()));
    }

    @Test
    void replacesExistingFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("out.bin");
        Files.write(target, new byte[1000]);
        AtomicFiles.writeBytes(target, new byte[] {1, 2, 3});
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(target));
    }

    @Test
    void writerThatFailsHalfwayLeavesOldFileUntouched(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("checkpoint.bin");
        byte[] old = new byte[100_000];
        for (int i = 0; i < old.length; i++) {
            old[i] = (byte) (i * 31);
        }
        Files.write(target, old);
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write(new byte[200_000]); // more than the buffer, so some really reaches the temp file
            throw new IOException("disk full (simulated)");
        }));
        // issue 13, finding 2: "No space left on device" named no file; the message names it and what to do
        assertEquals("could not write " + target.toAbsolutePath() + " (disk full (simulated)); any earlier file of that"
                + " name is unchanged. Free some space or choose another folder, and try again.", e.getMessage());
        assertArrayEquals(old, Files.readAllBytes(target));
        assertEquals(List.of(target), listing(dir), "the temporary file must be deleted");

        assertThrows(IllegalStateException.class, () -> AtomicFiles.write(target, out -> {
            out.write(1);
            throw new IllegalStateException("bug in writer");
        }));
        assertArrayEquals(old, Files.readAllBytes(target));
        assertEquals(List.of(target), listing(dir));
    }

    @Test
    void writerThatFailsLeavesNoFileWhenThereWasNone(@TempDir Path dir) {
        Path target = dir.resolve("new.bin");
        assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            throw new IOException("nope");
        }));
        assertFalse(Files.exists(target));
    }

    @Test
    void writerMayCloseTheStream(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("closed.txt");
        AtomicFiles.write(target, out -> {
            out.write('x');
            out.close();
        });
        assertEquals("x", Files.readString(target));
    }

    @Test
    void refusesToReplaceAFolder(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectory(dir.resolve("folder"));
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.writeBytes(folder, new byte[1]));
        assertTrue(e.getMessage().contains("is a folder"), e.getMessage());
        assertTrue(Files.isDirectory(folder));
    }

    @Test
    void aTemporaryFileAKilledProcessLeftIsRemovedByTheNextWrite(@TempDir Path dir) throws IOException, InterruptedException {
        // issue 13, finding 2: a save killed halfway left ".model.npz.<hex>.tmp" for good
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path left = Files.writeString(dir.resolve(".model.npz." + gone.pid() + "-1f.tmp"), "half");
        Path live = Files.writeString(dir.resolve(".model.npz." + ProcessHandle.current().pid() + "-2e.tmp"), "busy");
        AtomicFiles.writeBytes(dir.resolve("model.npz"), new byte[] {1});
        assertFalse(Files.exists(left), "the dead process's half-written file is gone");
        assertTrue(Files.exists(live), "a live process's write in progress is left alone");
    }
}
