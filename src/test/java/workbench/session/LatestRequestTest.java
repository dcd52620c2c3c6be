package workbench.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The rule the views that follow a model share: one request in flight, the newest one waiting,
 * nothing delivered after a cancel, everything delivered on the UI executor with its failure
 * unwrapped. The work is a future the test completes by hand and the UI executor a queue the test
 * drains, so each step is exact; the threaded cases wait on latches with a guard, never on a clock.
 */
class LatestRequestTest {
    private static final int GUARD_SECONDS = 30;

    /** Stands in for the FX thread: what is posted runs only when the test drains it. */
    private static final class RecordingExecutor implements Executor {
        private final List<Runnable> posted = new ArrayList<>();

        @Override
        public synchronized void execute(Runnable command) {
            posted.add(command);
        }

        /** Runs what was posted, and what that posts, until nothing is left; the number run. */
        int drain() {
            int ran = 0;
            while (true) {
                Runnable next;
                synchronized (this) {
                    if (posted.isEmpty()) {
                        return ran;
                    }
                    next = posted.remove(0);
                }
                next.run();
                ran++;
            }
        }
    }

    private final RecordingExecutor ui = new RecordingExecutor();
    private final LatestRequest<String> latest = new LatestRequest<>(ui);
    /** The work started, by name, in the order it started; its future completes when the test says. */
    private final Map<String, CompletableFuture<String>> futures = new HashMap<>();
    private final List<String> started = new ArrayList<>();
    private final List<String> delivered = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();
    /** Asks for the work called {@code name}, whose answer is whatever the test completes it with. */
    private void ask(String name) {
        latest.submit(() -> {
            started.add(name);
            CompletableFuture<String> future = new CompletableFuture<>();
            futures.put(name, future);
            return future;
        }, delivered::add, failures::add);
    }

    private void answer(String name) {
        futures.get(name).complete(name);
    }

    @Test
    void threeRequestsWhileOneIsInFlightRunOnlyTheFirstAndTheLast() {
        ask("first");
        ask("second");
        ask("third");
        ask("last");
        assertEquals(List.of("first"), started, "one in flight; the others wait");

        answer("first");
        assertEquals(List.of(), delivered, "nothing is delivered before the UI executor runs it");
        ui.drain();
        assertEquals(List.of("first"), delivered, "the answer in flight is delivered though a newer request waits");
        assertEquals(List.of("first", "last"), started, "the newest waiting request replaced the others");

        answer("last");
        ui.drain();
        assertEquals(List.of("first", "last"), delivered);
        assertEquals(List.of("first", "last"), started, "nothing more runs");
        assertEquals(List.of(), failures);
    }

    @Test
    void aRequestMadeWhileNothingIsInFlightStartsAtOnce() {
        ask("a");
        answer("a");
        ui.drain();
        ask("b");
        assertEquals(List.of("a", "b"), started);
    }

    @Test
    void anAnswerThatLandsAfterACancelIsDropped() {
        ask("old");
        CompletableFuture<String> old = futures.get("old");
        latest.cancel();
        assertTrue(old.isCancelled(), "the dropped work's future is cancelled, so work that watches it can stop");
        answer("old"); // the work finished anyway (a model's host does): its answer must still not be delivered
        ui.drain();
        assertEquals(List.of(), delivered);
        assertEquals(List.of(), failures, "a dropped request's cancellation is no failure to report");
    }

    @Test
    void anAnswerAlreadyPostedToTheUiExecutorIsDroppedByACancelMadeBeforeItRuns() {
        ask("old");
        answer("old");
        latest.cancel(); // on the UI thread, after the answer was posted but before it ran
        ui.drain();
        assertEquals(List.of(), delivered);
    }

    @Test
    void aCancelFreesTheSlotAndDropsTheWaitingRequest() {
        ask("old");
        ask("waiting");
        latest.cancel();
        ask("new");
        assertEquals(List.of("old", "new"), started, "the new request does not wait for an answer nobody wants");
        answer("old");
        answer("new");
        ui.drain();
        assertEquals(List.of("new"), delivered);
        assertEquals(List.of("old", "new"), started, "the request waiting at the cancel never runs");
    }

    @Test
    void aRequestMadeWhileAnAnswerIsDeliveredReplacesTheOneThatWaited() {
        latest.submit(() -> {
            started.add("first");
            return CompletableFuture.completedFuture("first");
        }, answer -> {
            delivered.add(answer);
            ask("asked on delivery");
        }, failures::add);
        ask("waiting");
        ui.drain();
        assertEquals(List.of("first", "asked on delivery"), started);
        answer("asked on delivery");
        ui.drain();
        assertEquals(List.of("first", "asked on delivery"), delivered);
    }

    @Test
    void aFailureArrivesUnwrappedOnTheUiExecutorAndTheWaitingRequestStillRuns() {
        IOException broken = new IOException("the disk is full");
        ask("failing");
        ask("next");
        futures.get("failing").completeExceptionally(new CompletionException(new ExecutionException(broken)));
        ui.drain();
        assertEquals(1, failures.size());
        assertSame(broken, failures.get(0));
        assertEquals(List.of("failing", "next"), started);
    }

