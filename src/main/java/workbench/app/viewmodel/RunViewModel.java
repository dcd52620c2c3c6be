package workbench.app.viewmodel;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
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
import workbench.session.FinalTestLoss;
import workbench.session.Progress;
import workbench.session.RunHistory;
import workbench.session.RunRecord;
import workbench.session.TrainingRun;
import workbench.session.TrainingSnapshot;

/**
 * A training run as the window sees it: its state, the commands of the toolbar, and the newest
 * outputs. {@link #tick()} is called once per frame on the UI thread; it takes whatever the
 * training thread published since the last frame, so the window draws at its own pace.
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

    private final Executor trainingThread;
    private final Executor ui;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.NOT_READY);
    private final ReadOnlyObjectWrapper<TrainingRun> run = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<TrainingSnapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Progress> progress = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ObservableList<EpochStats> history = FXCollections.observableArrayList();
    private final RunHistory runs = new RunHistory();
    private Consumer<BatchLossLog.Chunk> batchSink = chunk -> { };
    private int batchesRead;
    private boolean pauseAtStart;

    public RunViewModel(Executor trainingThread, Executor ui) {
        this.trainingThread = trainingThread;
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

    /**
     * Starts training a run built by {@code factory} on the training thread (preparing data and
     * building the model are too slow for the UI thread on large datasets).
     */
    public void start(Supplier<TrainingRun> factory) {
        if (state.get() == State.RUNNING || state.get() == State.STARTING) {
            return;
        }
        boolean paused = pauseAtStart;
        pauseAtStart = false;
        state.set(State.STARTING);
        message.set("");
        trainingThread.execute(() -> {
            TrainingRun created;
            try {
                created = factory.get();
            } catch (RuntimeException e) {
                ui.execute(() -> fail("Training could not start: " + e.getMessage()));
                return;
            }
            if (paused && !created.control().isPaused()) {
                created.control().pause();
            }
            ui.execute(() -> {
                if (run.get() != created) {
                    batchesRead = 0;
                }
                run.set(created);
                state.set(paused ? State.PAUSED : State.RUNNING);
            });
            FinalTestLoss testLoss = new FinalTestLoss(created);
            try {
                TrainingResult result = created.runWatched(List.of(testLoss));
                ui.execute(() -> finished(created, result, testLoss.value()));
            } catch (RuntimeException | Error e) {
                ui.execute(() -> {
                    runs.add(RunRecord.of(created, created.history(), RunRecord.Status.FAILED, Double.NaN));
                    fail("Training stopped by an internal error (" + e + "). Your design and data are"
                            + " kept; please report this.");
                });
            }
        });
    }

    private void finished(TrainingRun finishedRun, TrainingResult result, double testLoss) {
        tick();
        // recorded before the state changes, so whoever watches the state finds the record
        runs.add(RunRecord.of(finishedRun, result.history(), RunRecord.Status.of(result.status()), testLoss));
        history.setAll(result.history());
        snapshot.set(finishedRun.latestSnapshot());
        if (result.status() == TrainingResult.Status.DIVERGED) {
            fail(result.message());
        } else {
            message.set(result.message());
            state.set(State.FINISHED);
        }
    }

    private void fail(String text) {
        message.set(text); // first, so that whoever watches the state finds the reason
        state.set(State.FAILED);
    }

    public void pause() {
        if (run.get() != null && state.get() == State.RUNNING) {
            run.get().control().pause();
            state.set(State.PAUSED);
        }
    }

    public void resume() {
        if (run.get() != null && state.get() == State.PAUSED) {
            run.get().control().resume();
            state.set(State.RUNNING);
        }
    }

    /** One batch; before a run starts, starts one paused and steps it. */
    public void stepBatch(Supplier<TrainingRun> factory) {
        if (state.get() == State.PAUSED) {
            run.get().control().stepBatch();
        } else if (state.get() != State.RUNNING && state.get() != State.STARTING) {
            pauseAtStart = true;
            start(() -> {
                TrainingRun created = factory.get();
                created.control().stepBatch();
                return created;
            });
        }
    }

    /** To the end of the current epoch; before a run starts, starts one paused and steps it. */
    public void stepEpoch(Supplier<TrainingRun> factory) {
        if (state.get() == State.PAUSED) {
            run.get().control().stepEpoch();
        } else if (state.get() != State.RUNNING && state.get() != State.STARTING) {
            pauseAtStart = true;
            start(() -> {
                TrainingRun created = factory.get();
                created.control().stepEpoch();
                return created;
            });
        }
    }

    public void stop() {
        if (run.get() != null && (state.get() == State.RUNNING || state.get() == State.PAUSED)) {
            run.get().control().cancel();
        }
    }

    /** Forgets the run (stopping it first); the design and the data stay. */
    public void reset(boolean ready) {
        stop();
        run.set(null);
        snapshot.set(null);
        progress.set(null);
        history.clear();
        batchesRead = 0;
        message.set("");
        state.set(ready ? State.READY : State.NOT_READY);
    }

    /**
     * Shows a run that is not training (a model opened from a file), with its plots, ready to
     * train on: Train continues it.
     */
    public void adopt(TrainingRun opened) {
        stop();
        run.set(opened);
        batchesRead = 0;
        history.setAll(opened.history());
        snapshot.set(opened.snapshotNow());
        state.set(State.READY);
    }

    /** Shows a saved model's history before any new training (the chart redraws it). */
    public void showHistory(List<EpochStats> saved) {
        history.setAll(saved);
    }

    /** Applied at the next batch boundary of a running or paused run. */
    public void changeLearningRate(double rate) {
        if (run.get() != null && (state.get() == State.RUNNING || state.get() == State.PAUSED)) {
            run.get().control().requestLearningRate(rate);
        }
    }

    /**
     * Runs {@code job} on the current run's model where that is safe: while it trains, on the
     * training thread between batches ({@link TrainingRun#withModel}); otherwise on the training
     * thread's executor, so that a run started meanwhile waits for the job instead of changing the
     * weights under it. Never on the caller's thread. Fails when there is no run.
     */
    public <T> CompletableFuture<T> withModel(Function<Autoencoder, T> job) {
        TrainingRun current = run.get();
        if (current == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("there is no model yet: train first"));
        }
        if (current.isRunning()) {
            return current.withModel(job);
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        trainingThread.execute(() -> current.withModel(job).whenComplete((value, error) -> {
            if (error != null) {
                result.completeExceptionally(error);
            } else {
                result.complete(value);
            }
        }));
        return result;
    }

    /** Takes what the training thread published since the last frame. */
    public void tick() {
        TrainingRun current = run.get();
        if (current == null) {
            return;
        }
        BatchLossLog.Chunk chunk = current.batchLosses().since(batchesRead);
        if (chunk.count() > 0) {
            batchesRead = chunk.nextIndex();
            batchSink.accept(chunk);
        }
        Progress p = current.progress();
        if (p != progress.get()) {
            progress.set(p);
        }
        TrainingSnapshot s = current.latestSnapshot();
        if (s != null && s != snapshot.get()) {
            snapshot.set(s);
        }
        // epochs arrive more often than snapshots on a fast model: the chart takes them as they end
        if (current.epochsDone() != history.size()) {
            history.setAll(current.history());
        }
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TrainingRun> runProperty() {
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
