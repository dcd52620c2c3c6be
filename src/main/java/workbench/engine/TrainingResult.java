package workbench.engine;

import java.util.List;

/**
 * How a run ended, with its history.
 *
 * @param message for DIVERGED and DEAD, what happened and what to try; otherwise a short summary
 */
public record TrainingResult(Status status, List<EpochStats> history, int bestEpoch, double trainSeconds,
                             String message) {

    public enum Status {
        COMPLETED, STOPPED_EARLY, CANCELLED, DIVERGED,
        /** An {@link EpochCheck} found the network dead (no gradient reaches a layer whose output is constant). */
        DEAD
    }

    public TrainingResult {
        history = List.copyOf(history);
    }

    /** Whether the run ended because it could not go on (a NaN loss, a dead network), not by plan or by a user. */
    public boolean failed() {
        return status == Status.DIVERGED || status == Status.DEAD;
    }

    public EpochStats last() {
        return history.isEmpty() ? null : history.get(history.size() - 1);
    }
}
