package workbench.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Jobs on the model (decoding, interpolating) are served while training runs and while it is paused. */
class ModelJobsTest {

    @Test
    void aPausedRunServesJobsOnItsOwnThread() throws Exception {
        TrainingRun run = EpochSnapshotsTest.run(500);
        run.control().pause();
        var future = run.start(List.of());
        String thread = run.withModel(m -> Thread.currentThread().getName()).get(10, TimeUnit.SECONDS);
        assertEquals("training", thread, "served by the paused trainer, not by the caller");
        assertTrue(run.isRunning());
        assertTrue(run.control().isPaused());
        run.control().cancel();
        future.get(10, TimeUnit.SECONDS);
        assertEquals(Thread.currentThread().getName(),
                run.withModel(m -> Thread.currentThread().getName()).get(1, TimeUnit.SECONDS),
                "an idle run serves the caller at once");
    }
}
