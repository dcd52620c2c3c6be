package workbench.session;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Asks for answers that matter only while they are the newest. The views that follow a model ask
 * again at every snapshot or every click, faster than a model busy training can answer, and an
 * answer computed for a model or a choice the user has since left must not be drawn over what is
 * on show now. The views share this one rule rather than each keeping it in fields of its own.
 *
 * <p>The rule, and why:
 * <ul>
 * <li>At most one request is in flight. One made meanwhile waits, replacing any that was already
 * waiting, so a burst of asks costs one more run rather than a queue that outgrows the answers.
 * <li>The answer in flight is still delivered though a newer request waits: a view asked faster
 * than it is answered would otherwise show nothing until the asking stopped (a whole training).
 * The waiting request starts once that answer has been delivered; if delivering it asked anew,
 * that newer request goes instead.
 * <li>{@link #cancel()} drops the answer in flight and the waiting request, which belong to what was
 * before (another model, a placeholder on show). The slot is free at once, so the next request
 * does not wait for an answer nobody wants, and the dropped work's future is cancelled, so work
 * that watches it ({@link BackgroundTask}) can stop early.
 * <li>Answers and failures arrive on the UI executor, and whether they are still wanted is decided
 * there, just before delivery: a cancel made on that thread is never overtaken by an answer
 * already on its way. A failure arrives as its cause, unwrapped by {@link #unwrap}, so a user reads
 * what went wrong rather than the name of a wrapper.
 * <li>Work starts on the thread that submits it or, if it waited, on the UI executor after the
 * answer before it, so work submitted on the UI thread always starts there and may read the view.
 * </ul>
 * Any thread may submit and cancel; the state is guarded by one lock, never held while the work
 * or a callback runs.
 *
 * @param <T> the answer
 */
public final class LatestRequest<T> {
    private final Executor ui;
    private final Object lock = new Object();
    /** Guarded by {@link #lock}. */
    private Request<T> inFlight;
    /** Guarded by {@link #lock}: the newest request made while another was in flight. */
    private Request<T> waiting;

    /** @param ui where answers and failures are delivered: the FX thread in the window, a plain executor in tests */
    public LatestRequest(Executor ui) {
        this.ui = Objects.requireNonNull(ui);
    }

    /**
     * Asks for {@code work}'s answer: it starts now if nothing is in flight, otherwise when the
     * answer in flight has been delivered, unless a newer request or a cancel comes first.
     *
     * @param work      starts the work and gives its future (a query to the model's host, a task on
     *                  a thread of the caller's); what it throws counts as the work's failure
     * @param onAnswer  given the answer on the UI executor, unless the request was cancelled
     * @param onFailure given the failure's cause on the UI executor, unless the request was cancelled
     */
    public void submit(Supplier<CompletableFuture<T>> work, Consumer<? super T> onAnswer,
            Consumer<? super Throwable> onFailure) {
        Request<T> request = new Request<>(Objects.requireNonNull(work), Objects.requireNonNull(onAnswer),
                Objects.requireNonNull(onFailure));
        synchronized (lock) {
            if (inFlight != null) {
                waiting = request;
                return;
            }
            waiting = null; // one left while an answer was being delivered is older than this
            inFlight = request;
        }
        start(request);
    }

    /** Drops the answer in flight and the request waiting: neither will be delivered. */
    public void cancel() {
        CompletableFuture<T> dropped;
        synchronized (lock) {
            dropped = inFlight == null ? null : inFlight.future;
            inFlight = null;
            waiting = null;
        }
        if (dropped != null) {
            dropped.cancel(false);
        }
    }

    /**
     * The failure itself, without the {@link CompletionException} or {@link ExecutionException}
     * that a future wraps it in on the way.
     */
    public static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private void start(Request<T> request) {
        CompletableFuture<T> future;
        try {
            future = Objects.requireNonNull(request.work.get(), "the work gave no future");
        } catch (RuntimeException e) {
            future = CompletableFuture.failedFuture(e);
        }
        boolean stillWanted;
        synchronized (lock) {
            stillWanted = inFlight == request;
            request.future = future;
        }
        if (!stillWanted) {
            future.cancel(false); // cancelled on another thread while it started
        }
        future.whenComplete((answer, failure) -> ui.execute(() -> land(request, answer, failure)));
    }

    /** On the UI executor: delivers the answer if its request is still in flight, then starts the waiting one. */
    private void land(Request<T> request, T answer, Throwable failure) {
        synchronized (lock) {
            if (inFlight != request) {
                return; // cancelled
            }
            inFlight = null;
        }
        try {
            if (failure == null) {
                request.onAnswer.accept(answer);
            } else {
                request.onFailure.accept(unwrap(failure));
            }
        } finally {
            startWaiting();
        }
    }

    private void startWaiting() {
        Request<T> next;
        synchronized (lock) {
            if (inFlight != null || waiting == null) {
                return; // nothing waits, or the delivery asked anew and that request went at once
            }
            next = waiting;
            waiting = null;
            inFlight = next;
        }
        start(next);
    }

    private static final class Request<T> {
        final Supplier<CompletableFuture<T>> work;
        final Consumer<? super T> onAnswer;
        final Consumer<? super Throwable> onFailure;
        /** Guarded by the lock of the {@link LatestRequest}; null until the work has started. */
        CompletableFuture<T> future;

        Request(Supplier<CompletableFuture<T>> work, Consumer<? super T> onAnswer,
                Consumer<? super Throwable> onFailure) {
            this.work = work;
            this.onAnswer = onAnswer;
            this.onFailure = onFailure;
        }
    }
}
