package workbench.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import workbench.engine.TrainingResult;

/**
 * The model host: every query runs on its worker, whoever asks and whatever the model is doing;
 * PAUSED is published only once the trainer is held; training again on the same host continues
 * the optimizer; a closed host fails what waits. Waits are guards against a hang, never timings.
 */
class ModelHostTest {
    private static final int GUARD_SECONDS = 60;

    private static void until(BooleanSupplier condition, String what) throws InterruptedException {
        long guard = System.nanoTime() + TimeUnit.SECONDS.toNanos(GUARD_SECONDS);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < guard, "guard: " + what);
            Thread.sleep(2);
        }
    }

    private static String threadOf(ModelHost host) throws Exception {
        return host.query(m -> Thread.currentThread().getName()).get(GUARD_SECONDS, TimeUnit.SECONDS);
    }

    @Test
    void aQueryFromAnotherThreadRunsOnTheWorkerAlsoWhileIdle() throws Exception {
        try (ModelHost host = EpochSnapshotsTest.run(2)) {
            assertEquals(ModelHost.Phase.IDLE, host.state().phase());
            assertEquals("model host", threadOf(host), "idle: on the worker, not the caller");
            CompletableFuture<String> fromElsewhere = new CompletableFuture<>();
            Thread other = new Thread(() -> host.query(m -> Thread.currentThread().getName())
                    .whenComplete((name, error) -> fromElsewhere.complete(name)), "someone else");
            other.start();
            assertEquals("model host", fromElsewhere.get(GUARD_SECONDS, TimeUnit.SECONDS));
        }
    }

    @Test
    void whileTrainingAndWhilePausedQueriesAreServedOnTheWorkerAndPausedIsSaidOnlyOnceHeld() throws Exception {
        try (ModelHost host = EpochSnapshotsTest.run(500)) {
            CompletableFuture<ModelHost.Outcome> outcome = host.train(host.experiment(), List.of(), true,
                    ModelHost.Start.RUNNING);
            until(() -> host.progress() != null, "the first batch");
            assertEquals("model host", threadOf(host), "while training: between batches");
            host.pause();
            until(() -> host.state().phase() == ModelHost.Phase.PAUSED, "the trainer holds");
            int batchesWhenHeld = host.batchLosses().since(0).count();
            assertEquals("model host", threadOf(host), "while paused: the held trainer serves it");
            assertEquals(batchesWhenHeld, host.batchLosses().since(0).count(), "no batch ran for the query");
            host.stepBatch();
            until(() -> host.batchLosses().since(0).count() == batchesWhenHeld + 1, "one batch stepped");
            until(() -> host.state().phase() == ModelHost.Phase.PAUSED, "held again after the step");
            host.stop();
            TrainingResult result = outcome.get(GUARD_SECONDS, TimeUnit.SECONDS).result();
            assertEquals(TrainingResult.Status.CANCELLED, result.status());
            assertEquals(ModelHost.Phase.IDLE, host.state().phase());
        }
    }

    @Test
    void aQueryAskedWhilePreparingWaitsForTheModel() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (ModelHost host = ModelHost.prepare(() -> {
            try {
                release.await(GUARD_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return EpochSnapshotsTest.parts(1);
        })) {
            assertEquals(ModelHost.Phase.PREPARING, host.state().phase());
            CompletableFuture<Integer> codes = host.query(m -> m.codeSize());
            assertTrue(!codes.isDone(), "no model yet");
            release.countDown();
            assertEquals(3, codes.get(GUARD_SECONDS, TimeUnit.SECONDS));
            assertEquals(ModelHost.Phase.IDLE, host.state().phase());
        }
    }

    @Test
    void aPreparationThatFailsClosesTheHostWithTheReason() throws Exception {
        ModelHost host = ModelHost.prepare(() -> {
            throw new IllegalArgumentException("the model takes 12 values per sample but the data has 5");
        });
        ExecutionException failed = assertThrows(ExecutionException.class,
                () -> host.prepared().get(GUARD_SECONDS, TimeUnit.SECONDS));
        assertTrue(failed.getCause().getMessage().contains("12 values per sample"));
        assertEquals(ModelHost.Phase.CLOSED, host.state().phase());
        assertTrue(host.state().problem().contains("12 values per sample"));
        assertThrows(ExecutionException.class, () -> host.query(m -> 1).get(GUARD_SECONDS, TimeUnit.SECONDS));
    }

    @Test
    void trainingAgainOnTheSameHostContinuesTheOptimizer() throws Exception {
        try (ModelHost host = EpochSnapshotsTest.run(1)) {
            host.trainAndWait(host.experiment(), List.of());
            long afterOne = host.state().optimizerSteps();
            assertTrue(afterOne > 0);
            host.trainAndWait(host.experiment(), List.of());
            assertEquals(2 * afterOne, host.state().optimizerSteps(), "Adam's step count goes on, not from 0");
            assertEquals(2, host.history().size());
            assertEquals(2, host.history().get(1).epoch());
        }
    }

    @Test
    void oneTrainingAtATimeAndAClosedHostFailsWhatWaits() throws Exception {
        ModelHost host = EpochSnapshotsTest.run(500);
        CompletableFuture<ModelHost.Outcome> outcome = host.train(host.experiment(), List.of(), false,
                ModelHost.Start.ONE_BATCH);
        assertThrows(IllegalStateException.class,
                () -> host.train(host.experiment(), List.of(), false, ModelHost.Start.RUNNING));
        until(() -> host.state().phase() == ModelHost.Phase.PAUSED, "held after one batch");
        host.close();
        assertEquals(TrainingResult.Status.CANCELLED, outcome.get(GUARD_SECONDS, TimeUnit.SECONDS).result().status());
        assertEquals(ModelHost.Phase.CLOSED, host.state().phase());
        assertThrows(ExecutionException.class, () -> host.query(m -> 1).get(GUARD_SECONDS, TimeUnit.SECONDS));
        assertNotEquals(0, host.batchLosses().since(0).count());
    }
}
