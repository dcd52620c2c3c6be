package workbench.data;

import java.util.List;
import java.util.Objects;
import org.ejml.data.FMatrixRMaj;
import workbench.engine.Shape;

/**
 * Samples as rows of a float matrix, with their class labels (or {@link #NO_LABEL}), the class
 * names, and the shape of one sample. Treated as immutable: nobody writes into {@link #features()}
 * after construction.
 */
public final class Dataset {
    public static final int NO_LABEL = -1;

    private final String name;
    private final FMatrixRMaj features;
    private final int[] labels;
    private final List<String> classNames;
    private final Shape sampleShape;

    public Dataset(String name, FMatrixRMaj features, int[] labels, List<String> classNames, Shape sampleShape) {
        this.name = Objects.requireNonNull(name);
        this.features = Objects.requireNonNull(features);
        this.labels = Objects.requireNonNull(labels);
        this.classNames = List.copyOf(classNames);
        this.sampleShape = Objects.requireNonNull(sampleShape);
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
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(features.data, rows[i] * cols, sub.data, i * cols, cols);
            subLabels[i] = labels[rows[i]];
        }
        return new Dataset(subsetName, sub, subLabels, classNames, sampleShape);
    }

    /** The same samples with other feature values (for example normalised), same labels and shape. */
    public Dataset withFeatures(FMatrixRMaj newFeatures) {
        return new Dataset(name, newFeatures, labels, classNames, sampleShape);
    }

    @Override
    public String toString() {
        return name + " (" + size() + " samples of " + sampleShape + ", " + classNames.size() + " classes)";
    }
}
