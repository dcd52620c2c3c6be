package workbench.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The time left and the speed from a fake clock: start-up, pauses and snapshots as a run has them. */
class RunClockTest {
    private static final double EPS = 1e-9;
    private long now;
    private final RunClock clock = new RunClock(() -> now);

    private void advance(double seconds) {
        now += Math.round(seconds * 1e9);
    }

    private void batch(double seconds) {
        advance(seconds);
        clock.batchEnded(false);
    }

    @Test
    void startUpBeforeTheFirstBatchIsNotCountedAsTraining() {
        batch(5.0); // preparing the data and building the model, then the first batch
        assertTrue(Double.isNaN(clock.secondsLeft(1, 1, 10, 5)), "nothing measured yet: no guess");
        batch(0.01);
        batch(0.01);
        // 10 ms a batch; after batch 3 of 10 in epoch 1 of 5: 7 batches of this epoch and 4 epochs of 10
        assertEquals(0.01 * (7 + 40), clock.secondsLeft(1, 3, 10, 5), 1e-6);
        assertEquals(1000 / (0.01 * 10), clock.samplesPerSecond(1000, 10), 1e-3);
    }

    @Test
    void aSnapshotBetweenBatchesIsNotTakenForASlowBatch() {
        batch(1.0);
        batch(0.01);
        long began = clock.now();
        advance(0.05);
        clock.overhead(began);
        batch(0.01);
        assertEquals(0.01 * 10, clock.secondsPerEpoch(10), 1e-6);
    }

    @Test
    void aPauseIsLeftOutWhetherSeenAtTheBatchEndOrNot() {
        batch(1.0);
        batch(0.02);
        batch(0.02);
        advance(0.02);
        clock.batchEnded(true); // single stepping: the next gap includes the wait
        batch(30);
        batch(0.02);
        batch(12.0); // paused and resumed between two batches, unseen at either end
        batch(0.02);
        assertEquals(0.02 * 20, clock.secondsPerEpoch(20), 1e-6);
    }

    @Test
    void completedEpochsGiveTheEstimateWithTheirValidationAndSnapshots() {
        batch(1.0);
        for (int b = 2; b <= 10; b++) {
            batch(0.001);
        }
        long began = clock.now();
        advance(0.1); // an epoch-end snapshot costs a hundred batches on a small model
        clock.overhead(began);
        clock.epochEnded(0.02); // the trainer's own time: its batches and validation
        batch(0.001);
        // 0.12 s an epoch; after batch 1 of epoch 2 of 50: 48 epochs and 9/10 of this one
        assertEquals(0.12 * (48 + 0.9), clock.secondsLeft(2, 1, 10, 50), 1e-6);
        assertEquals(500 / 0.12, clock.samplesPerSecond(500, 10), 1e-6);
    }

    @Test
    void theEstimateFollowsTheLastThreeEpochs() {
        batch(1.0);
        clock.epochEnded(4.0);
        clock.epochEnded(1.0);
        clock.epochEnded(2.0);
        clock.epochEnded(3.0);
        assertEquals((1.0 + 2.0 + 3.0) / 3, clock.secondsPerEpoch(10), EPS);
        assertEquals(2.0 * 9, clock.secondsLeft(41, 10, 10, 50), 1e-6, "epoch 41 done: 9 epochs left");
    }
}
