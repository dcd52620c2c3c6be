package workbench.engine;

/**
 * Turns a {@link ScheduleSpec} into the rate for each epoch. Only PLATEAU has memory: it watches
 * the monitored loss reported at each epoch's end.
 */
public final class LearningRateSchedule {
    private final ScheduleSpec spec;
    private final int totalEpochs;
    private double baseRate;
    private double plateauRate;
    private double best = Double.POSITIVE_INFINITY;
    private int epochsSinceBest;

    public LearningRateSchedule(ScheduleSpec spec, double baseRate, int totalEpochs) {
        this.spec = spec;
        this.baseRate = baseRate;
        this.plateauRate = baseRate;
        this.totalEpochs = Math.max(1, totalEpochs);
    }

    /** A rate set by hand replaces the base: the schedule goes on from there. */
    public void rebase(double newBaseRate) {
        baseRate = newBaseRate;
        plateauRate = newBaseRate;
    }

    /** The rate for an epoch counted from 0. */
    public double rateFor(int epoch) {
        return switch (spec.kind()) {
            case CONSTANT -> baseRate;
            case STEP -> baseRate * Math.pow(spec.factor(), epoch / spec.every());
            case COSINE -> spec.minRate() + 0.5 * (baseRate - spec.minRate())
                    * (1 + Math.cos(Math.PI * Math.min(epoch, totalEpochs) / totalEpochs));
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
}
