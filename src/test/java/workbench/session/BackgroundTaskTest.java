package workbench.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** A dropped task is skipped if it has not begun and told to stop if it has; waits are latches with a guard. */
class BackgroundTaskTest {
    private static final int GUARD_SECONDS = 30;

    @Test
    void theFutureHoldsTheAnswerOrWhatTheWorkThrew() throws Exception {
        List<Runnable> posted = new ArrayList<>();
        CompletableFuture<String> answered = BackgroundTask.start(posted::add, wanted -> "map");
        IllegalArgumentException nan = new IllegalArgumentException("NaN codes");
        CompletableFuture<String> failed = BackgroundTask.start(posted::add, wanted -> {
            throw nan;
        });
        assertFalse(answered.isDone(), "the work runs on the executor, not the caller's thread");
        posted.forEach(Runnable::run);
        assertEquals("map", answered.get());
        assertSame(nan, assertThrows(ExecutionException.class, failed::get).getCause());
    }

    @Test
    void workDroppedBeforeItBeganNeverRuns() {
        List<Runnable> posted = new ArrayList<>();
        AtomicBoolean ran = new AtomicBoolean();
        CompletableFuture<String> dropped = BackgroundTask.start(posted::add, wanted -> {
            ran.set(true);
            return "late";
        });
        dropped.cancel(false);
        posted.forEach(Runnable::run);
        assertFalse(ran.get());
    }

    @Test
    void workUnderWayIsToldItIsNoLongerWanted() throws Exception {
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try {
            CountDownLatch begun = new CountDownLatch(1);
            CountDownLatch stopped = new CountDownLatch(1);
            CompletableFuture<String> running = BackgroundTask.start(worker, wanted -> {
                begun.countDown();
                while (wanted.getAsBoolean()) {
                    Thread.onSpinWait(); // an iteration of t-SNE
                }
                stopped.countDown();
                return "stopped early";
            });
            assertTrue(begun.await(GUARD_SECONDS, TimeUnit.SECONDS), "guard: the work began");
            running.cancel(false);
            assertTrue(stopped.await(GUARD_SECONDS, TimeUnit.SECONDS), "the work saw it was dropped");
            assertTrue(running.isCancelled(), "what a dropped work returns is not its answer");
        } finally {
            worker.shutdownNow();
        }
    }
}
