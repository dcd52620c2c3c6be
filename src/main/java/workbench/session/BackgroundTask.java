package workbench.session;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;

/**
 * Work on a thread of the caller's own (a t-SNE map, a PCA fit: seconds each) as a future that can
 * be dropped. Cancelling the future skips the work if it has not begun and tells it, through
 * {@code wanted}, if it has, so that a dropped run need not finish before the one wanted can begin
 * on the same thread. {@link LatestRequest} cancels the futures of the requests it drops.
 */
public final class BackgroundTask {
    private BackgroundTask() {
    }

    /**
     * The work; it may stop early, with any exception, once {@code wanted} says false. What it
     * throws, checked or not, becomes the future's failure as it is, so no caller wraps an
     * IOException only to unwrap it again.
     */
    @FunctionalInterface
    public interface Work<T> {
        T run(BooleanSupplier wanted) throws Exception;
    }

    /** Runs {@code work} on {@code executor}; the future holds its answer or what it threw. */
    public static <T> CompletableFuture<T> start(Executor executor, Work<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        executor.execute(() -> {
            if (result.isDone()) {
                return; // dropped before it began
            }
            try {
                result.complete(work.run(() -> !result.isDone()));
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }
}
