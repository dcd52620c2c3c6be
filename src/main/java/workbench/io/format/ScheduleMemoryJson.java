package workbench.io.format;

import workbench.engine.LearningRateSchedule;

/**
 * What a learning-rate schedule remembers between runs (see {@link LearningRateSchedule.Memory}):
 * {@code best} is Infinity until a plateau schedule has seen a loss.
 */
public record ScheduleMemoryJson(double baseRate, double plateauRate, double best, int epochsSinceBest,
                                 int cycleStart, int cycleLength) {

    static ScheduleMemoryJson fromMemory(LearningRateSchedule.Memory m) {
        return new ScheduleMemoryJson(m.baseRate(), m.plateauRate(), m.best(), m.epochsSinceBest(), m.cycleStart(),
                m.cycleLength());
    }

    LearningRateSchedule.Memory toMemory() {
        return new LearningRateSchedule.Memory(baseRate, plateauRate, best, epochsSinceBest, cycleStart, cycleLength);
    }
}
