package workbench.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records (RFC 4180: commas, double-quoted fields that may hold commas, quotes
 * written twice and line breaks; {@code \n}, {@code \r\n} or {@code \r} line ends), remembering the
 * line each record starts on. Kept apart from {@link CsvTableLoader} so that the quoting rules and the
 * numeric rules can each be read on their own. Blank lines are dropped here, because a spreadsheet
 * often leaves some at the end and they carry no sample.
 */
final class CsvRecords {

    /** One record: its 1-based line number in the file, and its fields with surrounding spaces removed. */
    record Row(int line, List<String> fields) {
    }

    private final String file;
    private final String text;
    private final char separator;
    private int pos;
    private int line = 1;

    private CsvRecords(String file, String text, char separator) {
        this.file = file;
        this.text = text;
        this.separator = separator;
    }

    /** The non-blank records of comma-separated {@code text}; {@code file} only names the file in error messages. */
    static List<Row> parse(String file, String text) throws DataFileException {
        return parse(file, text, ',');
    }

    /** As {@link #parse(String, String)}, with {@code separator} (',', ';' or a tab) between values. */
    static List<Row> parse(String file, String text, char separator) throws DataFileException {
        CsvRecords parser = new CsvRecords(file, text.startsWith("\uFEFF") ? text.substring(1) : text, separator);
        List<Row> rows = new ArrayList<>();
        while (parser.pos < parser.text.length()) {
            Row row = parser.record();
            boolean blank = row.fields().size() == 1 && row.fields().get(0).isEmpty();
            if (!blank) {
                rows.add(row);
            }
        }
        return rows;
    }

    private Row record() throws DataFileException {
        int startLine = line;
        List<String> fields = new ArrayList<>();
        while (true) {
            fields.add(field(startLine, fields.size() + 1));
            if (pos >= text.length()) {
                break;
            }
            char c = text.charAt(pos);
            if (c == separator) {
                pos++;
                if (pos >= text.length()) {
                    fields.add("");
                    break;
                }
                continue;
            }
            endOfLine();
            break;
        }
        return new Row(startLine, fields);
    }

    /** Consumes a line end at {@code pos}, if there is one. */
    private void endOfLine() {
        char c = text.charAt(pos);
        if (c == '\r') {
            pos++;
            if (pos < text.length() && text.charAt(pos) == '\n') {
                pos++;
            }
            line++;
        } else if (c == '\n') {
            pos++;
            line++;
        }
    }

    private String field(int recordLine, int column) throws DataFileException {
        int start = pos;
        while (pos < text.length() && isBlank(text.charAt(pos))) {
            pos++;
        }
        if (pos < text.length() && text.charAt(pos) == '"') {
            return quoted(recordLine, column);
        }
        pos = start;
        while (pos < text.length() && !isDelimiter(text.charAt(pos))) {
            pos++;
        }
        return text.substring(start, pos).strip();
    }

    private String quoted(int recordLine, int column) throws DataFileException {
        int quoteLine = line;
        pos++;
        StringBuilder value = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw new DataFileException(file + ": row " + quoteLine + ", value " + column
                        + " opens a quote (\") that is never closed. Close the quote, or write a quote "
                        + "inside a quoted value as two quotes (\"\").");
            }
            char c = text.charAt(pos);
            if (c == '"') {
                if (pos + 1 < text.length() && text.charAt(pos + 1) == '"') {
                    value.append('"');
                    pos += 2;
                    continue;
                }
                pos++;
                break;
            }
            if (c == '\n' || (c == '\r' && !(pos + 1 < text.length() && text.charAt(pos + 1) == '\n'))) {
                line++;
            }
            value.append(c);
            pos++;
        }
        while (pos < text.length() && isBlank(text.charAt(pos))) {
            pos++;
        }
        if (pos < text.length() && !isDelimiter(text.charAt(pos))) {
            throw new DataFileException(file + ": row " + recordLine + ", value " + column
                    + " has text after its closing quote. Put the whole value inside the quotes, and "
                    + "write a quote inside a quoted value as two quotes (\"\").");
        }
        return value.toString().strip();
    }

    private boolean isDelimiter(char c) {
        return c == separator || c == '\n' || c == '\r';
    }

    /** A space, or a tab where tabs do not separate values. */
    private boolean isBlank(char c) {
        return c == ' ' || (c == '\t' && separator != '\t');
    }
}
