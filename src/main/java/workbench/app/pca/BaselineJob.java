package workbench.app.pca;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import workbench.engine.ModelSpec;
import workbench.session.BackgroundTask;
import workbench.session.LatestRequest;
import workbench.session.PcaBaseline;
import workbench.session.PreparedData;
import workbench.session.ModelHost;

/**
 * Fits the PCA baseline of a run on a thread of its own, since a fit on thousands of images takes
 * seconds, and hands the result to the FX thread only if nobody asked for another one since: a
 * baseline of the run before is no baseline of this one, so a new request drops the fit under way
 * rather than waiting for it. A run that continues the last one on the same data ("Train more")
 * gets the same baseline back at once. Call {@link #request} and {@link #cancel} on the FX thread.
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
    private final LatestRequest<FittedBaseline> fits = new LatestRequest<>(Platform::runLater);
    private Key cachedKey;
    private FittedBaseline cached;

    /**
     * Asks for the baseline of {@code run}'s model on its data; {@code onReady} or {@code onFailure}
     * (with a message in words) runs later on the FX thread, or at once when the baseline is known.
     */
    void request(ModelHost run, Consumer<FittedBaseline> onReady, Consumer<String> onFailure) {
        // read here, not on the worker: the code size and the design never change once a model is built
        Key key = new Key(run.data(), run.codeSize(), run.spec());
        fits.cancel(); // the fit for an earlier run is dropped, and skipped if it has not begun
        if (key.sameAs(cachedKey)) {
            onReady.accept(cached);
            return;
        }
        fits.submit(() -> BackgroundTask.start(worker, wanted -> fit(key)), result -> {
            cachedKey = key;
            cached = result;
            onReady.accept(result);
        }, error -> onFailure.accept("The PCA baseline could not be computed: " + error.getMessage()));
    }

    private static FittedBaseline fit(Key key) {
        long start = System.nanoTime();
        PcaBaseline baseline = PcaBaseline.fit(key.data().train().features(), key.codeSize(), key.spec());
        double loss = baseline.testLoss(key.data());
        return new FittedBaseline(baseline, loss, (System.nanoTime() - start) / 1e9);
    }

    /** Forgets the request in flight: its result, when it comes, is dropped. */
    void cancel() {
        fits.cancel();
    }
}
