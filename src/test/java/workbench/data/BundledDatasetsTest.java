package workbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The datasets inside a jar, unpacked once into the cache, whole or not at all. */
class BundledDatasetsTest {
    @TempDir
    Path dir;

    /** A jar holding a tiny bundle: the marker README and one table. */
    private Path jar(String table) throws IOException {
        Path jar = dir.resolve("workbench.jar");
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("workbench/Launcher.class"));
            zip.putNextEntry(new ZipEntry("workbench/datasets/README.md"));
            zip.write("bundled".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("workbench/datasets/tables/iris.csv"));
            zip.write(table.getBytes(StandardCharsets.UTF_8));
        }
        return jar;
    }

    @Test
    void theJarsDatasetsAreUnpackedOnceAndFoundAgain() throws IOException {
        Path jar = jar("a,b\n1,2\n");
        Path cache = dir.resolve("cache");
        Path unpacked = BundledDatasets.unpack(jar, cache);
        assertEquals("a,b\n1,2\n", Files.readString(unpacked.resolve("tables/iris.csv")));
        assertEquals("bundled", Files.readString(unpacked.resolve("README.md")));
        FileTime first = Files.getLastModifiedTime(unpacked.resolve("tables/iris.csv"));
        assertEquals(unpacked, BundledDatasets.unpack(jar, cache), "the second start finds the first one's folder");
        assertEquals(first, Files.getLastModifiedTime(unpacked.resolve("tables/iris.csv")), "and does not unpack again");
        try (Stream<Path> left = Files.list(cache)) {
            assertEquals(List.of(unpacked), left.toList(), "no temporary folder is left behind");
        }
    }

    @Test
    void anotherBuildIsUnpackedAfreshBesideTheFirst() throws IOException {
        Path cache = dir.resolve("cache");
        Path old = BundledDatasets.unpack(jar("old\n"), cache);
        Path jar = jar("new, longer\n");
        Path fresh = BundledDatasets.unpack(jar, cache);
        assertTrue(!fresh.equals(old), fresh.toString());
        assertEquals("new, longer\n", Files.readString(fresh.resolve("tables/iris.csv")));
    }

    @Test
    void aFolderLeftHalfWrittenByACrashIsNeverTakenForTheBundle() throws IOException {
        Path jar = jar("a\n");
        Path cache = dir.resolve("cache");
        Files.createDirectories(cache.resolve("unpacking-123").resolve("tables"));
        Path unpacked = BundledDatasets.unpack(jar, cache);
        assertTrue(unpacked.getFileName().toString().startsWith("datasets-"), unpacked.toString());
        assertEquals("a\n", Files.readString(unpacked.resolve("tables/iris.csv")));
    }

    @Test
    void runFromTheBuildsClassFolderTheBundleIsUsedInPlace() {
        Path located = BundledDatasets.locate().orElseThrow();
        assertTrue(Files.isDirectory(located.resolve("digits-8x8")), located.toString());
        assertTrue(located.toString().contains("classes"), "the class folder's copy: " + located);
    }
}
