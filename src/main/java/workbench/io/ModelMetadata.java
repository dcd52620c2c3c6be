package workbench.io;

import java.util.List;
import workbench.engine.EpochStats;
import workbench.engine.TrainingSpec;

/**
 * What a model file says besides its network and normalisation: enough to prepare new data the
 * same way, label its classes, redraw its history and train it further.
 *
 * @param dataset       the dataset it was trained on (a bundled name or a path), for continuing
 * @param normalClasses the classes it was trained on, the rest being anomalies; null when every
 *                      class trained, and in files of format version 1, which did not say
 */
public record ModelMetadata(String dataset, List<String> normalClasses, List<String> classNames,
                            TrainingSpec training, List<EpochStats> history) {

    public ModelMetadata {
        normalClasses = normalClasses == null || normalClasses.isEmpty() ? null : List.copyOf(normalClasses);
        classNames = classNames == null ? List.of() : List.copyOf(classNames);
        history = history == null ? List.of() : List.copyOf(history);
    }
}
