package workbench.app.featuremaps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Training progress refreshes at most once per interval; a user's change goes at once, one request at a time. */
@ExtendWith(ApplicationExtension.class)
class RefreshThrottleTest {

    private static void fx(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    }

    @Test
    void progressRefreshesAtMostOncePerInterval() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        RefreshThrottle[] throttle = new RefreshThrottle[1];
        fx(() -> throttle[0] = new RefreshThrottle(Duration.millis(500), () -> {
            requests.incrementAndGet();
            throttle[0].done();
        }));
        long start = System.nanoTime();
        // snapshots every 20 ms for 1.6 s: without the throttle, 80 refreshes
        while (System.nanoTime() - start < 1_600_000_000L) {
            fx(throttle[0]::soon);
            Thread.sleep(20);
        }
        Thread.sleep(600);
        WaitForAsyncUtils.waitForFxEvents();
        int n = requests.get();
        assertTrue(n >= 3 && n <= 5, n + " refreshes in about 2.2 s at most one per 0.5 s");
    }

    @Test
    void userChangesGoAtOnceButNeverTwoInFlight() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        RefreshThrottle[] throttle = new RefreshThrottle[1];
        fx(() -> throttle[0] = new RefreshThrottle(Duration.seconds(10), requests::incrementAndGet));
        fx(throttle[0]::now);
        assertEquals(1, requests.get());
        fx(throttle[0]::now);
        fx(throttle[0]::now);
        assertEquals(1, requests.get(), "waits for the answer in flight");
        fx(throttle[0]::done);
        assertEquals(2, requests.get(), "the pending change goes when the answer is back, once");
        fx(throttle[0]::done);
        fx(throttle[0]::soon);
        assertEquals(2, requests.get(), "progress waits out the interval");
        fx(throttle[0]::now);
        assertEquals(3, requests.get(), "a user's change does not");
    }
}
