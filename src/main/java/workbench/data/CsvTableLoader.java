package workbench.data;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.ejml.data.FMatrixRMaj;
import workbench.engine.Shape;

/**
 * Loads a CSV table (header row, one sample per row) as a flat-vector dataset. Every column is a
 * numeric feature except an optional class column, which gives the labels. The loader is strict on
 * purpose: a cell that is not a plain finite number stops the load with its row and column, because
 * silently reading it as 0 or NaN would quietly spoil every training run on the table.
 *
 * <p>Instances are immutable settings; {@link #auto()} suits the bundled tables.
 */
public final class CsvTableLoader {
    /** A plain number's text: what every feature cell holds. */
    static final Pattern NUMBER =
            Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");
    private static final Pattern NON_FINITE =
            Pattern.compile("[+-]?(?:nan|inf|infinity)", Pattern.CASE_INSENSITIVE);
    /** Characters read first to tell the dialect and the bytes a row takes. */
    private static final int PREFIX_CHARS = 1 << 16;

    private enum Mode { AUTO, NAMED, NONE }

    private final Mode mode;
    private final String classColumn;

    private CsvTableLoader(Mode mode, String classColumn) {
        this.mode = mode;
        this.classColumn = classColumn;
    }

    /**
     * Finds the class column: one called {@code class} or {@code label} (any case), else the last
     * column when its first value is not a number, else there is none.
     */
    public static CsvTableLoader auto() {
        return new CsvTableLoader(Mode.AUTO, null);
    }

    /** Takes the labels from the column with this header name (exact, or else ignoring case). */
    public static CsvTableLoader classColumn(String name) {
        return new CsvTableLoader(Mode.NAMED, name);
    }

    /** Every column is a feature; the samples have no labels. */
    public static CsvTableLoader noClassColumn() {
        return new CsvTableLoader(Mode.NONE, null);
    }

    /** Loads {@code file}, naming the dataset after the file (without its extension). */
    public TableData load(Path file) throws DataFileException {
        String base = file.getFileName().toString();
        int dot = base.lastIndexOf('.');
        return load(file, dot > 0 ? base.substring(0, dot) : base);
    }

    public TableData load(Path file, String datasetName) throws DataFileException {
        String where = file.toString();
        Prefix prefix = readPrefix(file);
        CsvDialect dialect = CsvDialect.sniff(prefix.text());
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            CsvRecords records = new CsvRecords(where, reader, dialect.separator());
            CsvRecords.Row first = records.next();
            if (first == null) {
                throw new DataFileException(where + " is empty. Expected a header row naming the columns, "
                        + "then one row of numbers per sample.");
            }
            List<String> columns = dialect.header() ? columnNames(where, first) : numberedColumns(first.fields().size());
            CsvRecords.Row row = dialect.header() ? records.next() : first;
            if (row == null) {
                throw new DataFileException(where + " has a header row but no data rows. Add one row per "
                        + "sample below the header.");
            }
            checkWidth(where, row, columns, dialect);
            int classIndex = findClassColumn(where, columns, row, dialect);
            List<String> featureNames = new ArrayList<>(columns);
            if (classIndex >= 0) {
                featureNames.remove(classIndex);
            }
            if (featureNames.isEmpty()) {
                throw new DataFileException(where + " has no feature columns: its only column, '"
                        + columns.get(classIndex) + "', is the class column. Add numeric columns, or load it "
                        + "with no class column.");
            }
            requireHeap(file, prefix, featureNames.size());
            FloatChunks values = new FloatChunks();
            ClassColumn classes = new ClassColumn();
            int rows = 0;
            for (; row != null; row = records.next()) {
                checkWidth(where, row, columns, dialect);
                if ((long) (rows + 1) * featureNames.size() > Integer.MAX_VALUE) {
                    throw new DataFileException(where + " holds more than " + rows + " rows of " + featureNames.size()
                            + " values, more than one table can hold (2^31 values). Split the file, or use fewer rows.");
                }
                for (int c = 0; c < columns.size(); c++) {
                    if (c != classIndex) {
                        values.add(number(where, row.line(), columns.get(c), dialect.numberText(row.fields().get(c))));
                    }
                }
                if (classIndex >= 0) {
                    classes.add(classValue(where, row, columns.get(classIndex), classIndex));
                }
                rows++;
            }
            FMatrixRMaj features = FMatrixRMaj.wrap(rows, featureNames.size(), values.toArray());
            int[] labels = classIndex < 0 ? unlabelled(rows) : classes.labels();
            List<String> classNames = classIndex < 0 ? List.of() : classes.classNames();
            Dataset dataset = new Dataset(datasetName, features, labels, classNames,
                    Shape.flat(featureNames.size()));
            return new TableData(dataset, featureNames, dialect.note());
        } catch (DataFileException e) {
            throw e;
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /** The start of a file, enough to tell its dialect: its whole lines, how many, and how many bytes they take. */
    private record Prefix(String text, int lines, long bytes) {
    }

    private static Prefix readPrefix(Path file) throws DataFileException {
        char[] chars = new char[PREFIX_CHARS];
        int n = 0;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (int read = 0; read >= 0 && n < chars.length; read = reader.read(chars, n, chars.length - n)) {
                n += read;
            }
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        String text = new String(chars, 0, n);
        int lastBreak = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
        String whole = n < chars.length || lastBreak < 0 ? text : text.substring(0, lastBreak + 1);
        int lines = Math.max(1, whole.split("\r\n|\r|\n", -1).length - 1);
        return new Prefix(whole, lines, whole.getBytes(StandardCharsets.UTF_8).length);
    }

    /**
     * Refuses a table whose values cannot fit the heap before they are read, from the file's size and
     * the length of its first lines: the values are held once in chunks and once in the final array.
     */
    private static void requireHeap(Path file, Prefix prefix, int features) throws DataFileException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        double bytesPerLine = Math.max(1.0, (double) prefix.bytes() / Math.max(1, prefix.lines()));
        long rows = (long) Math.ceil(size / bytesPerLine);
        HeapBudget.require(rows * features * Float.BYTES * 2 + rows * Integer.BYTES * 2,
                file + " (about " + rows + " rows of " + features + " values)");
    }

