package workbench.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import workbench.analysis.NormalClasses;
import workbench.data.DataSplit;
import workbench.data.Dataset;
import workbench.io.ModelFileException;
import workbench.io.SplitsFile;

/**
 * The rows a run used, by their source row numbers ({@link Dataset#sourceRows}): written into its
 * folder as {@link SplitsFile#FILE_NAME}, and read back to prepare exactly those rows again, so a
 * later {@code evaluate} or export of the saved model sees the run's own training and test rows.
 */
public final class RunSplits {
    /** The three parts as the refusals name them, and as the prepared parts are named ("wine/test"). */
    private static final List<String> PART_NAMES = List.of("training", "validation", "test");
    private static final List<String> SUBSET_NAMES = List.of("train", "validation", "test");

    private RunSplits() {
    }

    /** The source rows of the three prepared parts, in the order the run held them. */
    public static SplitsFile.Rows of(PreparedData data) {
        return new SplitsFile.Rows(data.train().sourceRows().clone(), data.validation().sourceRows().clone(),
                data.test().sourceRows().clone());
    }

    /** The splits.npz of the run folder a model file sits in, when there is one. */
    public static Optional<Path> besideModel(Path modelFile) {
        Path file = modelFile.toAbsolutePath().resolveSibling(SplitsFile.FILE_NAME);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /**
     * The training, validation and test rows {@code rows} names, taken from {@code split}, in the
     * file's order: the training and validation rows from the source's training part, the test rows
     * from its test part, as a run takes them.
     *
     * @param trainedClasses the classes training and validation were kept to, or null when every class
     *                       trained: the training and validation rows then hold every training row of
     *                       the source (of those classes) once, and the test rows every test row
     * @param file           the splits.npz, which the refusals name
     * @throws ModelFileException when a row is out of range, named twice or in the wrong part, or
     *                            the counts do not fit
     */
    static Dataset[] select(DataSplit split, SplitsFile.Rows rows, NormalClasses trainedClasses, Path file)
            throws ModelFileException {
        String name = split.train().name().replaceFirst("/train$", "");
        int sourceRows = split.train().size() + split.test().size();
        // where each source row is: its part (0 training, 1 test) and its row within that part
        int[] part = new int[sourceRows];
        int[] row = new int[sourceRows];
        Arrays.fill(part, -1);
        place(split.train(), 0, part, row);
        place(split.test(), 1, part, row);
        List<int[]> named = List.of(rows.train(), rows.validation(), rows.test());
        boolean[] seen = new boolean[sourceRows];
        Dataset[] parts = new Dataset[named.size()];
        for (int p = 0; p < named.size(); p++) {
            int[] sources = named.get(p);
            int wantedPart = p < 2 ? 0 : 1;
            int[] within = new int[sources.length];
            for (int i = 0; i < sources.length; i++) {
                int source = sources[i];
                if (source < 0 || source >= sourceRows) {
                    throw misfit(file, String.format(Locale.ROOT, "its %s rows include row %d, but %s has %d rows"
                            + " (0 to %d)", PART_NAMES.get(p), source, name, sourceRows, sourceRows - 1));
                }
                if (seen[source]) {
                    throw misfit(file, "it names row " + source + " twice");
                }
                if (part[source] != wantedPart) {
                    throw misfit(file, String.format(Locale.ROOT, "it names row %d as a %s row, but in %s it is a"
                            + " %s row", source, PART_NAMES.get(p), name, wantedPart == 0 ? "test" : "training"));
                }
                seen[source] = true;
                within[i] = row[source];
                int label = wantedPart == 0 ? split.train().labels()[within[i]] : Dataset.NO_LABEL;
                if (wantedPart == 0 && trainedClasses != null && !trainedClasses.isNormal(label)) {
                    throw misfit(file, String.format(Locale.ROOT, "its %s rows include row %d, of class %s, which the"
                                    + " model did not train on", PART_NAMES.get(p), source,
                            label < 0 ? "(none)" : split.train().classNames().get(label)));
                }
            }
            Dataset from = wantedPart == 0 ? split.train() : split.test();
            parts[p] = from.subset(name + "/" + SUBSET_NAMES.get(p), within);
        }
        checkCounts(split, rows, trainedClasses, file, name);
        return parts;
    }

    /** Marks where {@code data}'s rows are; the loaders number a source's rows 0..n-1 across both parts, once each. */
    private static void place(Dataset data, int partIndex, int[] part, int[] row) {
        int[] source = data.sourceRows();
        for (int i = 0; i < source.length; i++) {
            if (source[i] < 0 || source[i] >= part.length || part[source[i]] >= 0) {
                throw new IllegalStateException(data.name() + " numbers its row " + i + " as source row " + source[i]
                        + ", outside its source's 0.." + (part.length - 1) + " or shared with another row");
            }
            part[source[i]] = partIndex;
            row[source[i]] = i;
        }
    }

    private static void checkCounts(DataSplit split, SplitsFile.Rows rows, NormalClasses trainedClasses, Path file,
                                    String name) throws ModelFileException {
        int trainingRows = rows.train().length + rows.validation().length;
        int expected = trainedClasses == null ? split.train().size() : trainedClasses.rows(split.train().labels()).length;
        if (trainingRows != expected || rows.test().length != split.test().size()) {
            throw misfit(file, String.format(Locale.ROOT, "it names %d training and validation rows and %d test"
                            + " rows, but %s has %d training rows%s and %d test rows", trainingRows,
                    rows.test().length, name, expected, trainedClasses == null ? "" : " of the normal classes",
                    split.test().size()));
        }
    }

    private static ModelFileException misfit(Path file, String why) {
        return new ModelFileException(file + " does not fit the dataset: " + why + ". It was written for other data"
                + " (or edited); train the run again to write it anew, or move " + file.getFileName()
                + " away to evaluate on every training row and the dataset's own test rows.");
    }
}
