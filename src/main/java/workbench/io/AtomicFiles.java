package workbench.io;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files so that a crash, a full disk or an exception halfway leaves either the old file or
 * the complete new one, never a torn mix: a checkpoint or export that was fine before a failed save
 * is still fine after it.
 */
public final class AtomicFiles {

    /** Like {@link java.util.function.Consumer}, but allowed to throw the IOException that writing may cause. */
    @FunctionalInterface
    public interface IOConsumer<T> {
        void accept(T value) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Runs {@code writer} on a stream to a temporary file beside {@code target}, forces it to disk,
     * then renames it over the target. The temporary file lives in the same folder because a rename
     * is only atomic within one file system. Parent folders are created. The writer may close the
     * stream or not; closing it is ignored so the data can still be forced to disk.
     */
    public static void write(Path target, IOConsumer<OutputStream> writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            throw new IOException("cannot write " + absolute + ": it is a folder; choose a file name");
        }
        Files.createDirectories(folder);
        removeOrphans(folder, absolute.getFileName().toString());
        // named by the writing process, so that a later write can tell one a killed process left behind
        Path temp = folder.resolve("." + absolute.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                writer.accept(new UnclosableStream(out));
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (Throwable failure) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanup) {
                failure.addSuppressed(cleanup);
            }
            if (failure instanceof IOException io && !String.valueOf(io.getMessage()).contains(absolute.toString())) {
                // "No space left on device" alone names no file: say which, and that the old one is intact
                throw new IOException("could not write " + absolute + " (" + io.getMessage() + "); any earlier "
                        + "file of that name is unchanged. Free some space or choose another folder, and try again.", io);
            }
            throw failure;
        }
        syncFolder(folder);
    }

    /**
     * Deletes the temporary files of {@code name} that a process no longer running left in
     * {@code folder} (a save killed halfway); a file another live process is writing stays.
     */
    private static void removeOrphans(Path folder, String name) {
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(folder, "." + name + ".*.tmp")) {
            for (Path temp : temps) {
                String rest = temp.getFileName().toString().substring(name.length() + 2);
                int dash = rest.indexOf('-');
                if (dash <= 0) {
                    continue; // not one of ours
                }
                if (abandoned(rest.substring(0, dash))) {
                    Files.deleteIfExists(temp);
                }
            }
        } catch (IOException | RuntimeException e) {
            // tidying only: the write itself goes on
        }
    }

    /**
     * Whether a temporary file or folder whose name carries {@code pid} was left by a process that
     * no longer runs; false for a live process, and for a name that is not a number (not one of ours).
     */
    static boolean abandoned(String pid) {
        try {
            return !ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException notOurs) {
            return false;
        }
    }

    /** Writes the bytes atomically, as {@link #write(Path, IOConsumer)} does. */
    public static void writeBytes(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /**
     * Makes the rename itself durable. Not possible on every platform (Windows cannot open a
     * folder), and the file is already complete either way, so failure here is ignored.
     */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException ignored) {
            // best effort only
        }
    }

    /** Passes writes through but ignores close, so the caller stays in charge of flushing and syncing. */
    private static final class UnclosableStream extends FilterOutputStream {
        UnclosableStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
