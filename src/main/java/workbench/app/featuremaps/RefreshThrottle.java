package workbench.app.featuremaps;

import java.util.function.LongSupplier;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Decides when the feature maps are asked for: a change the user made at once, training progress
 * at most once per interval, so that a live view takes the trainer's breaks once a second rather
 * than at every snapshot (up to ten a second). That one computation runs at a time is the job of
 * the {@link workbench.session.LatestRequest} the requests go to. Call on the FX thread.
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
    private long lastAsked;
    private boolean started;

    /** @param request asks for one refresh */
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

    private void pump() {
        if (!pending) {
            return;
        }
        long wait = urgent || !started ? 0 : lastAsked + intervalNanos - clock.getAsLong();
        if (wait > 0) {
            alarm.setIfIdle(wait, this::pump);
            return;
        }
        alarm.cancel();
        pending = false;
        urgent = false;
        started = true;
        lastAsked = clock.getAsLong();
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
