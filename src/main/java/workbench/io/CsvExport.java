package workbench.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.ejml.data.FMatrixRMaj;
import workbench.analysis.EpochRecord;

/**
 * CSV files for spreadsheets and pandas. Numbers go through {@code Float.toString} and
 * {@code Double.toString}, which ignore the user's locale (no decimal commas) and print the shortest
 * text that reads back to the same value; a missing value is an empty cell, which pandas reads as NaN.
 */
public final class CsvExport {

    /** Label cell value meaning "no label", matching {@code Dataset.NO_LABEL}. */
    private static final int NO_LABEL = -1;

    private CsvExport() {
    }

    /** Header {@code epoch,train_loss,val_loss,seconds}; val_loss is empty where there was no validation. */
    public static void writeHistory(Path file, List<EpochRecord> history) throws IOException {
        AtomicFiles.write(file, out -> {
            Writer w = writer(out);
            w.write("epoch,train_loss,val_loss,seconds\n");
            for (EpochRecord r : history) {
                w.write(Integer.toString(r.epoch()));
                w.write(',');
                w.write(number(r.trainLoss()));
                w.write(',');
                w.write(number(r.valLoss()));
                w.write(',');
                w.write(number(r.seconds()));
                w.write('\n');
            }
            w.flush();
        });
    }

    /**
     * One row per sample: {@code label,z1,...,zk}. The label is the class name when names are given
     * (a chart or pandas groupby then needs no lookup table), else the number; empty for samples
     * without a label. {@code labels} may be null when no sample has one.
     */
    public static void writeCodes(Path file, FMatrixRMaj codes, int[] labels, List<String> classNames)
            throws IOException {
        writeCodes(file, codes, null, labels, classNames);
    }

    /**
     * As {@link #writeCodes(Path, FMatrixRMaj, int[], List)}, with a first column {@code index}: each
     * sample's row number in its source, so {@code pandas.read_csv(...).index} joins the codes back to
     * the rows of the data file. {@code index} null writes no such column.
     */
    public static void writeCodes(Path file, FMatrixRMaj codes, int[] index, int[] labels, List<String> classNames)
            throws IOException {
        requireOnePerRow(codes, labels, "labels");
        requireOnePerRow(codes, index, "row numbers");
        List<String> names = classNames == null ? List.of() : classNames;
        AtomicFiles.write(file, out -> {
            Writer w = writer(out);
            StringBuilder line = new StringBuilder(index == null ? "label" : "index,label");
            for (int j = 1; j <= codes.numCols; j++) {
                line.append(",z").append(j);
            }
            w.write(line.append('\n').toString());
            for (int i = 0; i < codes.numRows; i++) {
                line.setLength(0);
                if (index != null) {
                    line.append(index[i]).append(',');
                }
                line.append(labelCell(labels == null ? NO_LABEL : labels[i], names));
                for (int j = 0; j < codes.numCols; j++) {
                    line.append(',').append(Float.toString(codes.unsafe_get(i, j)));
                }
                w.write(line.append('\n').toString());
            }
            w.flush();
        });
    }

    private static void requireOnePerRow(FMatrixRMaj codes, int[] values, String what) {
        if (values != null && values.length != codes.numRows) {
            throw new IllegalArgumentException(codes.numRows + " code rows but " + values.length + " " + what
                    + "; pass one per row (or null for none)");
        }
    }

    private static String labelCell(int label, List<String> names) {
        if (label < 0) {
            return "";
        }
        if (names.isEmpty()) {
            return Integer.toString(label);
        }
        if (label >= names.size()) {
            throw new IllegalArgumentException("label " + label + " has no class name; "
                    + names.size() + " names were given for labels 0.." + (names.size() - 1));
        }
        return quote(inert(names.get(label)));
    }

    /**
     * A text cell a spreadsheet will not run: one that starts with {@code = + - @}, a tab or a
     * carriage return would be read as a formula (a class named {@code =HYPERLINK(...)} in a
     * dataset's labels), so it gets a leading apostrophe, which spreadsheets take to mean text.
     */
    static String inert(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }

    /** Quotes a cell when it holds a comma, quote or line break, as RFC 4180 asks. */
    static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0
                && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    private static Writer writer(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }
}
