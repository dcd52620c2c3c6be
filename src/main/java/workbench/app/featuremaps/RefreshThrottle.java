package workbench.app.featuremaps;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Decides when the feature maps are recomputed: a change the user made goes as soon as the request
 * before it has come back, training progress at most once per interval. While training, a request
 * waits for the trainer's next break, so without this the snapshots (up to ten a second) would
 * queue jobs faster than they return. Call on the FX thread.
 */
final class RefreshThrottle {
    private final long intervalNanos;
    private final Runnable request;
    private final PauseTransition timer = new PauseTransition();
    private boolean pending;
    private boolean urgent;
    private boolean inFlight;
    private long lastStart = Long.MIN_VALUE / 2;

    /** @param request starts one refresh; its answer must call {@link #done()} */
    RefreshThrottle(Duration interval, Runnable request) {
        this.intervalNanos = (long) (interval.toMillis() * 1_000_000);
        this.request = request;
        timer.setOnFinished(e -> pump());
    }

    /** Something the user chose: refresh as soon as possible. */
    void now() {
        pending = true;
        urgent = true;
        pump();
    }

    /** Training moved on: refresh, but not more often than once per interval. */
    void soon() {
        pending = true;
        pump();
    }

    /** The request under way has come back (or failed). */
    void done() {
        inFlight = false;
        pump();
    }

    private void pump() {
        if (inFlight || !pending) {
            return;
        }
        long wait = urgent ? 0 : lastStart + intervalNanos - System.nanoTime();
        if (wait > 0) {
            if (timer.getStatus() != javafx.animation.Animation.Status.RUNNING) {
                timer.setDuration(Duration.millis(Math.max(1, wait / 1_000_000.0)));
                timer.playFromStart();
            }
            return;
        }
        timer.stop();
        pending = false;
        urgent = false;
        inFlight = true;
        lastStart = System.nanoTime();
        request.run();
    }
}
