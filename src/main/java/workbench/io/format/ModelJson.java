package workbench.io.format;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * {@code model.json}, the part of a model file that is not an array: the design, the data it was
 * trained on and how that was prepared, its classes, the training settings and history, the list
 * of weight entries and, from version 2, the training state.
 *
 * @param normalization the kind; the fitted offset and scale are arrays beside the weights
 * @param normalClasses the classes it was trained on when the rest were anomalies; absent when
 *                      every class trained (and in every version 1 file)
 * @param trainingState absent in a version 1 file, and after a run that diverged
 */
public record ModelJson(int formatVersion, DesignJson model, String dataset, String normalization,
                        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> normalClasses,
                        List<String> classNames, TrainingJson training, List<EpochJson> history,
                        List<ArrayJson> weights,
                        @JsonInclude(JsonInclude.Include.NON_NULL) TrainingStateJson trainingState) {
}
