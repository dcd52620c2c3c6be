package workbench.io;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A run's {@code splits.npz}: the source row numbers of its training, validation and test rows, in
 * the order the run held them, as three int32 vectors {@code train.npy}, {@code validation.npy} and
 * {@code test.npy}. {@code numpy.load("splits.npz")["test"]} then tells a Python user which rows of
 * the data file were the test rows, and {@code evaluate} prepares exactly the rows the run used.
 *
 * <p>Row numbers count the training part's rows 0..n-1 in file order and continue at n through a
 * test part read from files of its own (an IDX t10k pair); a single table the registry split has
 * one numbering, its data rows after the header.
 */
public final class SplitsFile {
    public static final String FILE_NAME = "splits.npz";
    private static final List<String> PARTS = List.of("train", "validation", "test");

    /** Source row numbers of the three parts, each in the run's order. */
    public record Rows(int[] train, int[] validation, int[] test) {
        List<int[]> parts() {
            return List.of(train, validation, test);
        }
    }

    private SplitsFile() {
    }

    /** Written to a temporary file and renamed into place, like every file of a run. */
    public static void write(Path file, Rows rows) throws IOException {
        AtomicFiles.write(file, out -> {
            ZipOutputStream zip = new ZipOutputStream(out);
            List<int[]> parts = rows.parts();
            for (int i = 0; i < PARTS.size(); i++) {
                ZipEntries.put(zip, PARTS.get(i) + ".npy", Npy.int32Bytes(parts.get(i)));
            }
            zip.finish();
        });
    }

    /**
     * The three parts. Says in words what is wrong with a file that is not a splits.npz (damaged,
     * missing a part, holding floats or a 2-D array) and what to do; whether the rows fit a dataset
     * is for the caller, who knows the dataset.
     */
    public static Rows read(Path file) throws IOException {
        Map<String, int[]> found = new HashMap<>();
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry entry;
            boolean any = false;
            while ((entry = zip.getNextEntry()) != null) {
                any = true;
                String part = entry.getName().replaceFirst("\\.npy$", "");
                if (PARTS.contains(part) && entry.getName().endsWith(".npy")) {
                    try {
                        found.put(part, Npy.readIntVector(zip, file + "!" + entry.getName()));
                    } catch (IOException e) {
                        throw unreadable(file, e.getMessage(), e);
                    }
                }
            }
            if (!any) {
                throw unreadable(file, "it is empty or not a zip archive", null);
            }
        } catch (ZipException | EOFException e) {
            throw unreadable(file, "it is truncated, or not a zip archive", e);
        }
        for (String part : PARTS) {
            if (!found.containsKey(part)) {
                throw unreadable(file, "it has no " + part + ".npy (it should hold train.npy, validation.npy and"
                        + " test.npy)", null);
            }
        }
        return new Rows(found.get("train"), found.get("validation"), found.get("test"));
    }

    private static IOException unreadable(Path file, String why, Exception cause) {
        return new ModelFileException(file + " cannot be read as a run's split: " + why + ". Train the run again to"
                + " write it anew, or move " + file.getFileName() + " away to evaluate on every training row and the"
                + " dataset's own test rows.", cause);
    }
}
