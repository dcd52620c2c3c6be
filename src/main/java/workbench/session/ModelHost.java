package workbench.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.ejml.data.FMatrixRMaj;
import workbench.analysis.Pca;
import workbench.engine.Autoencoder;
import workbench.engine.BatchBoundary;
import workbench.engine.Corruption;
import workbench.engine.EpochStats;
import workbench.engine.LossBreakdown;
import workbench.engine.ModelSpec;
import workbench.engine.Trainer;
import workbench.engine.TrainingControl;
import workbench.engine.TrainingListener;
import workbench.engine.TrainingResult;
import workbench.engine.TrainingState;
import workbench.engine.VariantSpec;
import workbench.io.ModelFile;
import workbench.io.ModelMetadata;
import workbench.session.doctor.Diagnosis;
import workbench.session.doctor.HealthRecord;
import workbench.session.doctor.LearnedFeatures;
import workbench.session.doctor.DiagnosisKind;
import workbench.session.doctor.Doctor;
import workbench.session.doctor.PcaReference;

/**
 * The one owner of a live model. For its lifetime the model lives on one worker thread of its own,
 * with its optimizer and schedule state ({@link TrainingState}): training runs there, and so does
 * every {@link #query} of the model, between batches while it trains or at once while it is idle,
 * never on the caller's thread. Commands (pause, step, stop, a new learning rate) take effect at the
 * next batch boundary. What a screen or the command line shows comes from one immutable
 * {@link State}, replaced by the worker as things change, which any thread may read at its own pace.
 * "Train more" is another {@link #train} on the same host, so the optimizer goes on where it was.
 */
public final class ModelHost implements AutoCloseable {
    /** Rows of the test split whose reconstructions are shown. */
    public static final int GALLERY_SIZE = 16;
    /** Test rows whose codes are plotted. */
    public static final int MAX_PLOTTED_CODES = 10_000;

    /** What the host is doing. PAUSED is published only once the trainer is really held. */
    public enum Phase {
        /** Preparing the data and building the model, on the worker. */
        PREPARING,
        IDLE,
        TRAINING,
        PAUSED,
        /** Preparing failed ({@link State#problem()} says why), or the host was closed. */
        CLOSED
    }

    /**
     * Everything a screen shows of the host at one moment; never modified once published.
     *
     * @param progress       the newest batch's progress, or null before the first
     * @param snapshot       the newest snapshot, or null before the first
     * @param optimizerSteps the optimizer's steps over the model's whole training
     * @param problem        why the host is CLOSED when preparing failed; else empty
     * @param diagnoses      what the training doctor found wrong with the model so far, in the order found
     * @param health         every layer's health at each epoch's end that the doctor watched, oldest first
     * @param features       the first layer's weights as pictures at the newest epoch's end, or null
     */
    public record State(Phase phase, Progress progress, List<EpochStats> history, TrainingSnapshot snapshot,
                        long optimizerSteps, String problem, List<Diagnosis> diagnoses, List<HealthRecord> health,
                        LearnedFeatures features) {
        public State {
            history = List.copyOf(history);
            diagnoses = List.copyOf(diagnoses);
            health = List.copyOf(health);
        }
    }

    /** What a host is made of: the experiment, its prepared data, and the model with what it has learnt. */
    public record Parts(Experiment experiment, PreparedData data, Autoencoder model, List<EpochStats> history,
                        TrainingState trainingState) {
        public Parts {
            Objects.requireNonNull(experiment);
            Objects.requireNonNull(data);
            history = history == null ? List.of() : List.copyOf(history);
            trainingState = trainingState == null ? new TrainingState() : trainingState;
        }

        /** A new model from the experiment, sized for the data. */
        public static Parts fresh(Experiment experiment, PreparedData data) {
            DataChecks.requireFitFor(experiment.model().loss(), data);
            Autoencoder model = new Autoencoder(experiment.seededModel().withInputShape(data.sampleShape()));
            // the weights fit (the plan checked them); a batch's outputs must too, before one is run
            model.plan().checkActivations(Math.max(1, Math.min(experiment.training().batchSize(), data.train().size())));
            return new Parts(experiment, data, model, null, null);
        }
    }

    /** How a training run ends: the trainer's result and the objective on the test split (NaN without one). */
    public record Outcome(TrainingResult result, double testLoss) {
    }

    /** How a {@link #train} begins: running, or held after one batch or one epoch. */
    public enum Start {
        RUNNING, ONE_BATCH, ONE_EPOCH
    }

