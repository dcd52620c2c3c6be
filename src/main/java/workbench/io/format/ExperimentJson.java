package workbench.io.format;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * {@code experiment.json}: the data, the design, the training and the one seed of a run, and how
 * the window showed it (absent for the command line's files and those from before presenter mode).
 * A hand-written file may leave out the version; it is then read as the current one.
 */
public record ExperimentJson(int formatVersion, DatasetJson dataset, DesignJson model, TrainingJson training,
                             long seed, @JsonInclude(JsonInclude.Include.NON_NULL) ViewJson view) {
}
