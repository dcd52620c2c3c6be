package workbench.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The datasets that travel inside the program, so that it finds them wherever it is started from.
 * The build puts the {@code datasets} folder into the jar under {@value #RESOURCE_ROOT}; run from a
 * jar, they are unpacked once into the user's cache, into a folder named after the jar's size and
 * date (a new build unpacks afresh), written under a temporary name and renamed when whole, so a
 * crash or a second copy of the program starting at the same moment never leaves half a folder in
 * use. Run from the build's class folder, that folder is used as it is.
 */
public final class BundledDatasets {
    /** Where the build puts the datasets among the program's resources. */
    static final String RESOURCE_ROOT = "/workbench/datasets";
    /** A file every bundle has, by which the resource folder is found. */
    private static final String MARKER = "README.md";
    private static final String CACHE_FOLDER = "autoencoder-workbench";

    private BundledDatasets() {
    }

    /** The program's own datasets folder, unpacked if it must be; empty when the program carries none. */
    public static Optional<Path> locate() {
        URL marker = BundledDatasets.class.getResource(RESOURCE_ROOT + "/" + MARKER);
        if (marker == null) {
            return Optional.empty();
        }
        try {
            URI uri = marker.toURI();
            if (uri.getScheme().equals("file")) {
                return Optional.of(Path.of(uri).getParent());
            }
            if (uri.getScheme().equals("jar")) {
                String spec = uri.getRawSchemeSpecificPart();
                Path jar = Path.of(new URI(spec.substring(0, spec.indexOf("!/"))));
                return Optional.of(unpack(jar, cacheRoot()));
            }
        } catch (URISyntaxException | IOException | UncheckedIOException e) {
            // A cache that cannot be written leaves the other ways of finding datasets.
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * The datasets of {@code jar} unpacked under {@code cacheRoot}: the folder of an earlier call
     * when it is there and whole, otherwise a fresh one.
     */
    static Path unpack(Path jar, Path cacheRoot) throws IOException {
        String key = Files.size(jar) + "-" + Files.getLastModifiedTime(jar).toMillis();
        Path target = cacheRoot.resolve("datasets-" + key);
        if (Files.isDirectory(target)) {
            return target;
        }
        Files.createDirectories(cacheRoot);
        Path partial = Files.createTempDirectory(cacheRoot, "unpacking-");
        try (FileSystem zip = FileSystems.newFileSystem(jar, Map.of())) {
            Path root = zip.getPath(RESOURCE_ROOT);
            try (Stream<Path> files = Files.walk(root)) {
                for (Path from : files.toList()) {
                    Path to = partial.resolve(root.relativize(from).toString());
                    if (Files.isDirectory(from)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target);
            }
        } catch (FileAlreadyExistsException e) {
            // another copy of the program unpacked the same bundle first: use its folder
        } catch (IOException e) {
            if (!Files.isDirectory(target)) {
                throw e;
            }
        } finally {
            deleteTree(partial);
        }
        return target;
    }

    /**
     * The folder this program keeps its caches in (the unpacked datasets, the window's class
     * archive), under the user's cache folder as each system names it.
     */
    public static Path cacheRoot() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        String local = System.getenv("LOCALAPPDATA");
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = os.contains("win") && local != null ? Path.of(local)
                : os.contains("mac") ? home.resolve("Library").resolve("Caches")
                : xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".cache");
        return base.resolve(CACHE_FOLDER);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            List<Path> deepestFirst = paths.sorted(Comparator.reverseOrder()).toList();
            for (Path p : deepestFirst) {
                Files.deleteIfExists(p);
            }
        }
    }
}
