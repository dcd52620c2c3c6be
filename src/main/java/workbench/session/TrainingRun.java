package workbench.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.ejml.data.FMatrixRMaj;
import workbench.engine.Autoencoder;
import workbench.engine.EpochStats;
import workbench.engine.LossBreakdown;
import workbench.engine.TrainingControl;
import workbench.engine.Trainer;
import workbench.engine.TrainingListener;
import workbench.engine.TrainingResult;

/**
 * One experiment's model on its prepared data, trained on the caller's thread (the command line)
 * or on a background thread of its own (the window). The newest snapshot is kept in an atomic
 * reference: a screen takes the latest at its own pace, so a fast trainer cannot flood it and a
 * slow screen cannot slow training.
 */
public final class TrainingRun {
    /** Rows of the test split whose reconstructions are shown. */
    public static final int GALLERY_SIZE = 16;
    /** Test rows whose codes are plotted. */
    public static final int MAX_PLOTTED_CODES = 10_000;

    private final Experiment experiment;
    private final PreparedData data;
    private final Autoencoder model;
    private final List<EpochStats> history = new ArrayList<>();
    private final TrainingControl control = new TrainingControl();
    private final AtomicReference<TrainingSnapshot> latest = new AtomicReference<>();
    private volatile FMatrixRMaj gallery;
    private final java.util.concurrent.ConcurrentLinkedQueue<ModelJob<?>> modelJobs =
            new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final FMatrixRMaj plotted;
    private volatile boolean running;
    private volatile boolean snapshotsWanted;
    private final BatchLossLog batchLosses = new BatchLossLog();
    private final AtomicReference<Progress> progress = new AtomicReference<>();
    private final EpochSnapshots epochSnapshots = new EpochSnapshots();
    /**
     * Held while deciding who may touch the model: the training thread while {@code running}, else
     * the caller. Ending a run (final snapshot, queued jobs) happens under it, so a job can never
     * run on the caller's thread while the trainer is still finishing.
     */
    private final Object modelOwner = new Object();

    /** A new model from the experiment, or {@code existing} (a model being continued) with its history. */
    public TrainingRun(Experiment experiment, PreparedData data, Autoencoder existing, List<EpochStats> earlier) {
        this.experiment = Objects.requireNonNull(experiment);
        this.data = Objects.requireNonNull(data);
        this.model = existing != null ? existing
                : new Autoencoder(experiment.seededModel().withInputShape(data.sampleShape()));
        if (earlier != null) {
            history.addAll(earlier);
        }
        FMatrixRMaj test = data.test().features();
        this.gallery = firstRows(test, GALLERY_SIZE);
        this.plotted = firstRows(test, MAX_PLOTTED_CODES);
        control.setWhilePaused(this::serveJobs);
    }

    /** Runs the jobs screens have queued; only on the thread that owns the model. */
    private void serveJobs() {
        ModelJob<?> request;
        while ((request = modelJobs.poll()) != null) {
            request.runOn(model);
        }
    }

    private static FMatrixRMaj firstRows(FMatrixRMaj m, int max) {
        int rows = Math.min(max, m.numRows);
        FMatrixRMaj out = new FMatrixRMaj(rows, m.numCols);
        System.arraycopy(m.data, 0, out.data, 0, rows * m.numCols);
        return out;
    }

    public Experiment experiment() {
        return experiment;
    }

    public PreparedData data() {
        return data;
    }

    /** The live model: read it only when no training is under way, or from a listener. */
    public Autoencoder model() {
        return model;
    }

    public TrainingControl control() {
        return control;
    }

    public boolean isRunning() {
        return running;
    }

    /** How many epochs are done; cheap, for a screen that asks every frame. */
    public int epochsDone() {
        synchronized (history) {
            return history.size();
        }
    }

    public List<EpochStats> history() {
        synchronized (history) {
            return List.copyOf(history);
        }
    }

    /** The newest snapshot, or null before the first. */
    public TrainingSnapshot latestSnapshot() {
        return latest.get();
    }

    /** The snapshot of each epoch's end while a screen watches, for replaying the run. */
    public EpochSnapshots epochSnapshots() {
        return epochSnapshots;
    }

    /** Every batch's loss so far, for a live chart. */
    public BatchLossLog batchLosses() {
        return batchLosses;
    }

    /** The newest progress, or null before the first batch. */
    public Progress progress() {
        return progress.get();
    }

