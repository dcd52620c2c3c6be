package workbench.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The requests a screen may make of a running trainer, and the ones it is refused. */
class TrainingControlRulesTest {

    @Test
    void onlyAPositiveFiniteLearningRateIsAccepted() {
        TrainingControl control = new TrainingControl();
        for (double bad : new double[] {0, -0.1, Double.NaN, Double.POSITIVE_INFINITY}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> control.requestLearningRate(bad));
            assertEquals("learning rate must be a positive number, got " + bad, e.getMessage());
        }
        control.requestLearningRate(1e-30);
        assertEquals(1e-30, control.takeRequestedLearningRate(), 0);
        assertTrue(Double.isNaN(control.takeRequestedLearningRate()), "a request is taken once");
    }

    @Test
    void pauseAndResumeShowInIsPausedAndCancelIsFinal() {
        TrainingControl control = new TrainingControl();
        assertFalse(control.isPaused());
        control.pause();
        assertTrue(control.isPaused());
        control.resume();
        assertFalse(control.isPaused());
        control.stepBatch();
        assertTrue(control.isPaused(), "a single step leaves the run paused");
        control.resume();
        control.stepEpoch();
        assertTrue(control.isPaused());
        assertFalse(control.isCancelled());
        control.cancel();
        control.resume();
        assertTrue(control.isCancelled());
    }
}