    /** A function of the model, run on the worker; it must return copies, not the model's buffers. */
    @FunctionalInterface
    public interface Query<T> {
        T apply(Autoencoder model) throws Exception;
    }

    private final Object lock = new Object();
    /** Training runs and preparation, in order; guarded by {@code lock}. */
    private final Queue<Runnable> tasks = new ArrayDeque<>();
    /** Queries waiting for the worker; guarded by {@code lock}. */
    private final Queue<Runnable> queries = new ArrayDeque<>();
    private boolean closed;
    /** Set once the worker has ended: whatever is still waiting fails instead of running. */
    private volatile boolean ended;
    /** Whether a train() is queued or running; guarded by {@code lock}. */
    private boolean trainingAsked;
    private final Thread worker;

    private final AtomicReference<State> state = new AtomicReference<>();
    private final CompletableFuture<Void> prepared = new CompletableFuture<>();
    private final BatchLossLog batchLosses = new BatchLossLog();
    private final EpochSnapshots epochSnapshots = new EpochSnapshots();
    private volatile TrainingControl control = new TrainingControl(new Boundary());

    // set once, on the worker (or by the constructor), before the phase leaves PREPARING
    private volatile Experiment experiment;
    private volatile PreparedData data;
    private volatile ModelSpec spec;
    private volatile long parameterCount;
    private volatile int codeSize;
    // touched only on the worker
    private Autoencoder model;
    private TrainingState trainingState;
    private final List<EpochStats> history = new ArrayList<>();
    /** An unmodifiable copy of {@code history}, renewed when an epoch ends: what states carry. */
    private volatile List<EpochStats> historyView = List.of();
    /**
     * Every diagnosis of the model's life (its earlier runs too: a kind is said once), appended on the
     * worker as the doctor makes them; the list is replaced, never changed, so any thread may read it.
     */
    private volatile List<Diagnosis> diagnoses = List.of();
    /** Told each new diagnosis on the worker, as it is made (the command line's warnings); may be null. */
    private volatile Consumer<Diagnosis> diagnosisWatcher;
    /** Every layer's health at each epoch's end of the model's runs watched by a doctor, published as {@link State#health}. */
    private volatile List<HealthRecord> health = List.of();
    private volatile LearnedFeatures features;
    /** The PCA baseline the running model is held to, once someone has computed it; null until then. */
    private volatile PcaReference pca;
    /** The doctor of the run in progress, or null between runs; set on the worker. */
    private volatile Doctor doctor;
    private FMatrixRMaj plotted;
    private volatile FMatrixRMaj gallery;

    /** A host for a model built already (the command line, a test); idle at once. */
    public ModelHost(Parts parts) {
        this();
        adopt(parts);
        publish(Phase.IDLE, null, null, "");
        prepared.complete(null);
    }

    /** A host that prepares its parts on its own worker first (slow on large data); PREPARING until then. */
    public static ModelHost prepare(Supplier<Parts> preparation) {
        ModelHost host = new ModelHost();
        host.enqueue(() -> {
            try {
                host.adopt(preparation.get());
            } catch (RuntimeException e) {
                String why = e.getMessage() == null ? e.toString() : e.getMessage();
                host.publish(Phase.CLOSED, null, null, why);
                host.shutDown();
                host.prepared.completeExceptionally(new IllegalArgumentException(why, e));
                return;
            }
            host.publish(Phase.IDLE, null, null, "");
            host.prepared.complete(null);
        });
        return host;
    }

    /** Completes once the parts are ready, or with the reason they could not be prepared. */
    public CompletableFuture<Void> prepared() {
        return prepared;
    }

    private ModelHost() {
        publish(Phase.PREPARING, null, null, "");
        worker = new Thread(this::work, "model host");
        worker.setDaemon(true);
        worker.start();
    }

    private void adopt(Parts parts) {
        experiment = parts.experiment();
        data = parts.data();
        model = parts.model();
        trainingState = parts.trainingState();
        history.addAll(parts.history());
        historyView = List.copyOf(history);
        spec = model.spec();
        parameterCount = model.parameterCount();
        codeSize = model.codeSize();
        FMatrixRMaj test = data.test().features();
        gallery = firstRows(test, GALLERY_SIZE);
        plotted = firstRows(test, MAX_PLOTTED_CODES);
    }

    private static FMatrixRMaj firstRows(FMatrixRMaj m, int max) {
        int rows = Math.min(max, m.numRows);
        FMatrixRMaj out = new FMatrixRMaj(rows, m.numCols);
        System.arraycopy(m.data, 0, out.data, 0, rows * m.numCols);
        return out;
    }

