package workbench.engine;

/**
 * Turns a {@link ScheduleSpec} into the rate for each epoch, counted over the model's whole
 * training, so that training continued later goes on where it stopped: STEP by the epoch count,
 * PLATEAU with its memory of the best loss. COSINE anneals over each call of {@link Trainer#run}
 * ({@link #beginRun}): continuing a finished cosine run is a warm restart from the base rate (as in
 * SGDR), since holding the final rate (often 0) would make the new epochs do nothing.
 */
public final class LearningRateSchedule {
    private final ScheduleSpec spec;
    private double baseRate;
    private double plateauRate;
    private double best = Double.POSITIVE_INFINITY;
    private int epochsSinceBest;
    private int cycleStart;
    private int cycleLength = 1;

    public LearningRateSchedule(ScheduleSpec spec, double baseRate) {
        this.spec = spec;
        this.baseRate = baseRate;
        this.plateauRate = baseRate;
    }

    /** A schedule for one run of {@code totalEpochs} from epoch 0. */
    public LearningRateSchedule(ScheduleSpec spec, double baseRate, int totalEpochs) {
        this(spec, baseRate);
        beginRun(0, totalEpochs);
    }

    public ScheduleSpec spec() {
        return spec;
    }

    /** A run of {@code epochs} begins at epoch {@code firstEpoch} (counted from 0). */
    public void beginRun(int firstEpoch, int epochs) {
        cycleStart = firstEpoch;
        cycleLength = Math.max(1, epochs);
    }

    /** A rate set by hand replaces the base: the schedule goes on from there. */
    public void rebase(double newBaseRate) {
        baseRate = newBaseRate;
        plateauRate = newBaseRate;
    }

    /** The rate for an epoch counted from 0 over the model's whole training. */
    public double rateFor(int epoch) {
        return switch (spec.kind()) {
            case CONSTANT -> baseRate;
            case STEP -> baseRate * Math.pow(spec.factor(), epoch / spec.every());
            case COSINE -> {
                int into = Math.max(0, Math.min(epoch - cycleStart, cycleLength));
                yield spec.minRate() + 0.5 * (baseRate - spec.minRate()) * (1 + Math.cos(Math.PI * into / cycleLength));
            }
            case PLATEAU -> plateauRate;
        };
    }

    /** Reports the monitored loss at an epoch's end; only PLATEAU reacts. */
    public void observe(double monitoredLoss) {
        if (spec.kind() != ScheduleSpec.Kind.PLATEAU || Double.isNaN(monitoredLoss)) {
            return;
        }
        if (monitoredLoss < best * (1 - 1e-4)) {
            best = monitoredLoss;
            epochsSinceBest = 0;
        } else if (++epochsSinceBest >= spec.every()) {
            plateauRate = Math.max(spec.minRate(), plateauRate * spec.factor());
            epochsSinceBest = 0;
        }
    }

    /** Everything the schedule remembers, as plain numbers, for a model file. */
    public record Memory(double baseRate, double plateauRate, double best, int epochsSinceBest, int cycleStart,
                         int cycleLength) {
    }

    public Memory memory() {
        return new Memory(baseRate, plateauRate, best, epochsSinceBest, cycleStart, cycleLength);
    }

    public void restore(Memory m) {
        baseRate = m.baseRate();
        plateauRate = m.plateauRate();
        best = m.best();
        epochsSinceBest = m.epochsSinceBest();
        cycleStart = m.cycleStart();
        cycleLength = Math.max(1, m.cycleLength());
    }
}
