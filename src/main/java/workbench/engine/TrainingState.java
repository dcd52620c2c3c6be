package workbench.engine;

import java.util.List;

/**
 * What carries over from one call of {@link Trainer#run} to the next on the same model: the
 * optimizer (Adam's moments, its step count, the current rate) and the schedule's position. An
 * empty state starts both afresh. Training continued with the same kind of optimizer and the same
 * schedule goes on from the state, bit for bit as if it had never stopped; another kind starts
 * afresh, since one optimizer's moments mean nothing to another.
 */
public final class TrainingState {
    private Optimizer optimizer;
    private LearningRateSchedule schedule;

    /** The state the next run starts from, readied for {@code spec}; whether it continues the last. */
    boolean prepareFor(TrainingSpec spec, int firstEpoch) {
        OptimizerSpec o = spec.optimizer();
        boolean continues = optimizer != null && optimizer.spec().kind() == o.kind();
        if (continues) {
            boolean newRate = o.learningRate() != optimizer.spec().learningRate();
            optimizer.continueWith(o);
            if (!schedule.spec().equals(spec.schedule())) {
                schedule = new LearningRateSchedule(spec.schedule(), optimizer.learningRate());
            } else if (newRate) {
                schedule.rebase(o.learningRate());
            }
        } else {
            optimizer = new Optimizer(o);
            schedule = new LearningRateSchedule(spec.schedule(), o.learningRate());
        }
        schedule.beginRun(firstEpoch, spec.epochs());
        return continues;
    }

    Optimizer optimizer() {
        return optimizer;
    }

    LearningRateSchedule schedule() {
        return schedule;
    }

    /** Forgets everything: after a divergence the moments may hold NaN, so the next run starts afresh. */
    void forget() {
        optimizer = null;
        schedule = null;
    }

    /** How many optimizer steps the model has taken since the state began; 0 when empty. */
    public long optimizerSteps() {
        return optimizer == null ? 0 : optimizer.steps();
    }

    /** Whether a run has left anything to continue. */
    public boolean isEmpty() {
        return optimizer == null;
    }

    /** The state as plain data, for a model file; null when empty. */
    public Saved save() {
        return optimizer == null ? null
                : new Saved(optimizer.spec(), schedule.spec(), optimizer.memory(), schedule.memory());
    }

    /** A state read back from a model file, for the model whose parameters are given. */
    public static TrainingState restore(Saved saved, List<Parameter> parameters) {
        TrainingState state = new TrainingState();
        state.optimizer = new Optimizer(saved.optimizerSpec());
        state.optimizer.restore(saved.optimizer(), parameters);
        state.schedule = new LearningRateSchedule(saved.scheduleSpec(), saved.optimizerSpec().learningRate());
        state.schedule.restore(saved.schedule());
        return state;
    }

    /** Everything a model file keeps of the state. */
    public record Saved(OptimizerSpec optimizerSpec, ScheduleSpec scheduleSpec, Optimizer.Memory optimizer,
                        LearningRateSchedule.Memory schedule) {
    }
}
