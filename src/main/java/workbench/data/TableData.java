package workbench.data;

import java.util.List;

/**
 * A table loaded as a dataset, with the names of its feature columns: the dataset's shape is just a
 * length, and the names are what a user needs to read a reconstruction error per feature.
 *
 * @param readAs how the file was read when it is not plain comma-separated CSV with a header
 *               ("read as semicolon-separated with decimal commas ..."), to be told to the user; else null
 */
public record TableData(Dataset dataset, List<String> featureNames, String readAs) {

    public TableData(Dataset dataset, List<String> featureNames) {
        this(dataset, featureNames, null);
    }

    public TableData {
        featureNames = List.copyOf(featureNames);
        if (featureNames.size() != dataset.featureCount()) {
            throw new IllegalArgumentException(featureNames.size() + " feature names for "
                    + dataset.featureCount() + " features");
        }
    }
}
