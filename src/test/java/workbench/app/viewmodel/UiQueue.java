package workbench.app.viewmodel;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Stands in for the JavaFX thread in view-model tests: work posted to it waits until the test
 * drains the queue on its own thread, as the real UI thread would run it between frames.
 *
 * <p>The test thread runs a frame (the view-model's tick) whenever work is posted, and otherwise
 * once per {@link #FRAME_MILLIS}, as the FX thread's pulse would: what the training thread
 * publishes without posting (progress, snapshots) is read by the frame. Nothing here measures
 * time; the only deadline is a guard that fails a test which would otherwise hang.
 */
final class UiQueue implements Executor {
    /** One frame at 60 frames a second, as the FX pulse. */
    private static final long FRAME_MILLIS = 16;
    /** Long enough for any training these tests run on a busy machine; only a hang reaches it. */
    private static final int HANG_GUARD_SECONDS = 120;

    private final BlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();

    @Override
    public void execute(Runnable command) {
        queue.add(command);
    }

    /** Runs posted work (and the given frame action) until the condition holds. */
    void until(BooleanSupplier condition, Runnable frame) {
        until(condition, frame, HANG_GUARD_SECONDS);
    }

    /**
     * As {@link #until(BooleanSupplier, Runnable)}; {@code seconds} only guards against a hang, so
     * a shorter guard than the default is raised to it.
     */
    void until(BooleanSupplier condition, Runnable frame, int seconds) {
        int guard = Math.max(seconds, HANG_GUARD_SECONDS);
        long hangGuard = System.nanoTime() + TimeUnit.SECONDS.toNanos(guard);
        while (true) {
            Runnable r;
            while ((r = queue.poll()) != null) {
                r.run();
            }
            frame.run();
            if (condition.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() > hangGuard) {
                throw new AssertionError("condition not reached in " + guard + " s: the work it waits for hangs");
            }
            try {
                Runnable posted = queue.poll(FRAME_MILLIS, TimeUnit.MILLISECONDS);
                if (posted != null) {
                    posted.run();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for the condition", e);
            }
        }
    }
}