    /** The gallery rows (test split, normalised) whose reconstructions snapshots carry. */
    public FMatrixRMaj gallery() {
        return gallery;
    }

    /** Picks another {@link #GALLERY_SIZE} test rows for the gallery, at random from the seed. */
    public void reshuffleGallery(long seed) {
        FMatrixRMaj test = data.test().features();
        int rows = Math.min(GALLERY_SIZE, test.numRows);
        int[] order = new int[test.numRows];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Random random = new java.util.Random(seed);
        FMatrixRMaj picked = new FMatrixRMaj(rows, test.numCols);
        for (int i = 0; i < rows; i++) {
            int j = i + random.nextInt(order.length - i);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
            System.arraycopy(test.data, order[i] * test.numCols, picked.data, i * test.numCols, test.numCols);
        }
        gallery = picked;
        snapshotNow(); // while training, the next snapshot carries the new gallery
    }

    private int lastEpoch() {
        synchronized (history) {
            return history.isEmpty() ? 0 : history.get(history.size() - 1).epoch();
        }
    }

    /**
     * Decodes a code into a sample. While training runs the model belongs to the training thread,
     * so the request waits for the next snapshot moment (a tenth of a second at most); otherwise it
     * is answered at once.
     */
    public CompletableFuture<float[]> decode(float[] code) {
        float[] copy = code.clone();
        return withModel(live -> LatentTools.decode(live, copy));
    }

    /**
     * Runs {@code job} on the model where it is safe to: while training runs, on the training
     * thread at the next snapshot moment, as {@link #decode} does; otherwise at once, on the
     * caller's thread. The job may encode and decode but not train, and must return copies, not
     * the model's reused buffers. Its exception completes the future rather than ending the run.
     */
    public <T> CompletableFuture<T> withModel(java.util.function.Function<Autoencoder, T> job) {
        ModelJob<T> request = new ModelJob<>(Objects.requireNonNull(job), new CompletableFuture<>());
        synchronized (modelOwner) {
            if (running) {
                modelJobs.add(request);
                control.wake(); // a paused trainer serves it at once
            } else {
                request.runOn(model);
            }
        }
        return request.result();
    }

    private record ModelJob<T>(java.util.function.Function<Autoencoder, T> job, CompletableFuture<T> result) {
        void runOn(Autoencoder live) {
            try {
                result.complete(job.apply(live));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        }
    }

    /** What a screen shows, copied out of the model; call only where the model is not being trained. */
    private TrainingSnapshot snapshotOf(Autoencoder live, int epoch, int batch) {
        FMatrixRMaj originals = gallery;
        FMatrixRMaj corrupted = null;
        FMatrixRMaj input = originals;
        if (live.spec().variant().kind() == workbench.engine.VariantSpec.Kind.DENOISING) {
            corrupted = new FMatrixRMaj(originals.numRows, originals.numCols);
            // the same corruption every time, so the strip does not flicker between snapshots
            workbench.engine.Corruption.apply(live.spec().variant(), originals, corrupted,
                    new org.apache.commons.math3.random.Well19937c(7));
            input = corrupted;
        }
        FMatrixRMaj codes = live.encode(plotted);
        workbench.analysis.Pca projection = null;
        FMatrixRMaj plane = codes;
        if (codes.numCols > 2 && codes.numRows > 2) {
            projection = planeOf(codes);
            plane = projection.project(codes, 2);
        }
        return new TrainingSnapshot(epoch, batch, history(), originals, corrupted, live.reconstruct(input),
                codes, plane, projection);
    }

    /** Codes wider than this are projected by the two leading components alone (see Pca.fitLeading). */
    static final int FULL_PCA_MAX_WIDTH = 32;

    /** The PCA that draws codes of more than two values: exact when narrow, the leading two when wide. */
    public static workbench.analysis.Pca planeOf(FMatrixRMaj codes) {
        return codes.numCols <= FULL_PCA_MAX_WIDTH ? workbench.analysis.Pca.fit(codes)
                : workbench.analysis.Pca.fitLeading(codes, 2);
    }

    /** A snapshot of the model as it stands, for a run that is not training (just built or opened). */
    public TrainingSnapshot snapshotNow() {
        synchronized (modelOwner) {
            if (running) {
                return latest.get();
            }
            TrainingSnapshot s = snapshotOf(model, lastEpoch(), 0);
            latest.set(s);
            return s;
        }
    }

