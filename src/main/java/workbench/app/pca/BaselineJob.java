package workbench.app.pca;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import workbench.engine.ModelSpec;
import workbench.session.PcaBaseline;
import workbench.session.PreparedData;
import workbench.session.ModelHost;

/**
 * Fits the PCA baseline of a run on a thread of its own, since a fit on thousands of images takes
 * seconds, and hands the result to the FX thread only if nobody asked for another one since. A run
 * that continues the last one on the same data ("Train more") gets the same baseline back at once.
 * Call {@link #request} and {@link #cancel} on the FX thread.
 */
final class BaselineJob {
    /** What a baseline depends on: the same data and the same comparison give the same baseline. */
    private record Key(PreparedData data, int codeSize, ModelSpec spec) {
        boolean sameAs(Key other) {
            return other != null && data == other.data && codeSize == other.codeSize
                    && spec.loss() == other.spec.loss() && spec.outputActivation() == other.spec.outputActivation()
                    && spec.variant().equals(other.spec.variant());
        }
    }

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "pca-baseline");
        t.setDaemon(true);
        return t;
    });
    /** The newest request; a fit that finds another here was superseded. Written on the FX thread. */
    private volatile Key wanted;
    private Key cachedKey;
    private FittedBaseline cached;

    /**
     * Asks for the baseline of {@code run}'s model on its data; {@code onReady} or {@code onFailure}
     * (with a message in words) runs later on the FX thread, or at once when the baseline is known.
     */
    void request(ModelHost run, Consumer<FittedBaseline> onReady, Consumer<String> onFailure) {
        // read here, not on the worker: the code size and the design never change once a model is built
        Key key = new Key(run.data(), run.codeSize(), run.spec());
        wanted = key;
        if (key.sameAs(cachedKey)) {
            onReady.accept(cached);
            return;
        }
        worker.execute(() -> {
            if (wanted != key) {
                return; // several runs started while an earlier fit ran: only the last one counts
            }
            try {
                long start = System.nanoTime();
                PcaBaseline baseline = PcaBaseline.fit(key.data().train().features(), key.codeSize(), key.spec());
                double loss = baseline.testLoss(key.data());
                FittedBaseline result = new FittedBaseline(baseline, loss, (System.nanoTime() - start) / 1e9);
                Platform.runLater(() -> {
                    if (wanted == key) {
                        cachedKey = key;
                        cached = result;
                        onReady.accept(result);
                    }
                });
            } catch (RuntimeException e) {
                Platform.runLater(() -> {
                    if (wanted == key) {
                        onFailure.accept("The PCA baseline could not be computed: " + e.getMessage());
                    }
                });
            }
        });
    }

    /** Forgets the request in flight: its result, when it comes, is dropped. */
    void cancel() {
        wanted = null;
    }
}
