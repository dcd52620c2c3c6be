package workbench.data;

import java.util.List;

/**
 * A table loaded as a dataset, with the names of its feature columns: the dataset's shape is just a
 * length, and the names are what a user needs to read a reconstruction error per feature.
 */
public record TableData(Dataset dataset, List<String> featureNames) {

    public TableData {
        featureNames = List.copyOf(featureNames);
        if (featureNames.size() != dataset.featureCount()) {
            throw new IllegalArgumentException(featureNames.size() + " feature names for "
                    + dataset.featureCount() + " features");
        }
    }
}
