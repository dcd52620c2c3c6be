package workbench.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Each schedule's rate, epoch by epoch, against the formulas of its documentation worked by hand. */
class LearningRateScheduleRulesTest {
    private static final double EPS = 1e-12;

    @Test
    void stepMultipliesByTheFactorEveryPeriod() {
        LearningRateSchedule s = new LearningRateSchedule(new ScheduleSpec(ScheduleSpec.Kind.STEP, 3, 0.5, 0), 0.8, 10);
        double[] expected = {0.8, 0.8, 0.8, 0.4, 0.4, 0.4, 0.2, 0.2, 0.2, 0.1};
        for (int epoch = 0; epoch < expected.length; epoch++) {
            assertEquals(expected[epoch], s.rateFor(epoch), EPS, "epoch " + epoch);
        }
    }

    @Test
    void cosineFallsFromTheBaseToTheMinimumOverTheRun() {
        LearningRateSchedule s = new LearningRateSchedule(new ScheduleSpec(ScheduleSpec.Kind.COSINE, 0, 1, 0.1), 1.1, 4);
        // min + (base - min) (1 + cos(pi e / 4)) / 2 with base - min = 1
        assertEquals(1.1, s.rateFor(0), EPS);
        assertEquals(0.1 + (1 + Math.sqrt(0.5)) / 2, s.rateFor(1), EPS);
        assertEquals(0.6, s.rateFor(2), EPS);
        assertEquals(0.1 + (1 - Math.sqrt(0.5)) / 2, s.rateFor(3), EPS);
        assertEquals(0.1, s.rateFor(4), EPS);
        assertEquals(0.1, s.rateFor(9), EPS, "past the last epoch the rate stays at the minimum");
    }

    @Test
    void cosineOfARunWithNoEpochsCountsOneEpoch() {
        LearningRateSchedule s = new LearningRateSchedule(new ScheduleSpec(ScheduleSpec.Kind.COSINE, 0, 1, 0), 2, 0);
        assertEquals(2, s.rateFor(0), EPS);
        assertEquals(0, s.rateFor(1), EPS);
    }

    @Test
    void plateauCutsTheRateAfterEveryEpochsWithoutImprovement() {
        LearningRateSchedule s = new LearningRateSchedule(new ScheduleSpec(ScheduleSpec.Kind.PLATEAU, 2, 0.5, 0.3),
                1.0, 100);
        s.observe(1.0);
        assertEquals(1.0, s.rateFor(1), EPS);
        s.observe(1.0);
        assertEquals(1.0, s.rateFor(2), EPS, "one epoch without improvement is not yet a plateau");
        s.observe(0.99995);
        assertEquals(0.5, s.rateFor(3), EPS, "an improvement of less than 1e-4 of the best is no improvement");
        s.observe(0.5);
        s.observe(0.5);
        assertEquals(0.5, s.rateFor(5), EPS, "a real improvement restarts the count");
        s.observe(0.6);
        assertEquals(0.3, s.rateFor(6), EPS, "never below the minimum rate");
        s.observe(Double.NaN);
        s.observe(Double.NaN);
        assertEquals(0.3, s.rateFor(8), EPS);
    }

    @Test
    void plateauIgnoresNaNLosses() {
        LearningRateSchedule s = new LearningRateSchedule(new ScheduleSpec(ScheduleSpec.Kind.PLATEAU, 1, 0.5, 0), 1.0, 10);
        s.observe(1.0);
        s.observe(Double.NaN);
        assertEquals(1.0, s.rateFor(2), EPS);
        s.observe(2.0);
        assertEquals(0.5, s.rateFor(3), EPS);
    }

    @Test
    void onlyPlateauListensToTheLoss() {
        LearningRateSchedule s = new LearningRateSchedule(new ScheduleSpec(ScheduleSpec.Kind.STEP, 1, 0.5, 0), 1.0, 10);
        for (int i = 0; i < 5; i++) {
            s.observe(1.0);
        }
        assertEquals(0.25, s.rateFor(2), EPS);
    }

    @Test
    void rebaseRestartsEverySchedulesBase() {
        LearningRateSchedule step = new LearningRateSchedule(new ScheduleSpec(ScheduleSpec.Kind.STEP, 1, 0.5, 0), 1, 10);
        step.rebase(4);
        assertEquals(1.0, step.rateFor(2), EPS);
        LearningRateSchedule plateau = new LearningRateSchedule(
                new ScheduleSpec(ScheduleSpec.Kind.PLATEAU, 1, 0.5, 0), 1, 10);
        plateau.observe(1);
        plateau.observe(1);
        assertEquals(0.5, plateau.rateFor(2), EPS);
        plateau.rebase(3);
        assertEquals(3, plateau.rateFor(3), EPS);
        LearningRateSchedule constant = new LearningRateSchedule(ScheduleSpec.constant(), 1, 10);
        constant.rebase(0.25);
        assertEquals(0.25, constant.rateFor(7), EPS);
    }

    @Test
    void specsOutsideTheirRangesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new ScheduleSpec(ScheduleSpec.Kind.STEP, 0, 0.5, 0));
        assertThrows(IllegalArgumentException.class, () -> new ScheduleSpec(ScheduleSpec.Kind.PLATEAU, 1, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new ScheduleSpec(ScheduleSpec.Kind.STEP, 1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new ScheduleSpec(ScheduleSpec.Kind.COSINE, 0, 1, -1e-9));
        assertThrows(IllegalArgumentException.class, () -> new ScheduleSpec(ScheduleSpec.Kind.COSINE, 0, 1, Double.NaN));
        assertEquals(ScheduleSpec.Kind.PLATEAU, new ScheduleSpec(ScheduleSpec.Kind.PLATEAU, 1, 0.999, 0).kind());
        assertEquals(ScheduleSpec.Kind.COSINE, ScheduleSpec.Kind.parse(" Cosine "));
        assertThrows(IllegalArgumentException.class, () -> ScheduleSpec.Kind.parse("linear"));
    }
}
