package workbench.app.viewmodel;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;

/**
 * Stands in for the JavaFX thread in view-model tests: work posted to it waits until the test
 * drains the queue on its own thread, as the real UI thread would run it between frames.
 */
final class UiQueue implements Executor {
    private final ConcurrentLinkedQueue<Runnable> queue = new ConcurrentLinkedQueue<>();

    @Override
    public void execute(Runnable command) {
        queue.add(command);
    }

    /** Runs posted work (and the given frame action) until the condition holds; fails after 20 s. */
    void until(BooleanSupplier condition, Runnable frame) {
        until(condition, frame, 20);
    }

    /** As {@link #until(BooleanSupplier, Runnable)}, failing after {@code seconds}. */
    void until(BooleanSupplier condition, Runnable frame, int seconds) {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (true) {
            Runnable r;
            while ((r = queue.poll()) != null) {
                r.run();
            }
            frame.run();
            if (condition.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not reached in " + seconds + " s");
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }
}
