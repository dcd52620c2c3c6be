package workbench.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes an export's files into a folder the user chose, which may hold other things: the files
 * are written first into a hidden staging folder inside it, and only when every one is complete are
 * they moved into place, so a failed export (a layer with no counterpart, a full disk) leaves the
 * folder as it was. A file of the same name is never replaced unless the caller says the user
 * agreed (the window asks; the command line wants {@code --force}). A staging folder left by a
 * killed export carries its process id, and the next export into the folder removes it.
 */
public final class ExportFiles {
    private static final String STAGING = ".export-";
    private static final String STAGING_END = ".partial";

    private ExportFiles() {
    }

    /** The files among {@code names} that {@code dir} already holds. */
    public static List<String> clashes(Path dir, List<String> names) {
        List<String> found = new ArrayList<>();
        for (String name : names) {
            if (Files.exists(dir.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
                found.add(name);
            }
        }
        return found;
    }

    /**
     * Writes {@code names} into {@code dir} with {@code writer}, which fills the empty folder it is
     * given with exactly those files.
     *
     * @param replace whether files of the same names may be replaced
     * @throws IOException when a name is taken and may not be replaced (nothing is written then),
     *                     or writing fails (the folder is left as it was)
     */
    public static void write(Path dir, List<String> names, boolean replace, AtomicFiles.IOConsumer<Path> writer)
            throws IOException {
        Path folder = dir.toAbsolutePath().normalize();
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IOException(folder + " is a file, not a folder: choose a folder to export into");
        }
        List<String> taken = clashes(folder, names);
        if (!taken.isEmpty() && !replace) {
            throw new IOException(folder + " already holds " + String.join(", ", taken) + ": nothing was written."
                    + " Choose another folder, or replace them (--force on the command line)");
        }
        boolean made = !Files.exists(folder);
        Files.createDirectories(folder);
        removeAbandoned(folder);
        Path staging = folder.resolve(STAGING + ProcessHandle.current().pid() + "-"
                + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + STAGING_END);
        Files.createDirectory(staging);
        try {
            writer.accept(staging);
            for (String name : names) {
                if (!Files.isRegularFile(staging.resolve(name))) {
                    throw new IllegalStateException("the export did not write " + name);
                }
            }
            for (String name : names) {
                move(staging.resolve(name), folder.resolve(name));
            }
        } catch (IOException | RuntimeException | Error failure) {
            RunFolders.deleteTree(staging);
            if (made) {
                // a folder made for this export goes with it, so a refusal leaves nothing behind
                Files.deleteIfExists(folder);
            }
            throw failure;
        }
        RunFolders.deleteTree(staging);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Removes the staging folders of exports whose process is gone; a live export's stays. */
    private static void removeAbandoned(Path folder) {
        try (DirectoryStream<Path> left = Files.newDirectoryStream(folder, STAGING + "*" + STAGING_END)) {
            for (Path p : left) {
                String name = p.getFileName().toString();
                String rest = name.substring(STAGING.length());
                int dash = rest.indexOf('-');
                if (dash <= 0) {
                    continue;
                }
                if (AtomicFiles.abandoned(rest.substring(0, dash))) {
                    RunFolders.deleteTree(p);
                }
            }
        } catch (IOException | RuntimeException tidyingOnly) {
            // the export itself goes on
        }
    }
}
