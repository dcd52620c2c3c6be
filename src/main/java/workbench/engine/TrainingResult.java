package workbench.engine;

import java.util.List;

/**
 * How a run ended, with its history.
 *
 * @param message for DIVERGED, what happened and what to try; otherwise a short summary
 */
public record TrainingResult(Status status, List<EpochStats> history, int bestEpoch, double trainSeconds,
                             String message) {

    public enum Status {
        COMPLETED, STOPPED_EARLY, CANCELLED, DIVERGED
    }

    public TrainingResult {
        history = List.copyOf(history);
    }

    public EpochStats last() {
        return history.isEmpty() ? null : history.get(history.size() - 1);
    }
}