    // ---- the worker

    private void work() {
        while (true) {
            Runnable task;
            synchronized (lock) {
                while (tasks.isEmpty() && queries.isEmpty() && !closed) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        closed = true;
                    }
                }
                if (closed) {
                    break;
                }
                task = tasks.poll();
            }
            // a task first: a query asked while the model is being prepared waits for it
            if (task != null) {
                task.run();
            }
            serveQueries();
        }
        failWaiting();
    }

    private void serveQueries() {
        while (true) {
            Runnable q;
            synchronized (lock) {
                q = queries.poll();
            }
            if (q == null) {
                return;
            }
            q.run();
        }
    }

    private void failWaiting() {
        ended = true;
        List<Runnable> left;
        synchronized (lock) {
            left = new ArrayList<>(queries);
            left.addAll(tasks);
            queries.clear();
            tasks.clear();
        }
        // each completes its own future exceptionally: the model is gone
        left.forEach(Runnable::run);
    }

    /** The trainer's boundary: queries are served there, and "paused" is published once true. */
    private final class Boundary implements BatchBoundary {
        @Override
        public void serve() {
            serveQueries();
        }

        @Override
        public void held(boolean isHeld) {
            State s = state.get();
            publish(isHeld ? Phase.PAUSED : Phase.TRAINING, s.progress(), s.snapshot(), "");
        }
    }

    private void publish(Phase phase, Progress progress, TrainingSnapshot snapshot, String problem) {
        State s = state.get();
        // a closed host stays closed, whatever the worker was finishing meanwhile
        Phase shown = s != null && s.phase() == Phase.CLOSED ? Phase.CLOSED : phase;
        state.set(new State(shown, progress, historyView, snapshot,
                trainingState == null ? 0 : trainingState.optimizerSteps(), problem, diagnoses, health, features));
    }

    private void enqueue(Runnable task) {
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("this model was closed");
            }
            tasks.add(task);
            lock.notifyAll();
        }
    }

    private void shutDown() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
    }

    // ---- commands, from any thread

    /**
     * Trains the model for {@code run}'s training settings, after whatever the worker is doing. The
     * optimizer goes on from the last run when its kind is the same. {@code watched} publishes
     * snapshots for a screen; a headless run leaves them out and is as fast as the engine allows.
     */
    public CompletableFuture<Outcome> train(Experiment run, List<TrainingListener> listeners, boolean watched,
                                            Start start) {
        Objects.requireNonNull(run);
        CompletableFuture<Outcome> outcome = new CompletableFuture<>();
        synchronized (lock) {
            if (trainingAsked) {
                throw new IllegalStateException("this model is training already");
            }
            if (closed) {
                throw new IllegalStateException("this model was closed");
            }
            trainingAsked = true;
            TrainingControl next = new TrainingControl(new Boundary());
            switch (start) {
                case ONE_BATCH -> next.stepBatch();
                case ONE_EPOCH -> next.stepEpoch();
                case RUNNING -> { }
            }
            control = next;
            tasks.add(() -> {
                Outcome done = null;
                Throwable failure = null;
                try {
                    if (isClosed()) {
                        failure = new IllegalStateException("this model was closed");
                    } else {
                        done = runTraining(run, List.copyOf(listeners), watched, next);
                    }
                } catch (RuntimeException | Error e) {
                    failure = e;
                }
                // the host is free before anyone hears the end: whoever reacts may train it again at once
                synchronized (lock) {
                    trainingAsked = false;
                }
                if (failure != null) {
                    outcome.completeExceptionally(failure);
                } else {
                    outcome.complete(done);
                }
            });
            lock.notifyAll();
        }
        return outcome;
    }

    /** Trains on the worker and waits for the end: for the command line. */
    public Outcome trainAndWait(Experiment run, List<TrainingListener> listeners) {
        try {
            return train(run, listeners, false, Start.RUNNING).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    private boolean isClosed() {
        synchronized (lock) {
            return closed;
        }
    }

    public void pause() {
        control.pause();
    }

    public void resume() {
        control.resume();
    }

    /** While paused: one more batch. */
    public void stepBatch() {
        control.stepBatch();
    }

    /** While paused: on to the end of the epoch. */
    public void stepEpoch() {
        control.stepEpoch();
    }

    /** Ends the training under way at the next batch boundary; the model and its state stay. */
    public void stop() {
        control.cancel();
    }

    /** Any positive rate, applied at the next batch boundary of the training under way. */
    public void setLearningRate(double rate) {
        control.requestLearningRate(rate);
    }

    /** Whether training was asked for and has not ended. */
    public boolean isTrainingAsked() {
        synchronized (lock) {
            return trainingAsked;
        }
    }

    /**
     * Runs {@code query} on the worker: between batches while training (paused or not), at once
     * while idle, after preparation while preparing. Its exception completes the future, never the
     * run. The query may encode and decode but not train, and must return copies.
     */
    public <T> CompletableFuture<T> query(Query<T> query) {
        Objects.requireNonNull(query);
        CompletableFuture<T> result = new CompletableFuture<>();
        Runnable job = () -> {
            if (ended || model == null) {
                result.completeExceptionally(new IllegalStateException("this model was closed"));
                return;
            }
            try {
                result.complete(query.apply(model));
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        };
        synchronized (lock) {
            if (closed) {
                return CompletableFuture.failedFuture(new IllegalStateException("this model was closed"));
            }
            queries.add(job);
            lock.notifyAll();
        }
        control.wake(); // a paused trainer serves it at once
        return result;
    }

    /** Decodes a code into a sample (a copy), on the worker. */
    public CompletableFuture<float[]> decode(float[] code) {
        float[] copy = code.clone();
        return query(live -> LatentTools.decode(live, copy));
    }

    /** Publishes a snapshot of the model as it stands (a model opened or just built), on the worker. */
    public CompletableFuture<TrainingSnapshot> refreshSnapshot() {
        return query(live -> {
            State s = state.get();
            TrainingSnapshot snap = snapshotOf(live, lastEpoch(), 0);
            publish(s.phase(), s.progress(), snap, s.problem());
            return snap;
        });
    }

    /**
     * Writes the model file (weights, design, data preparation, training settings, history, and
     * the optimizer's state that training later goes on from) on the worker, while the model is
     * idle or paused: the one way either front end saves a model.
     */
    public CompletableFuture<Void> saveModel(Path file) {
        return query(live -> {
            writeModel(file, live);
            return null;
        });
    }

    /** As {@link #saveModel}, from inside a query of this host ({@code live} is the model it was handed). */
    public void writeModel(Path file, Autoencoder live) throws IOException {
        if (Thread.currentThread() != worker || live != model) {
            throw new IllegalStateException("writeModel runs inside a query of this host, with the model it hands");
        }
        Experiment e = experiment;
        ModelFile.save(file, live, data.normalization(), new ModelMetadata(e.dataset().source(),
                e.dataset().normalClasses(), data.classNames(), e.seededTraining(), history()), trainingState);
    }

    /**
     * Runs {@code query} on the worker and waits for it: for a caller that has nothing else to do
     * meanwhile (the command line). Its exception is rethrown as it was thrown.
     */
    public <T> T queryAndWait(Query<T> query) throws IOException {
        if (Thread.currentThread() == worker) {
            throw new IllegalStateException("a query cannot wait for another on the host's own thread");
        }
        try {
            return query(query).join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Ends the host: training stops at the next batch, waiting queries fail, the worker ends. */
    @Override
    public void close() {
        control.cancel();
        State s = state.get();
        state.set(new State(Phase.CLOSED, s.progress(), s.history(), s.snapshot(), s.optimizerSteps(), s.problem(),
                s.diagnoses(), s.health(), s.features()));
        shutDown();
    }

    // ---- what any thread may read

    public State state() {
        return state.get();
    }

    /** The experiment of the newest training (or the one the host was made for). */
    public Experiment experiment() {
        return experiment;
    }

    public PreparedData data() {
        return data;
    }

    /** The model's design; it never changes over the host's life. */
    public ModelSpec spec() {
        return spec;
    }

    public long parameterCount() {
        return parameterCount;
    }

    public int codeSize() {
        return codeSize;
    }

    public List<EpochStats> history() {
        return state.get().history();
    }

    public int epochsDone() {
        return state.get().history().size();
    }

    public TrainingSnapshot latestSnapshot() {
        return state.get().snapshot();
    }

    public Progress progress() {
        return state.get().progress();
    }

    /** Every batch's loss so far, for a live chart. */
    public BatchLossLog batchLosses() {
        return batchLosses;
    }

    /** The snapshot of each epoch's end while a screen watches, for replaying the run. */
    public EpochSnapshots epochSnapshots() {
        return epochSnapshots;
    }

    /** What the training doctor found wrong with the model so far (every run of it), in the order found. */
    public List<Diagnosis> diagnoses() {
        return diagnoses;
    }

    /** Tells {@code watcher} each diagnosis from now on, on the worker as it is made: it must be quick. */
    public void watchDiagnoses(Consumer<Diagnosis> watcher) {
        diagnosisWatcher = watcher;
    }

    /**
     * The PCA baseline of the code's size, once computed (the window computes it beside training):
     * the doctor holds the model to it from the next epoch's end on, this run's and later runs'.
     */
    public void holdToPca(PcaReference reference) {
        pca = reference;
        // the run's doctor is made with the baseline known then; one made earlier is told now
        Doctor running = doctor;
        if (running != null) {
            running.setPca(reference);
        }
    }

    /**
     * Judges the model's history against a PCA baseline known only after training (the command line
     * measures it with the test metrics), on the worker; completes with the diagnosis made, or null.
     */
    public CompletableFuture<Diagnosis> judgeAgainstPca(PcaReference reference) {
        return query(live -> {
            if (diagnoses.stream().anyMatch(d -> d.kind() == DiagnosisKind.WORSE_THAN_PCA)) {
                return null;
            }
            Diagnosis d = Doctor.againstPca(history(), live.spec(), reference);
            if (d != null) {
                diagnosed(d);
            }
            return d;
        });
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
        Random random = new Random(seed);
        FMatrixRMaj picked = new FMatrixRMaj(rows, test.numCols);
        for (int i = 0; i < rows; i++) {
            int j = i + random.nextInt(order.length - i);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
            System.arraycopy(test.data, order[i] * test.numCols, picked.data, i * test.numCols, test.numCols);
        }
        gallery = picked;
        if (!isTrainingAsked()) {
            refreshSnapshot(); // while training, the next snapshot carries the new gallery
        }
    }

    // ---- training, on the worker

    private int lastEpoch() {
        synchronized (history) {
            return history.isEmpty() ? 0 : history.get(history.size() - 1).epoch();
        }
    }

    private Outcome runTraining(Experiment run, List<TrainingListener> listeners, boolean watched,
                                TrainingControl runControl) {
        experiment = run;
        State before = state.get();
        publish(Phase.TRAINING, before.progress(), before.snapshot(), "");
        TrainingResult result = null;
        try {
            Trainer trainer = new Trainer(model, run.seededTraining(), data.train().features(),
                    data.validation().size() > 0 ? data.validation().features() : null, runControl, history(),
                    trainingState);
            trainer.addListener(new SnapshotPublisher(run.training().epochs(), watched));
            listeners.forEach(trainer::addListener);
            Doctor watching = new Doctor(model, run.seededTraining(), data.train().features(), history(), diagnoses,
                    new Doctor.Findings() {
                        @Override
                        public void diagnosed(Diagnosis d) {
                            ModelHost.this.diagnosed(d);
                        }

                        @Override
                        public void examined(HealthRecord record, LearnedFeatures pictures) {
                            ModelHost.this.examined(record, pictures);
                        }
                    });
            doctor = watching;
            watching.setPca(pca);
            watching.attachTo(trainer);
            result = trainer.run();
            synchronized (history) {
                history.clear();
                history.addAll(result.history());
                historyView = List.copyOf(history);
            }
            return new Outcome(result, testLoss(result));
        } finally {
            TrainingSnapshot last = state.get().snapshot();
            if (watched) {
                try {
                    // the throttle may have skipped the last moments; the screen gets the final state
                    last = snapshotOf(model, lastEpoch(), 0);
                } catch (RuntimeException e) {
                    // codes of a diverged model may not project; the run must still end
                }
            }
            doctor = null;
            publish(Phase.IDLE, state.get().progress(), last, "");
        }
    }

    /** An epoch's health, on the worker: kept and published with the next state. */
    private void examined(HealthRecord record, LearnedFeatures pictures) {
        List<HealthRecord> more = new ArrayList<>(health);
        more.add(record);
        health = List.copyOf(more);
        features = pictures;
        State s = state.get();
        publish(s.phase(), s.progress(), s.snapshot(), s.problem());
    }

    /** A new diagnosis, on the worker: kept, published, and told to the watcher. */
    private void diagnosed(Diagnosis d) {
        List<Diagnosis> more = new ArrayList<>(diagnoses);
        more.add(d);
        diagnoses = List.copyOf(more);
        State s = state.get();
        publish(s.phase(), s.progress(), s.snapshot(), s.problem());
        Consumer<Diagnosis> watcher = diagnosisWatcher;
        if (watcher != null) {
            watcher.accept(d);
        }
    }

    /** The objective on the test split at the end, for the run history; one forward pass. */
    private double testLoss(TrainingResult result) {
        int epochs = result.history().size();
        if (epochs == 0 || data.test().size() == 0) {
            return Double.NaN;
        }
        try {
            return model.evaluate(data.test().features(), epochs - 1).objective();
        } catch (RuntimeException e) {
            return Double.NaN; // a missing number in a table is no reason to lose the run
        }
    }

    /** What a screen shows, copied out of the model; only on the worker, between batches. */
    private TrainingSnapshot snapshotOf(Autoencoder live, int epoch, int batch) {
        FMatrixRMaj originals = gallery;
        FMatrixRMaj corrupted = null;
        FMatrixRMaj input = originals;
        if (live.spec().variant().kind() == VariantSpec.Kind.DENOISING) {
            // the same corruption every time, so the strip does not flicker between snapshots
            corrupted = Corruption.forDisplay(live.spec().variant(), originals);
            input = corrupted;
        }
        FMatrixRMaj codes = live.encode(plotted);
        Pca projection = null;
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
    public static Pca planeOf(FMatrixRMaj codes) {
        return codes.numCols <= FULL_PCA_MAX_WIDTH ? Pca.fit(codes)
                : Pca.fitLeading(codes, 2);
    }

    /** Publishes progress after each batch and snapshots for a screen; runs on the worker, between batches. */
    private final class SnapshotPublisher implements TrainingListener {
        private final int totalEpochs;
        private final boolean watched;
        private final int rows = data.train().size();
        private final RunClock clock = new RunClock(System::nanoTime);
        private long lastSnapshotEnd;
        private long lastSnapshotCost;
        private boolean epochJustEnded;

        SnapshotPublisher(int epochs, boolean watched) {
            this.totalEpochs = epochsDone() + epochs;
            this.watched = watched;
        }

        @Override
        public void batchEnded(int epoch, int batch, int batchesPerEpoch, LossBreakdown loss,
                               double learningRate) {
            batchLosses.append(epoch - 1 + batch / (double) batchesPerEpoch, loss.objective());
            clock.batchEnded(control.isPaused());
            State s = state.get();
            publish(s.phase(), new Progress(epoch, batch, batchesPerEpoch, totalEpochs,
                    clock.samplesPerSecond(rows, batchesPerEpoch),
                    clock.secondsLeft(epoch, batch, batchesPerEpoch, totalEpochs), learningRate), s.snapshot(), "");
        }

        @Override
        public void epochEnded(EpochStats stats, int total, double etaSeconds) {
            synchronized (history) {
                history.add(stats);
                historyView = List.copyOf(history);
            }
            clock.epochEnded(stats.seconds());
            epochJustEnded = true;
            State s = state.get();
            publish(s.phase(), s.progress(), s.snapshot(), "");
        }

        @Override
        public void snapshotDue(Autoencoder live, int epoch, int batch) {
            if (!watched) {
                return;
            }
            long began = clock.now(); // the time for the screen is part of an epoch's, not of its batches'
            try {
                takeSnapshot(live, epoch, batch);
            } finally {
                clock.overhead(began);
            }
        }

        private void takeSnapshot(Autoencoder live, int epoch, int batch) {
            long start = System.nanoTime();
            if (epochJustEnded) {
                // Every epoch's end is kept for the replay, whatever the throttle says: one snapshot
                // an epoch is cheap next to the epoch itself.
                epochJustEnded = false;
                TrainingSnapshot snap = snapshotOf(live, epoch, batch);
                epochSnapshots.add(snap);
                showSnapshot(snap);
                lastSnapshotEnd = System.nanoTime();
                lastSnapshotCost = lastSnapshotEnd - start;
                return;
            }
            // A snapshot encodes the whole plotted test split: on a big model that costs as much as
            // several batches, so within an epoch the gap after one is at least three times its
            // cost. The run's end always gets one (runTraining).
            if (start - lastSnapshotEnd < 3 * lastSnapshotCost) {
                return;
            }
            showSnapshot(snapshotOf(live, epoch, batch));
            lastSnapshotEnd = System.nanoTime();
            lastSnapshotCost = lastSnapshotEnd - start;
        }

        private void showSnapshot(TrainingSnapshot snap) {
            State s = state.get();
            publish(s.phase(), s.progress(), snap, "");
        }
    }
}
