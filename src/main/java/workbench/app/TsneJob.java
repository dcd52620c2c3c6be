package workbench.app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.ejml.data.FMatrixRMaj;
import workbench.analysis.Tsne;

/**
 * t-SNE of the latent codes, computed off the UI thread. Only the newest request matters: a new
 * one cancels the one under way, and a result arrives on the UI thread only if nothing newer was
 * asked for meanwhile.
 */
final class TsneJob {
    /** t-SNE is quadratic in the points; this many keeps a run to a few seconds. */
    static final int MAX_POINTS = 2000;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "t-SNE");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong generation = new AtomicLong();
    private volatile boolean busy;

    /** Embeds the first {@link #MAX_POINTS} rows of {@code codes}; {@code done} runs on the UI thread. */
    void submit(FMatrixRMaj codes, long seed, Consumer<FMatrixRMaj> done) {
        long ticket = generation.incrementAndGet();
        int rows = Math.min(MAX_POINTS, codes.numRows);
        FMatrixRMaj data = new FMatrixRMaj(rows, codes.numCols);
        System.arraycopy(codes.data, 0, data.data, 0, rows * codes.numCols);
        busy = true;
        worker.execute(() -> {
            if (ticket != generation.get()) {
                return;
            }
            Tsne.Embedding embedding;
            try {
                embedding = Tsne.embed(data, Tsne.Options.defaults().withSeed(seed),
                        iteration -> ticket == generation.get());
            } catch (java.util.concurrent.CancellationException e) {
                return; // a newer request took over
            }
            Platform.runLater(() -> {
                if (ticket == generation.get()) {
                    busy = false;
                    if (embedding != null) {
                        done.accept(embedding.points());
                    }
                }
            });
        });
    }

    void cancel() {
        generation.incrementAndGet();
        busy = false;
    }

    boolean isBusy() {
        return busy;
    }
}
