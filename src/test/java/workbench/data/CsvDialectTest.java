package workbench.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CSV as spreadsheets save it (issue 13, finding 9): semicolon- or tab-separated, with decimal
 * commas, or without a header row, each read as meant and said so, where a semicolon file failed
 * with "'1;2;3;x' is not a number" and a headerless file lost its first row to the header.
 */
class CsvDialectTest {
    @TempDir
    Path dir;

    private TableData load(String name, String text) throws IOException {
        return CsvTableLoader.auto().load(TestData.write(dir.resolve(name), text));
    }

    @Test
    void aSemicolonFileWithDecimalCommasIsReadAsMeantAndSaysSo() throws IOException {
        TableData t = load("eu.csv", "width;height;class\n1,5;2;a\n2,25;3;b\n3;4,75;a\n");
        assertEquals(List.of("width", "height"), t.featureNames());
        assertArrayEquals(new float[] {1.5f, 2, 2.25f, 3, 3, 4.75f}, t.dataset().features().data, 0f);
        assertEquals(List.of("a", "b"), t.dataset().classNames());
        assertEquals("read as semicolon-separated with decimal commas (1,5 read as 1.5)", t.readAs());
    }

    @Test
    void aTabFileIsReadAsTabSeparated() throws IOException {
        TableData t = load("tabs.tsv", "a\tb\tlabel\n1\t2\tx\n3\t4\ty\n");
        assertArrayEquals(new float[] {1, 2, 3, 4}, t.dataset().features().data, 0f);
        assertEquals("read as tab-separated", t.readAs());
    }

    @Test
    void aFileWhoseFirstRowIsNumbersKeepsItAsData() throws IOException {
        TableData t = load("plain.csv", "1,2,3\n4,5,6\n7,8,9\n");
        assertEquals(3, t.dataset().size(), "no row lost to a header");
        assertEquals(List.of("column 1", "column 2", "column 3"), t.featureNames());
        assertTrue(t.readAs().contains("with no header row"), t.readAs());
    }

    @Test
    void aPlainFileSaysNothing() throws IOException {
        assertNull(load("plain.csv", "a,b\n1,2\n3,4\n").readAs());
    }

    @Test
    void aRowWithTheWrongCountNamesTheSeparatorItWasReadWith() throws IOException {
        DataFileException e = org.junit.jupiter.api.Assertions.assertThrows(DataFileException.class,
                () -> load("eu.csv", "a;b;c\n1;2;3\n4;5\n"));
        assertTrue(e.getMessage().contains("read as semicolon-separated"), e.getMessage());
    }
}
