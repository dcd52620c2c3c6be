package workbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The RFC 4180 rules of {@link CsvRecords}, at the ends of the text where off-by-one slips hide. */
class CsvRecordsTest {

    private static List<CsvRecords.Row> parse(String text) throws DataFileException {
        return CsvRecords.parse("t.csv", text);
    }

    private static void assertRow(CsvRecords.Row row, int line, String... fields) {
        assertEquals(line, row.line(), "line of " + row);
        assertEquals(List.of(fields), row.fields());
    }

    @Test
    void lastRecordWithoutLineEndKeepsEveryField() throws DataFileException {
        List<CsvRecords.Row> rows = parse("a,b\nc,d");
        assertEquals(2, rows.size());
        assertRow(rows.get(0), 1, "a", "b");
        assertRow(rows.get(1), 2, "c", "d");
    }

    @Test
    void trailingCommaAtTheEndOfTheTextIsAnEmptyLastField() throws DataFileException {
        List<CsvRecords.Row> rows = parse("a,b,");
        assertEquals(1, rows.size());
        assertRow(rows.get(0), 1, "a", "b", "");
    }

    @Test
    void everyLineEndStyleCountsOneLine() throws DataFileException {
        List<CsvRecords.Row> rows = parse("a\r\nb\rc\nd\r");
        assertEquals(4, rows.size());
        assertRow(rows.get(0), 1, "a");
        assertRow(rows.get(1), 2, "b");
        assertRow(rows.get(2), 3, "c");
        assertRow(rows.get(3), 4, "d");
    }

    @Test
    void blankLinesAreDroppedButStillCounted() throws DataFileException {
        List<CsvRecords.Row> rows = parse("a\n\n\nb\n\n");
        assertEquals(2, rows.size());
        assertRow(rows.get(0), 1, "a");
        assertRow(rows.get(1), 4, "b");
    }

    @Test
    void quotedFieldsMayEndTheTextAndHoldDoubledQuotes() throws DataFileException {
        assertRow(parse("\"abc\"").get(0), 1, "abc");
        assertRow(parse("x,\"say \"\"hi\"\"\"").get(0), 1, "x", "say \"hi\"");
        assertRow(parse("\"\"\"\"").get(0), 1, "\"");
    }

    @Test
    void spacesAndTabsAroundQuotedFieldsAreIgnored() throws DataFileException {
        assertRow(parse("  \"a, b\" \t,\t\"c\"  \nd").get(0), 1, "a, b", "c");
        assertRow(parse(" x , y ").get(0), 1, "x", "y");
    }

    @Test
    void lineBreaksInsideQuotesCountForTheRowsThatFollow() throws DataFileException {
        List<CsvRecords.Row> lf = parse("\"x\ny\",z\nw");
        assertRow(lf.get(0), 1, "x\ny", "z");
        assertRow(lf.get(1), 3, "w");
        // \r\n inside a quote is one line break, a lone \r is one too
        assertRow(parse("\"x\r\ny\"\nw").get(1), 3, "w");
        assertRow(parse("\"x\ry\"\nw").get(1), 3, "w");
        assertRow(parse("\"x\r\n\r\ny\"\nw").get(1), 4, "w");
    }

    @Test
    void byteOrderMarkIsNotPartOfTheFirstField() throws DataFileException {
        assertRow(parse("\uFEFFa,b").get(0), 1, "a", "b");
    }

    @Test
    void textAfterAClosingQuoteNamesRowAndValue() {
        DataFileException e = assertThrows(DataFileException.class, () -> parse("h\nx,\"a\"b"));
        assertTrue(e.getMessage().contains("row 2, value 2 has text after its closing quote"), e.getMessage());
    }

    @Test
    void unclosedQuoteNamesTheRowWhereItOpened() {
        DataFileException e = assertThrows(DataFileException.class, () -> parse("h\n\"open\n\nmore"));
        assertTrue(e.getMessage().contains("row 2, value 1 opens a quote"), e.getMessage());
    }

    /**
     * The parser reads through a buffer it refills: a reader that hands out one character at a time
     * puts a refill between every two characters, so a quote written twice, a \r\n or a closing
     * quote split across a refill must still read as from the whole text.
     */
    @Test
    void aReaderGivingOneCharacterAtATimeReadsAsTheWholeText() throws Exception {
        String text = "\uFEFFa, \"b\"\"c\"\r\n\"x\r\ny\" ,z\r\r\n\t\"q\"\t,\n\n1,2,";
        CsvRecords trickle = new CsvRecords("t.csv", new Reader() {
            private int at;

            @Override
            public int read(char[] into, int offset, int length) {
                if (at == text.length()) {
                    return -1;
                }
                into[offset] = text.charAt(at++);
                return 1;
            }

            @Override
            public void close() {
            }
        }, ',');
        List<CsvRecords.Row> rows = new ArrayList<>();
        for (CsvRecords.Row row = trickle.next(); row != null; row = trickle.next()) {
            rows.add(row);
        }
        assertEquals(parse(text), rows);
        assertRow(rows.get(0), 1, "a", "b\"c");
        assertRow(rows.get(1), 2, "x\r\ny", "z");
        assertRow(rows.get(2), 5, "q", "");
        assertRow(rows.get(3), 7, "1", "2", "");
    }
}
