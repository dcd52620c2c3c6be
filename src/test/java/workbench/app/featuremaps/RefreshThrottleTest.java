package workbench.app.featuremaps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;

/**
 * Training progress refreshes at most once per interval; a user's change goes at once, one request
 * at a time. The throttle runs on a hand-driven clock and alarm, so each case is exact.
 */
class RefreshThrottleTest {
    private static final long MS = 1_000_000L;

    /** A clock that moves only when told to, and fires the alarm when its time comes. */
    private static final class FakeTime implements RefreshThrottle.Alarm {
        long now;
        private long due = -1;
        private Runnable action;

        @Override
        public void setIfIdle(long delayNanos, Runnable whenDue) {
            if (action == null) {
                due = now + delayNanos;
                action = whenDue;
            }
        }

        @Override
        public void cancel() {
            action = null;
        }

        void advanceTo(long time) {
            while (action != null && due <= time) {
                now = due;
                Runnable fire = action;
                action = null;
                fire.run();
            }
            now = time;
        }
    }

    private final FakeTime time = new FakeTime();
    private final List<Long> startedAt = new ArrayList<>();
    private RefreshThrottle throttle;

    /** Each request records when it started; {@code answersAtOnce} makes it call done() straight away. */
    private RefreshThrottle throttle(long intervalMillis, boolean answersAtOnce) {
        throttle = new RefreshThrottle(Duration.millis(intervalMillis), () -> {
            startedAt.add(time.now / MS);
            if (answersAtOnce) {
                throttle.done();
            }
        }, () -> time.now, time);
        return throttle;
    }

    @Test
    void progressEveryTwentyMillisecondsRefreshesOncePerIntervalAndTheLastOneStillGoes() {
        throttle(500, true);
        // snapshots every 20 ms for 1.6 s: without the throttle, 80 refreshes
        for (long t = 0; t < 1600; t += 20) {
            time.advanceTo(t * MS);
            throttle.soon();
        }
        time.advanceTo(5000 * MS);
        // the first at once, then one at each interval; the snapshots after 1500 ms go at 2000 ms
        assertEquals(List.of(0L, 500L, 1000L, 1500L, 2000L), startedAt);
    }

    @Test
    void progressWithNothingNewAfterARefreshStartsNoOther() {
        throttle(500, true);
        throttle.soon();
        time.advanceTo(5000 * MS);
        assertEquals(List.of(0L), startedAt);
    }

    @Test
    void userChangesGoAtOnceButNeverTwoInFlight() {
        throttle(10_000, false);
        throttle.now();
        assertEquals(1, startedAt.size());
        throttle.now();
        throttle.now();
        assertEquals(1, startedAt.size(), "waits for the answer in flight");
        throttle.done();
        assertEquals(2, startedAt.size(), "the pending change goes when the answer is back, once");
        throttle.done();
        throttle.soon();
        assertEquals(2, startedAt.size(), "progress waits out the interval");
        throttle.now();
        assertEquals(3, startedAt.size(), "a user's change does not");
        throttle.done();
        time.advanceTo(60_000 * MS);
        assertEquals(3, startedAt.size(), "the progress request was served by the user's change");
    }

    @Test
    void progressDueWhileARequestIsInFlightWaitsForItsAnswer() {
        throttle(500, false);
        throttle.soon();
        time.advanceTo(100 * MS);
        throttle.soon();
        time.advanceTo(2000 * MS);
        assertEquals(List.of(0L), startedAt, "the first answer has not come back");
        throttle.done();
        assertEquals(List.of(0L, 2000L), startedAt, "the interval is long past: it goes with the answer");
    }
}
