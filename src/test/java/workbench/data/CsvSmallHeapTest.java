package workbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CSV loader streams (issue 13, finding 5): it held every cell as a String, about 65 bytes a
 * value, so a 200 MB table took 5.7 GB. Here a 20 MB table of 2.6 million values (10 MB as floats)
 * is loaded in a JVM of 64 MB heap, which the old loader could not do (the text alone was 20 MB and
 * its cells some 170 MB); and in a 16 MB heap it is refused before reading, with the estimate.
 */
class CsvSmallHeapTest {
    private static final int COLUMNS = 100;
    private static final int ROWS = 26_000;

    @TempDir
    static Path dir;
    private static Path table;

    @BeforeAll
    static void writeTable() throws IOException {
        table = dir.resolve("wide.csv");
        SplittableRandom random = new SplittableRandom(7);
        try (BufferedWriter w = Files.newBufferedWriter(table, StandardCharsets.UTF_8)) {
            for (int c = 0; c < COLUMNS; c++) {
                w.write("f" + c + ",");
            }
            w.write("label\n");
            for (int r = 0; r < ROWS; r++) {
                for (int c = 0; c < COLUMNS; c++) {
                    w.write(String.format(Locale.ROOT, "%.4f,", random.nextDouble()));
                }
                w.write("c" + (r % 3) + "\n");
            }
        }
    }

    @Test
    void aTwentyMegabyteTableLoadsInSixtyFourMegabytesOfHeap() throws Exception {
        String said = load("-Xmx64m");
        assertTrue(said.startsWith("loaded " + ROWS + " rows of " + COLUMNS + " features, 3 classes"), said);
    }

    @Test
    void aTableTheHeapCannotHoldIsRefusedBeforeItIsRead() throws Exception {
        String said = load("-Xmx16m");
        assertTrue(said.startsWith("refused: " + table + " (about "), said);
        assertTrue(said.contains("rows of " + COLUMNS + " values) would take about") && said.contains("-Xmx"), said);
    }

    private static String load(String heap) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, heap, "-cp", System.getProperty("java.class.path"),
                Probe.class.getName(), table.toString())).redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), said);
        assertEquals(0, p.exitValue(), said);
        return said;
    }

    /** Loads the table in the small JVM and says what it got, or the loader's refusal. */
    public static final class Probe {
        public static void main(String[] args) {
            try {
                TableData d = CsvTableLoader.auto().load(Path.of(args[0]));
                System.out.println("loaded " + d.dataset().size() + " rows of " + d.featureNames().size()
                        + " features, " + d.dataset().classNames().size() + " classes");
            } catch (DataFileException e) {
                System.out.println("refused: " + e.getMessage());
            }
        }
    }
}