    /**
     * Trains on this thread until the run ends; listeners hear every event. No snapshots are taken
     * (nobody is watching), which keeps a headless run as fast as the engine allows.
     */
    public TrainingResult runBlocking(List<TrainingListener> listeners) {
        synchronized (modelOwner) {
            running = true;
        }
        try {
            Trainer trainer = new Trainer(model, experiment.seededTraining(), data.train().features(),
                    data.validation().size() > 0 ? data.validation().features() : null, control, history());
            trainer.addListener(new SnapshotPublisher());
            listeners.forEach(trainer::addListener);
            TrainingResult result = trainer.run();
            synchronized (history) {
                history.clear();
                history.addAll(result.history());
            }
            return result;
        } finally {
            synchronized (modelOwner) {
                try {
                    if (snapshotsWanted) {
                        // the throttle may have skipped the last moments; the screen gets the final state
                        latest.set(snapshotOf(model, lastEpoch(), 0));
                    }
                } finally {
                    // even if that snapshot fails (codes of a diverged model), the run must end and
                    // the waiting jobs be served, or every later decode would wait forever
                    running = false;
                    serveJobs();
                }
            }
        }
    }

    /**
     * Trains on a new background thread, publishing snapshots; the future completes with the result,
     * or with the unexpected error.
     */
    public CompletableFuture<TrainingResult> start(List<TrainingListener> listeners) {
        CompletableFuture<TrainingResult> future = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                future.complete(runWatched(listeners));
            } catch (RuntimeException | Error e) {
                future.completeExceptionally(e);
            }
        }, "training");
        thread.setDaemon(true);
        synchronized (modelOwner) {
            running = true;
        }
        thread.start();
        return future;
    }

    /** Trains on this thread, publishing snapshots for a screen: for a caller that owns its thread. */
    public TrainingResult runWatched(List<TrainingListener> listeners) {
        snapshotsWanted = true;
        return runBlocking(listeners);
    }

    /** Copies what a screen shows out of the live model; runs on the training thread, between batches. */
    private final class SnapshotPublisher implements TrainingListener {
        private final int totalEpochs = history.size() + experiment.training().epochs();
        private final int rows = data.train().size();
        private final RunClock clock = new RunClock(System::nanoTime);
        private long lastSnapshotEnd;
        private long lastSnapshotCost;
        private boolean epochJustEnded;

        @Override
        public void batchEnded(int epoch, int batch, int batchesPerEpoch, LossBreakdown loss, double learningRate) {
            batchLosses.append(epoch - 1 + batch / (double) batchesPerEpoch, loss.objective());
            clock.batchEnded(control.isPaused());
            progress.set(new Progress(epoch, batch, batchesPerEpoch, totalEpochs,
                    clock.samplesPerSecond(rows, batchesPerEpoch),
                    clock.secondsLeft(epoch, batch, batchesPerEpoch, totalEpochs), learningRate));
        }

        @Override
        public void epochEnded(EpochStats stats, int totalEpochs, double etaSeconds) {
            synchronized (history) {
                history.add(stats);
            }
            clock.epochEnded(stats.seconds());
            epochJustEnded = true;
        }

        @Override
        public void snapshotDue(Autoencoder live, int epoch, int batch) {
            if (!snapshotsWanted) {
                return;
            }
            long began = clock.now(); // the time for the screen is part of an epoch's, not of its batches'
            try {
                publish(live, epoch, batch);
            } finally {
                clock.overhead(began);
            }
        }

        private void publish(Autoencoder live, int epoch, int batch) {
            serveJobs();
            long start = System.nanoTime();
            if (epochJustEnded) {
                // Every epoch's end is kept for the replay, whatever the throttle says: one snapshot
                // an epoch is cheap next to the epoch itself.
                epochJustEnded = false;
                TrainingSnapshot s = snapshotOf(live, epoch, batch);
                epochSnapshots.add(s);
                latest.set(s);
                lastSnapshotEnd = System.nanoTime();
                lastSnapshotCost = lastSnapshotEnd - start;
                return;
            }
            // A snapshot encodes the whole plotted test split: on a big model that costs as much as
            // several batches, so within an epoch the gap after one is at least three times its
            // cost. The run's end always gets one (runWatched).
            if (start - lastSnapshotEnd < 3 * lastSnapshotCost) {
                return;
            }
            latest.set(snapshotOf(live, epoch, batch));
            lastSnapshotEnd = System.nanoTime();
            lastSnapshotCost = lastSnapshotEnd - start;
        }

    }
}
