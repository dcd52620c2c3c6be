package workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A spreadsheet's semicolon CSV trains, and the command line says how it read it, even when quiet. */
class CsvDialectCommandTest {
    @TempDir
    Path dir;

    @Test
    void aSemicolonFileWithDecimalCommasTrainsAndIsToldAbout() throws IOException {
        StringBuilder csv = new StringBuilder("a;b;c;label\n");
        for (int i = 0; i < 40; i++) {
            csv.append(i % 7).append(",5;").append(i % 5).append(';').append(i % 3).append(",25;")
                    .append(i % 2 == 0 ? "x" : "y").append('\n');
        }
        Path data = Files.writeString(dir.resolve("eu.csv"), csv);
        CommandRun r = CommandRun.of(List.of("train", "--dataset", data.toString(), "--epochs", "1", "--quiet",
                "--out", dir.resolve("run").toString()));
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.err().contains("note: eu.csv read as semicolon-separated with decimal commas"), r.err());
    }
}
