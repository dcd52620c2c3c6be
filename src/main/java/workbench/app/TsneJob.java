package workbench.app;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.ejml.data.FMatrixRMaj;
import workbench.analysis.Tsne;
import workbench.session.BackgroundTask;
import workbench.session.LatestRequest;

/**
 * t-SNE of the latent codes, computed off the UI thread. A map takes seconds and one of an older
 * epoch is worth nothing once a newer one is asked for, so a new request stops the one under way
 * rather than waiting for it, and only the newest map, or its failure, reaches the UI thread.
 */
final class TsneJob {
    /** t-SNE is quadratic in the points; this many keeps a run to a few seconds. */
    static final int MAX_POINTS = 2000;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "t-SNE");
        t.setDaemon(true);
        return t;
    });
    private final LatestRequest<FMatrixRMaj> maps;

    /** @param ui where maps and failures are delivered: the FX thread */
    TsneJob(Executor ui) {
        maps = new LatestRequest<>(ui);
    }

    /**
     * Embeds the first {@link #MAX_POINTS} rows of {@code codes}; {@code done} gets the points, or
     * {@code failed} what went wrong (codes a diverged model made NaN, say), on the UI thread; a
     * map under way for an earlier request is stopped and never delivered.
     */
    void submit(FMatrixRMaj codes, long seed, Consumer<FMatrixRMaj> done, Consumer<Throwable> failed) {
        int rows = Math.min(MAX_POINTS, codes.numRows);
        FMatrixRMaj data = new FMatrixRMaj(rows, codes.numCols);
        System.arraycopy(codes.data, 0, data.data, 0, rows * codes.numCols);
        maps.cancel();
        maps.submit(() -> BackgroundTask.start(worker, wanted -> Tsne.embed(data,
                Tsne.Options.defaults().withSeed(seed), iteration -> wanted.getAsBoolean()).points()), done, failed);
    }

    /** Stops the map under way; it is not delivered. */
    void cancel() {
        maps.cancel();
    }
}
