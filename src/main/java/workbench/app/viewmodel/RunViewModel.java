package workbench.app.viewmodel;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import workbench.engine.Autoencoder;
import workbench.engine.EpochStats;
import workbench.engine.TrainingResult;
import workbench.session.BatchLossLog;
import workbench.session.Experiment;
import workbench.session.LatestRequest;
import workbench.session.ModelHost;
import workbench.session.Progress;
import workbench.session.RunHistory;
import workbench.session.RunRecord;
import workbench.session.TrainingSnapshot;
import workbench.session.doctor.Diagnosis;
import workbench.session.doctor.HealthRecord;
import workbench.session.doctor.LearnedFeatures;

/**
 * A training run as the window sees it: its state, the commands of the toolbar, and the newest
 * outputs. {@link #tick()} is called once per frame on the UI thread; it takes whatever the
 * model's host published since the last frame, so the window draws at its own pace.
 */
public final class RunViewModel {
    public enum State {
        /** Nothing to train yet: no data, or an invalid design. */
        NOT_READY,
        READY,
        /** Preparing data and building the model, before the first batch. */
        STARTING,
        RUNNING,
        PAUSED,
        FINISHED,
        FAILED
    }

    private final Executor ui;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.NOT_READY);
    private final ReadOnlyObjectWrapper<ModelHost> run = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<TrainingSnapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Progress> progress = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ObservableList<EpochStats> history = FXCollections.observableArrayList();
    /** What the training doctor found wrong with the shown model, in the order found; appended to, never rewritten. */
    private final ObservableList<Diagnosis> diagnoses = FXCollections.observableArrayList();
    private final ObservableList<Diagnosis> diagnosesView = FXCollections.unmodifiableObservableList(diagnoses);
    /** Every layer's health at each epoch's end of the shown model, and its first layer's pictures, as published. */
    private final ReadOnlyObjectWrapper<List<HealthRecord>> health = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<LearnedFeatures> features = new ReadOnlyObjectWrapper<>();
    private final RunHistory runs = new RunHistory();
    private Consumer<BatchLossLog.Chunk> batchSink = chunk -> { };
    private int batchesRead;
    /** How many of the shown model's diagnoses were found before the run in progress. */
    private int diagnosedBeforeRun;
    /** The host whose training this view model waits for, or null when none is asked. */
    private ModelHost training;
    /**
     * A model at rest that the design no longer describes, kept (not closed) with the state it
     * was in, so that undoing the edit brings it and its views back; null when there is none.
     */
    private ModelHost setAside;
    private State setAsideState;
    private String setAsideMessage;

    /** {@code ui} runs the hosts' answers on the UI thread. */
    public RunViewModel(Executor ui) {
        this.ui = ui;
    }

    /** Where new batch losses go each frame (the live chart). */
    public void setBatchSink(Consumer<BatchLossLog.Chunk> sink) {
        this.batchSink = sink;
    }

    /** Whether Train may be pressed; the window calls this when data or design change. */
    public void setReady(boolean ready) {
        if (state.get() == State.NOT_READY || state.get() == State.READY) {
            state.set(ready ? State.READY : State.NOT_READY);
        }
    }

    private boolean busy() {
        return state.get() == State.RUNNING || state.get() == State.STARTING || state.get() == State.PAUSED;
    }

    /**
     * Trains a new model: its host prepares the data and builds the model on its own worker (too
     * slow for the UI thread on large datasets), then trains it.
     */
    public void start(Supplier<ModelHost.Parts> preparation, Experiment experiment, ModelHost.Start how) {
        if (busy()) {
            return;
        }
        ModelHost host = ModelHost.prepare(preparation);
        trainOn(host, experiment, how);
        // shown once its parts exist: views read its design and data as soon as it is
        host.prepared().thenRun(() -> ui.execute(() -> {
            if (training == host) {
                show(host);
            }
        }));
    }

    /** Trains the shown model further (Train more): the same host, so the optimizer goes on. */
    public void trainMore(Experiment experiment, ModelHost.Start how) {
        ModelHost host = run.get();
        if (host == null || busy()) {
            return;
        }
        trainOn(host, experiment, how);
    }

    private void show(ModelHost host) {
        ModelHost before = run.get();
        if (before != null && before != host) {
            before.close(); // one model at a time: the old one's thread ends
        }
        if (setAside != host) {
            forgetSetAside();
        }
        setAside = null;
        batchesRead = 0;
        diagnoses.setAll(host.diagnoses());
        takeHealth(host.state());
        run.set(host);
    }

    private void trainOn(ModelHost host, Experiment experiment, ModelHost.Start how) {
        message.set("");
        diagnosedBeforeRun = host == run.get() ? diagnoses.size() : 0;
        state.set(State.STARTING);
        training = host;
        host.train(experiment, List.of(), true, how).whenComplete((outcome, error) -> ui.execute(() -> {
            if (training != host) {
                return; // forgotten meanwhile (reset, another model)
            }
            training = null;
            if (error != null) {
                ended(host, error);
            } else {
                finished(host, outcome.result(), outcome.testLoss());
            }
        }));
    }

    private void ended(ModelHost host, Throwable error) {
        Throwable cause = LatestRequest.unwrap(error);
        ModelHost.State s = host.state();
        if (s.phase() == ModelHost.Phase.CLOSED && !s.problem().isEmpty()) {
            fail("Training could not start: " + s.problem());
            return;
        }
        runs.add(RunRecord.of(host, host.history(), RunRecord.Status.FAILED, Double.NaN));
        fail("Training stopped by an internal error (" + cause + "). Your design and data are"
                + " kept; please report this.");
    }

    private void finished(ModelHost finishedRun, TrainingResult result, double testLoss) {
        tick();
        // recorded before the state changes, so whoever watches the state finds the record
        runs.add(RunRecord.of(finishedRun, result.history(), RunRecord.Status.of(result.status()), testLoss));
        history.setAll(result.history());
        snapshot.set(finishedRun.latestSnapshot());
        takeDiagnoses(finishedRun.diagnoses());
        if (result.status() == TrainingResult.Status.DEAD) {
            fail(DoctorSummary.death(diagnoses).orElse(result.message()));
        } else if (result.failed()) {
            fail(result.message());
        } else {
            // the end's message replaces a warning said during the run: it must not make the warning vanish
            message.set(result.message() + DoctorSummary.of(diagnoses.subList(diagnosedBeforeRun, diagnoses.size())));
            state.set(State.FINISHED);
        }
    }

    private void fail(String text) {
        message.set(text); // first, so that whoever watches the state finds the reason
        state.set(State.FAILED);
    }

    /** Asks the trainer to pause; the state says PAUSED once it has (at the next batch boundary). */
    public void pause() {
        if (run.get() != null && state.get() == State.RUNNING) {
            run.get().pause();
        }
    }

    public void resume() {
        if (run.get() != null && state.get() == State.PAUSED) {
            run.get().resume();
        }
    }

    /** One batch of a paused run. */
    public void stepBatch() {
        if (state.get() == State.PAUSED) {
            run.get().stepBatch();
        }
    }

    /** To the end of the current epoch of a paused run. */
    public void stepEpoch() {
        if (state.get() == State.PAUSED) {
            run.get().stepEpoch();
        }
    }

    public void stop() {
        if (run.get() != null && busy()) {
            run.get().stop();
        }
    }

    /** Forgets the run (ending its model's host); the design and the data stay. */
    public void reset(boolean ready) {
        ModelHost before = run.get();
        training = null;
        forgetSetAside();
        if (before != null) {
            before.close();
        }
        clearShown(ready);
    }

    /**
     * Takes the shown model off the views without ending it, because the design no longer
     * describes it: every view empties, as for a new design, and {@link #bringBack} shows the model
     * again if the design returns to it (an undo). Nothing happens while a model trains: the
     * answer says whether the model was put aside.
     */
    public boolean setAside(boolean ready) {
        ModelHost host = run.get();
        if (host == null || busy()) {
            return false;
        }
        forgetSetAside();
        setAside = host;
        setAsideState = state.get();
        setAsideMessage = message.get();
        training = null;
        clearShown(ready);
        return true;
    }

    /** Shows the model put aside again when {@code fits} says the design describes it once more. */
    public void bringBack(Predicate<ModelHost> fits) {
        ModelHost host = setAside;
        if (host == null || run.get() != null || busy() || !fits.test(host)) {
            return;
        }
        show(host);
        history.setAll(host.history());
        snapshot.set(host.latestSnapshot());
        message.set(setAsideMessage);
        state.set(setAsideState);
    }

    /** True when a model is put aside that an undo of the design could bring back. */
    public boolean hasSetAside() {
        return setAside != null;
    }

    private void forgetSetAside() {
        if (setAside != null) {
            setAside.close();
            setAside = null;
        }
    }

    private void clearShown(boolean ready) {
        run.set(null);
        snapshot.set(null);
        progress.set(null);
        history.clear();
        diagnoses.clear();
        health.set(List.of());
        features.set(null);
        batchesRead = 0;
        message.set("");
        state.set(ready ? State.READY : State.NOT_READY);
    }

    /**
     * Shows a model that is not training (one opened from a file), with its plots once its host has
     * prepared them, ready to train on: Train continues it.
     */
    public void adopt(ModelHost opened, Consumer<String> unfit) {
        training = null;
        opened.prepared().whenComplete((done, error) -> ui.execute(() -> {
            if (error != null) {
                Throwable cause = LatestRequest.unwrap(error);
                setReady(false);
                unfit.accept(cause.getMessage());
                return;
            }
            if (training != null || busy()) {
                opened.close(); // something else started meanwhile
                return;
            }
            show(opened);
            history.setAll(opened.history());
            opened.refreshSnapshot();
            state.set(State.READY);
        }));
    }

    /** Shows a saved model's history before any new training (the chart redraws it). */
    public void showHistory(List<EpochStats> saved) {
        history.setAll(saved);
    }

    /** Applied at the next batch boundary of a running or paused run. */
    public void changeLearningRate(double rate) {
        if (run.get() != null && (state.get() == State.RUNNING || state.get() == State.PAUSED)) {
            run.get().setLearningRate(rate);
        }
    }

    /**
     * Runs {@code job} on the current model's host worker ({@link ModelHost#query}): between
     * batches while it trains, at once while idle, never on the caller's thread. Fails when there
     * is no model.
     */
    public <T> CompletableFuture<T> withModel(Function<Autoencoder, T> job) {
        ModelHost current = run.get();
        if (current == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("there is no model yet: train first"));
        }
        return current.query(job::apply);
    }

    /** Takes what the model's host published since the last frame. */
    public void tick() {
        ModelHost current = run.get();
        if (current == null) {
            return;
        }
        BatchLossLog.Chunk chunk = current.batchLosses().since(batchesRead);
        if (chunk.count() > 0) {
            batchesRead = chunk.nextIndex();
            batchSink.accept(chunk);
        }
        ModelHost.State s = current.state();
        if (s.progress() != progress.get()) {
            progress.set(s.progress());
        }
        if (s.snapshot() != null && s.snapshot() != snapshot.get()) {
            snapshot.set(s.snapshot());
        }
        // epochs arrive more often than snapshots on a fast model: the chart takes them as they end
        if (s.history().size() != history.size()) {
            history.setAll(s.history());
        }
        takeDiagnoses(s.diagnoses());
        takeHealth(s);
        if (training == current) {
            // the state says what the trainer is doing, as the host has seen it
            switch (s.phase()) {
                case TRAINING -> state.set(State.RUNNING);
                case PAUSED -> state.set(State.PAUSED);
                default -> { } // preparing, or between the ask and the first batch: STARTING stays
            }
        }
    }

    /** The host's diagnoses beyond those shown: added at the end, so a list's watcher sees only the new. */
    private void takeDiagnoses(List<Diagnosis> all) {
        if (all.size() > diagnoses.size()) {
            diagnoses.addAll(all.subList(diagnoses.size(), all.size()));
        }
    }

    private void takeHealth(ModelHost.State s) {
        if (s.health() != health.get()) {
            health.set(s.health());
        }
        if (s.features() != features.get()) {
            features.set(s.features());
        }
    }

    /** Every layer's health at each epoch's end of the shown model (all its runs), oldest first; never null. */
    public ReadOnlyObjectProperty<List<HealthRecord>> healthProperty() {
        return health.getReadOnlyProperty();
    }

    /** The shown model's first layer as pictures at its newest epoch's end, or null. */
    public ReadOnlyObjectProperty<LearnedFeatures> featuresProperty() {
        return features.getReadOnlyProperty();
    }

    /** The training doctor's diagnoses of the shown model (all its runs), in the order found. */
    public ObservableList<Diagnosis> diagnoses() {
        return diagnosesView;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ModelHost> runProperty() {
        return run.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TrainingSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Progress> progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ObservableList<EpochStats> history() {
        return history;
    }

    /** Every run of the session that trained at least one epoch; use it on the UI thread. */
    public RunHistory runs() {
        return runs;
    }
}
