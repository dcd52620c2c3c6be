package workbench.io;

import java.util.List;
import workbench.data.Normalization;
import workbench.engine.EpochStats;
import workbench.engine.ModelSpec;
import workbench.engine.TrainingSpec;

/**
 * What a model file says besides its weights: enough to rebuild the network, prepare new data the
 * same way, label its classes, redraw its history and train it further.
 *
 * @param dataset       the dataset it was trained on (a bundled name or a path), for continuing
 * @param normalization its kind; the fitted offset and scale are arrays in the file beside the weights
 */
public record ModelMetadata(int formatVersion, ModelSpec model, String dataset, Normalization.Kind normalization,
                            List<String> classNames, TrainingSpec training, List<EpochStats> history,
                            List<WeightEntry> weights) {

    /** One weight array: its parameter name, its shape and the .npy entry that holds it. */
    public record WeightEntry(String name, int[] shape, String file) {
    }

    public ModelMetadata {
        classNames = classNames == null ? List.of() : List.copyOf(classNames);
        history = history == null ? List.of() : List.copyOf(history);
        weights = weights == null ? List.of() : List.copyOf(weights);
    }
}