    private static DataFileException unreadable(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new DataFileException(file + " does not exist. Check the path.", e);
        }
        if (e instanceof CharacterCodingException) {
            return new DataFileException(file + " is not UTF-8 text. Save it as CSV in UTF-8 (or plain "
                    + "ASCII) and try again.", e);
        }
        return new DataFileException(file + " could not be read: " + e.getMessage(), e);
    }

    private static void checkWidth(String where, CsvRecords.Row row, List<String> columns, CsvDialect dialect)
            throws DataFileException {
        if (row.fields().size() != columns.size()) {
            throw new DataFileException(where + ": row " + row.line() + " has " + row.fields().size()
                    + " values but the header names " + columns.size() + " columns (" + dialect.describedSeparator()
                    + "). Check that row for a missing or extra separator, and put values that contain one in"
                    + " double quotes.");
        }
    }

    private static int[] unlabelled(int rows) {
        int[] labels = new int[rows];
        Arrays.fill(labels, Dataset.NO_LABEL);
        return labels;
    }

    /** "column 1", "column 2", ...: the names a file without a header row gets. */
    private static List<String> numberedColumns(int count) {
        List<String> names = new ArrayList<>();
        for (int c = 1; c <= count; c++) {
            names.add("column " + c);
        }
        return names;
    }

    private static List<String> columnNames(String where, CsvRecords.Row header) throws DataFileException {
        List<String> names = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int c = 0; c < header.fields().size(); c++) {
            String name = header.fields().get(c);
            if (name.isEmpty()) {
                name = "column " + (c + 1);
            }
            Integer before = seen.putIfAbsent(name, c);
            if (before != null) {
                throw new DataFileException(where + ": the header (row " + header.line() + ") names column "
                        + (before + 1) + " and column " + (c + 1) + " both '" + name + "'. Give every "
                        + "column its own name.");
            }
            names.add(name);
        }
        return names;
    }

    private int findClassColumn(String where, List<String> columns, CsvRecords.Row firstRow, CsvDialect dialect)
            throws DataFileException {
        switch (mode) {
            case NONE:
                return -1;
            case NAMED: {
                int exact = columns.indexOf(classColumn);
                if (exact >= 0) {
                    return exact;
                }
                for (int c = 0; c < columns.size(); c++) {
                    if (columns.get(c).equalsIgnoreCase(classColumn)) {
                        return c;
                    }
                }
                throw new DataFileException(where + " has no column named '" + classColumn
                        + "' to take the classes from. Its columns are: " + String.join(", ", columns) + ".");
            }
            default: {
                for (int c = 0; c < columns.size(); c++) {
                    String lower = columns.get(c).toLowerCase(Locale.ROOT);
                    if (lower.equals("class") || lower.equals("label")) {
                        return c;
                    }
                }
                // Judged on the first row only: a typo further down is then reported as a typo
                // instead of silently turning a numeric column into hundreds of classes.
                int last = columns.size() - 1;
                String value = dialect.numberText(firstRow.fields().get(last));
                boolean numeric = value.isEmpty() || NUMBER.matcher(value).matches()
                        || NON_FINITE.matcher(value).matches();
                return numeric || columns.size() == 1 ? -1 : last;
            }
        }
    }

    private static float number(String where, int line, String column, String cell) throws DataFileException {
        String at = where + ": row " + line + ", column '" + column + "'";
        if (cell.isEmpty()) {
            throw new DataFileException(at + " is empty. Every feature needs a number: fill in the value "
                    + "or remove the row.");
        }
        if (NON_FINITE.matcher(cell).matches()) {
            throw new DataFileException(at + ": '" + cell + "' is not a finite number. NaN and infinite "
                    + "values cannot be trained on: replace the value or remove the row.");
        }
        if (!NUMBER.matcher(cell).matches()) {
            throw new DataFileException(at + ": '" + cell + "' is not a number. Every column except the "
                    + "class column must hold plain numbers such as 3.5 or -1e-3: correct the cell, or name "
                    + "this column as the class column.");
        }
        double value = Double.parseDouble(cell);
        if (Math.abs(value) > Float.MAX_VALUE) {
            throw new DataFileException(at + ": '" + cell + "' is too large for a 32-bit float (at most "
                    + "about 3.4e38). Rescale the column.");
        }
        return (float) value;
    }

    /** A row's class: never empty, since a sample without one could be neither trained nor scored as its class. */
    private static String classValue(String where, CsvRecords.Row row, String column, int classIndex)
            throws DataFileException {
        String value = row.fields().get(classIndex);
        if (value.isEmpty()) {
            throw new DataFileException(where + ": row " + row.line() + ", column '" + column
                    + "' is empty. Every row needs a class: fill it in, remove the row, or load the "
                    + "table with no class column.");
        }
        return value;
    }
}