    @Test
    void aFailureOfAStageDependingOnTheWorkArrivesAsWhatTheWorkThrew() {
        IllegalStateException thrown = new IllegalStateException("this model was closed");
        CompletableFuture<String> source = new CompletableFuture<>();
        latest.submit(() -> source.thenApply(s -> s), delivered::add, failures::add);
        source.completeExceptionally(thrown);
        ui.drain();
        assertEquals(List.of(thrown), failures, "a dependent stage wraps it in a CompletionException");
    }

    @Test
    void workThatThrowsWhileStartingFailsAndFreesTheSlot() {
        IllegalArgumentException thrown = new IllegalArgumentException("no such layer");
        latest.submit(() -> {
            throw thrown;
        }, delivered::add, failures::add);
        ui.drain();
        assertEquals(List.of(thrown), failures);
        ask("after");
        assertEquals(List.of("after"), started);
    }

    @Test
    void aDeliveryThatThrowsStillStartsTheWaitingRequest() {
        latest.submit(() -> CompletableFuture.completedFuture("x"), answer -> {
            throw new IllegalStateException("a view's bug");
        }, failures::add);
        ask("waiting");
        try {
            ui.drain();
        } catch (IllegalStateException expected) {
            // the UI executor reports it; the rule must not be left stuck by it
        }
        assertEquals(List.of("waiting"), started);
    }

    @Test
    void unwrapStripsOnlyTheFuturesWrappers() {
        IOException cause = new IOException("cause");
        assertSame(cause, LatestRequest.unwrap(new CompletionException(new ExecutionException(cause))));
        assertSame(cause, LatestRequest.unwrap(cause));
        RuntimeException ownCause = new RuntimeException("outer", cause);
        assertSame(ownCause, LatestRequest.unwrap(ownCause), "an exception of the work's own keeps its cause");
        CompletionException empty = new CompletionException("no cause", null);
        assertSame(empty, LatestRequest.unwrap(empty), "a wrapper with nothing inside is all there is");
    }

    @Test
    void answersAreDeliveredOnTheInjectedExecutorsThreadNotTheWorkers() throws Exception {
        ExecutorService uiThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "ui"));
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "worker"));
        try {
            LatestRequest<String> onUi = new LatestRequest<>(uiThread);
            AtomicReference<String> answerThread = new AtomicReference<>();
            AtomicReference<String> failureThread = new AtomicReference<>();
            CountDownLatch landed = new CountDownLatch(2);
            onUi.submit(() -> CompletableFuture.supplyAsync(() -> Thread.currentThread().getName(), worker), ran -> {
                assertEquals("worker", ran);
                answerThread.set(Thread.currentThread().getName());
                landed.countDown();
            }, failure -> landed.countDown());
            onUi.submit(() -> CompletableFuture.supplyAsync(() -> {
                throw new IllegalStateException("broken");
            }, worker), ran -> landed.countDown(), failure -> {
                failureThread.set(Thread.currentThread().getName());
                landed.countDown();
            });
            assertTrue(landed.await(GUARD_SECONDS, TimeUnit.SECONDS), "guard: both delivered");
            assertEquals("ui", answerThread.get());
            assertEquals("ui", failureThread.get());
        } finally {
            uiThread.shutdownNow();
            worker.shutdownNow();
        }
    }

    /** Four threads ask 500 times each; the work counts itself running from its start to its end. */
    @Test
    void requestsFromManyThreadsNeverRunTwoAtOnceAndTheLastIsDeliveredLast() throws Exception {
        ExecutorService askers = Executors.newFixedThreadPool(4);
        ExecutorService worker = Executors.newFixedThreadPool(2);
        ExecutorService uiThread = Executors.newSingleThreadExecutor();
        try {
            LatestRequest<Integer> shared = new LatestRequest<>(uiThread);
            AtomicInteger running = new AtomicInteger();
            AtomicInteger mostRunning = new AtomicInteger();
            List<Integer> answers = new CopyOnWriteArrayList<>();
            CountDownLatch asked = new CountDownLatch(4);
            CountDownLatch last = new CountDownLatch(1);
            IntFunction<Supplier<CompletableFuture<Integer>>> work = value -> () -> {
                mostRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
                return CompletableFuture.supplyAsync(() -> {
                    running.decrementAndGet();
                    return value;
                }, worker);
            };
            for (int t = 0; t < 4; t++) {
                int thread = t;
                askers.execute(() -> {
                    for (int i = 0; i < 500; i++) {
                        shared.submit(work.apply(thread * 1000 + i), answers::add, failures::add);
                    }
                    asked.countDown();
                });
            }
            assertTrue(asked.await(GUARD_SECONDS, TimeUnit.SECONDS), "guard: every thread asked");
            shared.submit(work.apply(-1), answer -> {
                answers.add(answer);
                last.countDown();
            }, failures::add);
            assertTrue(last.await(GUARD_SECONDS, TimeUnit.SECONDS), "guard: the last request is delivered");
            assertEquals(1, mostRunning.get(), "never two at once");
            assertEquals(-1, answers.get(answers.size() - 1), "the newest request's answer comes last");
            assertEquals(List.of(), failures);
        } finally {
            askers.shutdownNow();
            worker.shutdownNow();
            uiThread.shutdownNow();
        }
    }
}
