package workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * The t-SNE job without a window: a failure reaches its callback in words, and only the newest
 * request's map is delivered. The UI thread is a queue the test drains; the guard only stops a hang.
 */
class TsneJobTest {
    private static final int GUARD_SECONDS = 60;

    /** Stands in for the FX thread: posted work runs on the test's thread when it drains the queue. */
    private final BlockingQueue<Runnable> posted = new LinkedBlockingQueue<>();
    private final Executor ui = posted::add;

    private void drainUntil(BooleanSupplier condition) throws InterruptedException {
        long guard = System.nanoTime() + TimeUnit.SECONDS.toNanos(GUARD_SECONDS);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < guard, "guard: the t-SNE job hangs");
            Runnable next = posted.poll(1, TimeUnit.SECONDS);
            if (next != null) {
                next.run();
            }
        }
    }

    private static FMatrixRMaj codes(int rows, int cols, long seed) {
        FMatrixRMaj m = new FMatrixRMaj(rows, cols);
        Random random = new Random(seed);
        for (int i = 0; i < m.data.length; i++) {
            m.data[i] = (float) random.nextGaussian();
        }
        return m;
    }

    @Test
    void codesADivergedModelMadeNanFailInWords() throws Exception {
        FMatrixRMaj diverged = codes(40, 4, 1);
        diverged.data[5] = Float.NaN;
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        List<FMatrixRMaj> maps = new CopyOnWriteArrayList<>();
        new TsneJob(ui).submit(diverged, 1, maps::add, failures::add);
        drainUntil(() -> !failures.isEmpty());
        assertEquals(List.of(), maps);
        assertInstanceOf(IllegalArgumentException.class, failures.get(0), "the cause, not a wrapper");
        assertTrue(failures.get(0).getMessage().contains("NaN"), failures.get(0).getMessage());
    }

    @Test
    void onlyTheNewestRequestsMapIsDelivered() throws Exception {
        TsneJob job = new TsneJob(ui);
        List<String> delivered = new CopyOnWriteArrayList<>();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        job.submit(codes(300, 4, 1), 1, map -> delivered.add("older epoch"), failures::add);
        job.submit(codes(40, 4, 2), 1, map -> {
            assertEquals(40, map.numRows);
            assertEquals(2, map.numCols);
            delivered.add("newest");
        }, failures::add);
        drainUntil(() -> !delivered.isEmpty() || !failures.isEmpty());
        assertEquals(List.of(), failures);
        assertEquals(List.of("newest"), delivered, "the older map, had it finished, was dropped");
    }
}
