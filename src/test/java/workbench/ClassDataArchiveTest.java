package workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's class archive is written by a first session that ends well, and read by the later ones. */
class ClassDataArchiveTest {
    @TempDir
    Path dir;

    private List<String> cache(Path cache) throws IOException {
        try (Stream<Path> s = Files.list(cache)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aFirstSessionWritesItsArchiveAndTheNextReadsIt() throws IOException {
        Path jar = Files.writeString(dir.resolve("workbench.jar"), "a jar");
        Path cache = dir.resolve("cache");
        ClassDataArchive first = ClassDataArchive.plan(jar, cache);
        assertTrue(first.flags().containsAll(List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off")), "CDS says nothing");
        assertTrue(first.flags().contains("-XX:ArchiveClassesAtExit=" + first.written()), first.flags().toString());
        String name = first.archive().getFileName().toString();
        String older = name.substring(0, name.indexOf('-', "window-".length()) + 1) + "1-2.jsa";
        Files.writeString(cache.resolve(older), "this jar's archive before it was rebuilt");
        Files.writeString(cache.resolve("window-0-1-2.jsa"), "another installation's archive");
        Files.writeString(first.written(), "classes");   // what the JVM writes at its exit
        first.ended(0);
        assertEquals(Stream.of(name, "window-0-1-2.jsa").sorted().toList(), cache(cache),
                "in place; the same jar's old one gone, the other kept");

        ClassDataArchive next = ClassDataArchive.plan(jar, cache);
        assertNull(next.written());
        assertTrue(next.flags().contains("-XX:SharedArchiveFile=" + first.archive()), next.flags().toString());
    }

    @Test
    void aSessionThatEndsBadlyLeavesNoArchive() throws IOException {
        Path jar = Files.writeString(dir.resolve("workbench.jar"), "a jar");
        Path cache = dir.resolve("cache");
        ClassDataArchive first = ClassDataArchive.plan(jar, cache);
        Files.writeString(first.written(), "half");
        first.ended(143);
        assertEquals(List.of(), cache(cache));
        assertFalse(ClassDataArchive.plan(jar, cache).flags().stream().anyMatch(f -> f.startsWith("-XX:SharedArchiveFile")));
    }
}
