package workbench.app.featuremaps;

import java.util.function.LongSupplier;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Decides when the feature maps are recomputed: a change the user made goes as soon as the request
 * before it has come back, training progress at most once per interval. While training, a request
 * waits for the trainer's next break, so without this the snapshots (up to ten a second) would
 * queue jobs faster than they return. Call on the FX thread.
 */
final class RefreshThrottle {

    /**
     * Calls back once after a delay: a JavaFX timer in the window, a hand-driven one in tests, so
     * that the throttle's rule can be checked without waiting for a clock.
     */
    interface Alarm {
        /** Calls {@code action} once, {@code delayNanos} from now, unless one is already set. */
        void setIfIdle(long delayNanos, Runnable action);

        void cancel();
    }

    private final long intervalNanos;
    private final Runnable request;
    private final LongSupplier clock;
    private final Alarm alarm;
    private boolean pending;
    private boolean urgent;
    private boolean inFlight;
    private long lastStart;
    private boolean started;

    /** @param request starts one refresh; its answer must call {@link #done()} */
    RefreshThrottle(Duration interval, Runnable request) {
        this(interval, request, System::nanoTime, fxAlarm());
    }

    /** @param clock nanoseconds, as {@link System#nanoTime()} */
    RefreshThrottle(Duration interval, Runnable request, LongSupplier clock, Alarm alarm) {
        this.intervalNanos = (long) (interval.toMillis() * 1_000_000);
        this.request = request;
        this.clock = clock;
        this.alarm = alarm;
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
        long wait = urgent || !started ? 0 : lastStart + intervalNanos - clock.getAsLong();
        if (wait > 0) {
            alarm.setIfIdle(wait, this::pump);
            return;
        }
        alarm.cancel();
        pending = false;
        urgent = false;
        inFlight = true;
        started = true;
        lastStart = clock.getAsLong();
        request.run();
    }

    private static Alarm fxAlarm() {
        PauseTransition timer = new PauseTransition();
        return new Alarm() {
            @Override
            public void setIfIdle(long delayNanos, Runnable action) {
                if (timer.getStatus() != Animation.Status.RUNNING) {
                    timer.setOnFinished(e -> action.run());
                    timer.setDuration(Duration.millis(Math.max(1, delayNanos / 1_000_000.0)));
                    timer.playFromStart();
                }
            }

            @Override
            public void cancel() {
                timer.stop();
            }
        };
    }
}
