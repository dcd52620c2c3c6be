package workbench.data;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records (RFC 4180: commas, double-quoted fields that may hold commas, quotes
 * written twice and line breaks; {@code \n}, {@code \r\n} or {@code \r} line ends), remembering the
 * line each record starts on. Kept apart from {@link CsvTableLoader} so that the quoting rules and the
 * numeric rules can each be read on their own. Blank lines are dropped here, because a spreadsheet
 * often leaves some at the end and they carry no sample.
 *
 * <p>Records are read one at a time from a {@link Reader}, so a table of hundreds of megabytes is never
 * held as text: only the current record's fields are.
 */
final class CsvRecords {

    /** One record: its 1-based line number in the file, and its fields with surrounding spaces removed. */
    record Row(int line, List<String> fields) {
    }

    private static final int EOF = -1;
    private static final int BUFFER = 1 << 16;

    private final String file;
    private final Reader in;
    private final char separator;
    private final char[] buffer = new char[BUFFER];
    private int pos;
    private int end;
    private int line = 1;
    private boolean started;
    private final StringBuilder cell = new StringBuilder();

    /**
     * @param file      names the file in error messages
     * @param separator ',', ';' or a tab between values
     */
    CsvRecords(String file, Reader in, char separator) {
        this.file = file;
        this.in = in;
        this.separator = separator;
    }

    /** The non-blank records of comma-separated {@code text}; {@code file} only names the file in error messages. */
    static List<Row> parse(String file, String text) throws DataFileException {
        return parse(file, text, ',');
    }

    /** As {@link #parse(String, String)}, with {@code separator} (',', ';' or a tab) between values. */
    static List<Row> parse(String file, String text, char separator) throws DataFileException {
        CsvRecords parser = new CsvRecords(file, new StringReader(text), separator);
        List<Row> rows = new ArrayList<>();
        try {
            for (Row row = parser.next(); row != null; row = parser.next()) {
                rows.add(row);
            }
        } catch (DataFileException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("a string reader does not fail", e);
        }
        return rows;
    }

    /** The next non-blank record, or null at the end of the text. */
    Row next() throws IOException, DataFileException {
        if (!started) {
            started = true;
            if (peek(0) == '\uFEFF') {
                pos++;
            }
        }
        while (peek(0) != EOF) {
            Row row = record();
            boolean blank = row.fields().size() == 1 && row.fields().get(0).isEmpty();
            if (!blank) {
                return row;
            }
        }
        return null;
    }

    private Row record() throws IOException, DataFileException {
        int startLine = line;
        List<String> fields = new ArrayList<>();
        while (true) {
            fields.add(field(startLine, fields.size() + 1));
            int c = peek(0);
            if (c == EOF) {
                break;
            }
            if (c == separator) {
                pos++;
                if (peek(0) == EOF) {
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
    private void endOfLine() throws IOException {
        int c = peek(0);
        if (c == '\r') {
            pos++;
            if (peek(0) == '\n') {
                pos++;
            }
            line++;
        } else if (c == '\n') {
            pos++;
            line++;
        }
    }

    private String field(int recordLine, int column) throws IOException, DataFileException {
        cell.setLength(0);
        while (isBlank(peek(0))) {
            cell.append((char) peek(0));
            pos++;
        }
        if (peek(0) == '"') {
            return quoted(recordLine, column);
        }
        for (int c = peek(0); c != EOF && !isDelimiter(c); c = peek(0)) {
            cell.append((char) c);
            pos++;
        }
        return cell.toString().strip();
    }

    private String quoted(int recordLine, int column) throws IOException, DataFileException {
        int quoteLine = line;
        pos++;
        cell.setLength(0);
        while (true) {
            int c = peek(0);
            if (c == EOF) {
                throw new DataFileException(file + ": row " + quoteLine + ", value " + column
                        + " opens a quote (\") that is never closed. Close the quote, or write a quote "
                        + "inside a quoted value as two quotes (\"\").");
            }
            if (c == '"') {
                if (peek(1) == '"') {
                    cell.append('"');
                    pos += 2;
                    continue;
                }
                pos++;
                break;
            }
            if (c == '\n' || (c == '\r' && peek(1) != '\n')) {
                line++;
            }
            cell.append((char) c);
            pos++;
        }
        while (isBlank(peek(0))) {
            pos++;
        }
        int after = peek(0);
        if (after != EOF && !isDelimiter(after)) {
            throw new DataFileException(file + ": row " + recordLine + ", value " + column
                    + " has text after its closing quote. Put the whole value inside the quotes, and "
                    + "write a quote inside a quoted value as two quotes (\"\").");
        }
        return cell.toString().strip();
    }

    /** The character {@code ahead} places past the current one (0 or 1), or {@link #EOF}. */
    private int peek(int ahead) throws IOException {
        while (pos + ahead >= end) {
            if (!fill()) {
                return EOF;
            }
        }
        return buffer[pos + ahead];
    }

    /** Moves the unread characters (at most one) to the front and reads more; false when the text has ended. */
    private boolean fill() throws IOException {
        int kept = end - pos;
        System.arraycopy(buffer, pos, buffer, 0, kept);
        pos = 0;
        end = kept;
        int read = in.read(buffer, end, buffer.length - end);
        if (read <= 0) {
            return false;
        }
        end += read;
        return true;
    }

    private boolean isDelimiter(int c) {
        return c == separator || c == '\n' || c == '\r';
    }

    /** A space, or a tab where tabs do not separate values. */
    private boolean isBlank(int c) {
        return c == ' ' || (c == '\t' && separator != '\t');
    }
}
