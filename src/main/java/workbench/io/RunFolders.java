package workbench.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Writes a run folder whole or not at all: the files go into a hidden sibling folder
 * ({@code .NAME.partial-*}), which is renamed into place once complete. A run folder that is
 * replaced is first renamed aside ({@code .NAME.old-*}) and removed after the new one is in place;
 * between those two renames the folder is briefly absent, and the next write into it puts the old
 * one back if a crash left it aside. Leftover partial folders of crashed runs are removed by the
 * next write. A lock file ({@code .NAME.lock}) stops two runs writing one folder at once.
 */
public final class RunFolders {
    private static final String PARTIAL = ".partial-";
    private static final String OLD = ".old-";

    private RunFolders() {
    }

    /**
     * Writes {@code dir} with {@code writer}, which fills the (empty) folder it is given.
     *
     * @param replace whether an existing {@code dir} may be replaced; without it, one is refused
     */
    public static void write(Path dir, boolean replace, AtomicFiles.IOConsumer<Path> writer) throws IOException {
        Path target = dir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null) {
            throw new IOException("cannot write a run into " + target + ": choose a folder below it");
        }
        Files.createDirectories(parent);
        String name = target.getFileName().toString();
        try (FileChannel channel = FileChannel.open(parent.resolve("." + name + ".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = tryLock(channel, target)) {
            recover(parent, name, target);
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !replace) {
                // the command line checks this before training, in its own words; here it guards a race
                throw new IOException(target + " already exists and was not to be replaced: choose another folder");
            }
            Path partial = parent.resolve("." + name + PARTIAL + suffix());
            Files.createDirectory(partial);
            try {
                writer.accept(partial);
            } catch (IOException | RuntimeException | Error failure) {
                deleteTree(partial);
                throw failure;
            }
            Path old = null;
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                old = parent.resolve("." + name + OLD + suffix());
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            if (old != null) {
                deleteTree(old);
            }
        }
    }

    private static FileLock tryLock(FileChannel channel, Path target) throws IOException {
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            throw new IOException("another run is writing " + target + " now: wait for it to end, or choose another"
                    + " folder");
        }
        return lock;
    }

    /** Removes what crashed writes left beside {@code target}, putting back a run folder left aside. */
    private static void recover(Path parent, String name, Path target) throws IOException {
        List<Path> partials = new ArrayList<>();
        List<Path> olds = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, "." + name + ".*")) {
            for (Path p : entries) {
                String f = p.getFileName().toString();
                if (f.startsWith("." + name + PARTIAL)) {
                    partials.add(p);
                } else if (f.startsWith("." + name + OLD)) {
                    olds.add(p);
                }
            }
        }
        for (Path p : partials) {
            deleteTree(p);
        }
        olds.sort(Comparator.naturalOrder());
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !olds.isEmpty()) {
            // a crash between the two renames: the old folder is still whole, so it comes back
            Files.move(olds.remove(olds.size() - 1), target, StandardCopyOption.ATOMIC_MOVE);
        }
        for (Path p : olds) {
            deleteTree(p);
        }
    }

    private static String suffix() {
        return Long.toHexString(ProcessHandle.current().pid()) + "-" + Long.toHexString(
                ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
    }

    /** Deletes a folder and everything in it; a symbolic link is removed, not followed. */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isSymbolicLink(root) || !Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(root);
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> all = walk.sorted(Comparator.reverseOrder()).toList();
            for (Path p : all) {
                Files.delete(p);
            }
        }
    }
}
