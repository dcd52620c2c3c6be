package workbench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The window's class-data archive (AppCDS): the classes its start loads, written by the JVM at the
 * end of the first window session and mapped at every later start, which cut the start from
 * 1.98-2.22 s to 1.49-1.63 s here. The archive is named after the jar's path, size and time, so a
 * rebuilt jar gets a new one (the JVM would refuse a stale one anyway) and two installations keep
 * one each; the JVM writes it under a name of its
 * own process, and only a session that ended well puts it in place. CDS logging is off: its lines go
 * to stdout, and a missing or refused archive only means a slower start.
 *
 * @param flags   the JVM flags for the window's JVM
 * @param written where that JVM writes an archive at its exit, or null when it reads one
 * @param archive where the archive lives
 */
record ClassDataArchive(List<String> flags, Path written, Path archive) {
    private static final String PREFIX = "window-";

    /** The flags for a window started from {@code jar}, with its archive kept in {@code cache}. */
    static ClassDataArchive plan(Path jar, Path cache) throws IOException {
        // one archive per installed jar (its path), renewed when that jar changes (its size and time)
        String place = PREFIX + Integer.toHexString(jar.toAbsolutePath().normalize().toString().hashCode()) + "-";
        Path archive = cache.resolve(place + Files.size(jar) + "-" + Files.getLastModifiedTime(jar).toMillis() + ".jsa");
        List<String> flags = new ArrayList<>(List.of("-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        if (Files.isRegularFile(archive)) {
            flags.add("-XX:SharedArchiveFile=" + archive);
            return new ClassDataArchive(flags, null, archive);
        }
        Files.createDirectories(cache);
        Path written = cache.resolve(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        flags.add("-XX:ArchiveClassesAtExit=" + written);
        return new ClassDataArchive(flags, written, archive);
    }

    /** "window-1a2b3c-": the part of the name that says which installed jar an archive is of. */
    private String place() {
        String name = archive.getFileName().toString();
        return name.substring(0, name.indexOf('-', PREFIX.length()) + 1);
    }

    /** After the window's JVM ended: its archive goes into place if it ended well, and older ones go. */
    void ended(int exitCode) {
        if (written == null) {
            return;
        }
        try {
            if (exitCode == 0 && Files.isRegularFile(written)) {
                Files.move(written, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                // the same jar's older archives go; another installation's stay
                try (DirectoryStream<Path> old = Files.newDirectoryStream(archive.getParent(), place() + "*.jsa")) {
                    for (Path p : old) {
                        if (!p.equals(archive)) {
                            Files.deleteIfExists(p);
                        }
                    }
                }
            } else {
                Files.deleteIfExists(written);
            }
        } catch (IOException | RuntimeException e) {
            // a start without the archive is only slower
        }
    }
}
