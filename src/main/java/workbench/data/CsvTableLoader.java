package workbench.data;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
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
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,18}");

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
        String text = readText(file);
        String where = file.toString();
        CsvDialect dialect = CsvDialect.sniff(text);
        List<CsvRecords.Row> rows = CsvRecords.parse(where, text, dialect.separator());
        if (rows.isEmpty()) {
            throw new DataFileException(where + " is empty. Expected a header row naming the columns, "
                    + "then one row of numbers per sample.");
        }
        CsvRecords.Row header = rows.get(0);
        List<String> columns = dialect.header() ? columnNames(where, header) : numberedColumns(header.fields().size());
        if (dialect.header() && rows.size() == 1) {
            throw new DataFileException(where + " has a header row but no data rows. Add one row per "
                    + "sample below the header.");
        }
        List<CsvRecords.Row> data = dialect.header() ? rows.subList(1, rows.size()) : rows;
        for (CsvRecords.Row row : data) {
            if (row.fields().size() != columns.size()) {
                throw new DataFileException(where + ": row " + row.line() + " has " + row.fields().size()
                        + " values but the header names " + columns.size() + " columns (" + dialect.describedSeparator()
                        + "). Check that row for a missing or extra separator, and put values that contain one in"
                        + " double quotes.");
            }
        }
        int classIndex = findClassColumn(where, columns, data.get(0), dialect);
        List<String> featureNames = new ArrayList<>(columns);
        if (classIndex >= 0) {
            featureNames.remove(classIndex);
        }
        if (featureNames.isEmpty()) {
            throw new DataFileException(where + " has no feature columns: its only column, '"
                    + columns.get(classIndex) + "', is the class column. Add numeric columns, or load it "
                    + "with no class column.");
        }
        FMatrixRMaj features = new FMatrixRMaj(data.size(), featureNames.size());
        for (int r = 0; r < data.size(); r++) {
            CsvRecords.Row row = data.get(r);
            int f = 0;
            for (int c = 0; c < columns.size(); c++) {
                if (c != classIndex) {
                    features.data[r * featureNames.size() + f++] =
                            number(where, row.line(), columns.get(c), dialect.numberText(row.fields().get(c)));
                }
            }
        }
        int[] labels = new int[data.size()];
        List<String> classNames = classIndex < 0 ? List.of()
                : labels(where, columns.get(classIndex), data, classIndex, labels);
        if (classIndex < 0) {
            Arrays.fill(labels, Dataset.NO_LABEL);
        }
        Dataset dataset = new Dataset(datasetName, features, labels, classNames,
                Shape.flat(featureNames.size()));
        return new TableData(dataset, featureNames, dialect.note());
    }

    /** "column 1", "column 2", ...: the names a file without a header row gets. */
    private static List<String> numberedColumns(int count) {
        List<String> names = new ArrayList<>();
        for (int c = 1; c <= count; c++) {
            names.add("column " + c);
        }
        return names;
    }

    private static String readText(Path file) throws DataFileException {
        try {
            return Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new DataFileException(file + " does not exist. Check the path.", e);
        } catch (CharacterCodingException e) {
            throw new DataFileException(file + " is not UTF-8 text. Save it as CSV in UTF-8 (or plain "
                    + "ASCII) and try again.", e);
        } catch (IOException e) {
            throw new DataFileException(file + " could not be read: " + e.getMessage(), e);
        }
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

    /**
     * Fills {@code labels} and returns the class names: in order of first appearance, or sorted
     * numerically when every value is an integer (so that classes 0..9 get labels 0..9).
     */
    private static List<String> labels(String where, String column, List<CsvRecords.Row> data, int classIndex,
            int[] labels) throws DataFileException {
        boolean integers = true;
        for (CsvRecords.Row row : data) {
            String value = row.fields().get(classIndex);
            if (value.isEmpty()) {
                throw new DataFileException(where + ": row " + row.line() + ", column '" + column
                        + "' is empty. Every row needs a class: fill it in, remove the row, or load the "
                        + "table with no class column.");
            }
            integers &= INTEGER.matcher(value).matches();
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        if (integers) {
            TreeSet<Long> values = new TreeSet<>();
            for (CsvRecords.Row row : data) {
                values.add(Long.parseLong(row.fields().get(classIndex)));
            }
            for (long v : values) {
                index.put(Long.toString(v), index.size());
            }
            for (int r = 0; r < data.size(); r++) {
                labels[r] = index.get(Long.toString(Long.parseLong(data.get(r).fields().get(classIndex))));
            }
        } else {
            for (int r = 0; r < data.size(); r++) {
                String value = data.get(r).fields().get(classIndex);
                Integer label = index.putIfAbsent(value, index.size());
                labels[r] = label == null ? index.size() - 1 : label;
            }
        }
        return new ArrayList<>(index.keySet());
    }
}
