package workbench.data;

import java.util.List;
import java.util.Objects;
import org.ejml.data.FMatrixRMaj;
import workbench.engine.Shape;

/**
 * Samples as rows of a float matrix, with their class labels (or {@link #NO_LABEL}), the class
 * names, the shape of one sample, and each row's number in the source it was read from. Treated as
 * immutable: nobody writes into {@link #features()} after construction.
 *
 * <p>The source row numbers travel through every {@link #subset}, so a run can say exactly which
 * rows of the file it trained, validated and tested on (a run folder's splits.npz and the index
 * column of codes.csv), without recomputing a shuffle.
 */
public final class Dataset {
    public static final int NO_LABEL = -1;

    private final String name;
    private final FMatrixRMaj features;
    private final int[] labels;
    private final List<String> classNames;
    private final Shape sampleShape;
    private final int[] sourceRows;

    /** Rows numbered 0..n-1 in their source: the dataset as a loader read it. */
    public Dataset(String name, FMatrixRMaj features, int[] labels, List<String> classNames, Shape sampleShape) {
        this(name, features, labels, classNames, sampleShape, countFrom(0, features.numRows));
    }

    private Dataset(String name, FMatrixRMaj features, int[] labels, List<String> classNames, Shape sampleShape,
                    int[] sourceRows) {
        this.name = Objects.requireNonNull(name);
        this.features = Objects.requireNonNull(features);
        this.labels = Objects.requireNonNull(labels);
        this.classNames = List.copyOf(classNames);
        this.sampleShape = Objects.requireNonNull(sampleShape);
        this.sourceRows = sourceRows;
        if (labels.length != features.numRows) {
            throw new IllegalArgumentException(name + ": " + features.numRows + " samples but "
                    + labels.length + " labels");
        }
        if (sampleShape.size() != features.numCols) {
            throw new IllegalArgumentException(name + ": sample shape " + sampleShape + " holds "
                    + sampleShape.size() + " values but each row has " + features.numCols);
        }
        for (int label : labels) {
            if (label != NO_LABEL && (label < 0 || label >= classNames.size())) {
                throw new IllegalArgumentException(name + ": label " + label + " outside the "
                        + classNames.size() + " class names");
            }
        }
    }

    public String name() {
        return name;
    }

    public FMatrixRMaj features() {
        return features;
    }

    /** The label of each row, {@link #NO_LABEL} where there is none. Do not modify. */
    public int[] labels() {
        return labels;
    }

    public List<String> classNames() {
        return classNames;
    }

    public Shape sampleShape() {
        return sampleShape;
    }

    /**
     * Each row's number in its source: 0 for the first training sample (the first data row of a
     * table), continuing past the training part's n rows at n for a test part read from its own
     * files. Do not modify.
     */
    public int[] sourceRows() {
        return sourceRows;
    }

    /**
     * The same rows numbered {@code first}, {@code first + 1}, ...: a test part read from files of its
     * own (an IDX t10k pair) continues the numbering of the training part before it.
     */
    public Dataset numberedFrom(int first) {
        return new Dataset(name, features, labels, classNames, sampleShape, countFrom(first, size()));
    }

    public int size() {
        return features.numRows;
    }

    public int featureCount() {
        return features.numCols;
    }

    public boolean hasLabels() {
        return !classNames.isEmpty();
    }

    /** A new dataset holding the given rows, in the given order. */
    public Dataset subset(String subsetName, int[] rows) {
        int cols = features.numCols;
        FMatrixRMaj sub = new FMatrixRMaj(rows.length, cols);
        int[] subLabels = new int[rows.length];
        int[] subSourceRows = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(features.data, rows[i] * cols, sub.data, i * cols, cols);
            subLabels[i] = labels[rows[i]];
            subSourceRows[i] = sourceRows[rows[i]];
        }
        return new Dataset(subsetName, sub, subLabels, classNames, sampleShape, subSourceRows);
    }

    /** The same samples with other feature values (for example normalised): same labels, shape and source rows. */
    public Dataset withFeatures(FMatrixRMaj newFeatures) {
        return new Dataset(name, newFeatures, labels, classNames, sampleShape, sourceRows);
    }

    private static int[] countFrom(int first, int count) {
        int[] rows = new int[count];
        for (int i = 0; i < count; i++) {
            rows[i] = first + i;
        }
        return rows;
    }

    @Override
    public String toString() {
        return name + " (" + size() + " samples of " + sampleShape + ", " + classNames.size() + " classes)";
    }
}
