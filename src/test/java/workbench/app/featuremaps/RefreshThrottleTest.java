package workbench.app.featuremaps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import workbench.session.LatestRequest;

/**
 * Training progress refreshes at most once per interval; a user's change goes at once, one request
 * at a time (the throttle asks a {@link LatestRequest}, as the tab does). The throttle runs on a
 * hand-driven clock and alarm, and the answers come when the test gives them, so each case is exact.
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
    private final LatestRequest<Long> maps = new LatestRequest<>(Runnable::run);
    private CompletableFuture<Long> inFlight;
    private RefreshThrottle throttle;

    /** Each computation records when it started; {@code answersAtOnce} makes it answer straight away. */
    private RefreshThrottle throttle(long intervalMillis, boolean answersAtOnce) {
        throttle = new RefreshThrottle(Duration.millis(intervalMillis), () -> maps.submit(() -> {
            startedAt.add(time.now / MS);
            inFlight = new CompletableFuture<>();
            if (answersAtOnce) {
                inFlight.complete(time.now);
            }
            return inFlight;
        }, answer -> { }, failure -> { }), () -> time.now, time);
        return throttle;
    }

    /** The computation under way comes back. */
    private void answer() {
        inFlight.complete(time.now);
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
        answer();
        assertEquals(2, startedAt.size(), "the pending change goes when the answer is back, once");
        answer();
        throttle.soon();
        assertEquals(2, startedAt.size(), "progress waits out the interval");
        throttle.now();
        assertEquals(3, startedAt.size(), "a user's change does not");
        answer();
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
        answer();
        assertEquals(List.of(0L, 2000L), startedAt, "the interval is long past: it goes with the answer");
    }
}
