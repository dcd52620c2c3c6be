package workbench.app.viewmodel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import workbench.data.DataSplit;
import workbench.data.DatasetRegistry;
import workbench.engine.ActivationFunction;
import workbench.engine.Autoencoder;
import workbench.engine.LossFunction;
import workbench.engine.ModelSpec;
import workbench.io.ModelFile;
import workbench.session.DataPreparation;
import workbench.session.DatasetRef;
import workbench.session.Experiment;
import workbench.session.ExperimentFile;
import workbench.session.PreparedData;
import workbench.session.Preset;
import workbench.session.RunRecord;
import workbench.session.TrainingRun;

/**
 * The whole window's state, testable without a screen: the three sections of the experiment
 * panel, the run, and the file commands. Views bind to its properties and call its methods.
 */
public final class WorkbenchViewModel {
    public static final String DEFAULT_DATASET = "digits-8x8";

    private final DatasetViewModel dataset;
    private final DesignerViewModel designer = new DesignerViewModel();
    private final TrainingSettingsViewModel training = new TrainingSettingsViewModel();
    private final ViewSettingsViewModel view = new ViewSettingsViewModel();
    private final RunViewModel run;
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    /** A model opened from a file, to continue training; dropped when the design changes. */
    private ModelFile.Loaded opened;
    /** Set while an experiment's dataset loads, so the data's defaults do not overwrite its design. */
    private boolean keepDesignOnLoad;
    private final ReadOnlyStringWrapper presetExplanation = new ReadOnlyStringWrapper("");

    public WorkbenchViewModel(DatasetRegistry registry, Executor ui) {
        ExecutorService background = Executors.newSingleThreadExecutor(daemon("loading"));
        ExecutorService trainer = Executors.newSingleThreadExecutor(daemon("training"));
        this.dataset = new DatasetViewModel(registry, background, ui);
        this.run = new RunViewModel(trainer, ui);
        dataset.loadedProperty().addListener((o, was, split) -> dataLoaded(split));
        // nothing can train on data that is still arriving
        dataset.loadingProperty().addListener((o, was, loading) -> {
            if (loading) {
                run.setReady(false);
            } else if (dataset.loadedProperty().get() != null && opened == null) {
                run.setReady(designer.specProperty().get() != null);
            }
        });
        designer.specProperty().addListener((o, was, spec) -> {
            if (opened != null && spec != null && !spec.sameNetworkAs(opened.model().spec())) {
                opened = null;
                run.reset(true);
            }
            run.setReady(spec != null && dataset.loadedProperty().get() != null && !dataset.loadingProperty().get());
        });
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** Opens on a bundled dataset with a design that suits it, ready to train. */
    public void openDefault() {
        dataset.refresh();
        dataset.choose(DEFAULT_DATASET);
    }

    private void dataLoaded(DataSplit split) {
        if (split == null) {
            return;
        }
        designer.inputShapeProperty().set(split.train().sampleShape());
        if (opened != null) {
            // an opened model keeps its own output and loss, and shows its plots at once
            if (designer.specProperty().get() != null) {
                try {
                    run.adopt(runFactory().get());
                } catch (RuntimeException e) {
                    run.setReady(false);
                    notice.set("The model does not fit " + split.train().name() + ": " + e.getMessage());
                }
            }
            return;
        }
        if (keepDesignOnLoad) {
            keepDesignOnLoad = false;
            run.reset(designer.specProperty().get() != null);
            return;
        }
        boolean unit = inUnitRange(split);
        designer.outputActivationProperty().set(unit ? ActivationFunction.SIGMOID : ActivationFunction.LINEAR);
        designer.lossProperty().set(unit ? LossFunction.BCE : LossFunction.MSE);
        run.reset(designer.specProperty().get() != null);
    }

    /** Whether the data the model will see lies in [0, 1], where a sigmoid output and BCE fit. */
    private boolean inUnitRange(DataSplit split) {
        DatasetRef ref = new DatasetRef(split.train().name(), dataset.normalizationProperty().get());
        return switch (ref.normalizationFor(split.train().sampleShape())) {
            case MIN_MAX -> true;
            case Z_SCORE -> false;
            case NONE -> {
                for (float v : split.train().features().data) {
                    if (v < 0 || v > 1) {
                        yield false;
                    }
                }
                yield true;
            }
        };
    }

    /** The experiment the panel describes now. */
    public Experiment experiment() {
        ModelSpec spec = designer.specProperty().get();
        if (spec == null) {
            throw new IllegalStateException(designer.problemProperty().get());
        }
        long seed = training.seedProperty().get();
        return new Experiment(new DatasetRef(dataset.sourceProperty().get(), dataset.normalizationProperty().get(),
                dataset.normalClassesProperty().get()), spec.withSeed(seed), training.toSpec(), seed);
    }

    /** What Train, Step batch and Step epoch start: a new model, or the finished or opened one continued. */
    public java.util.function.Supplier<TrainingRun> runFactory() {
        Experiment experiment = experiment();
        DataSplit split = dataset.loadedProperty().get();
        RunViewModel.State state = run.stateProperty().get();
        TrainingRun candidate = state == RunViewModel.State.FINISHED || state == RunViewModel.State.READY
                ? run.runProperty().get() : null;
        // continue only the same network on the same data; a changed design starts afresh
        TrainingRun previous = candidate != null && candidate.model().spec().sameNetworkAs(experiment.model())
                && candidate.data().train().featureCount() == split.train().featureCount()
                && experiment.dataset().source().equals(candidate.experiment().dataset().source())
                && java.util.Objects.equals(experiment.dataset().normalClasses(),
                        candidate.experiment().dataset().normalClasses()) ? candidate : null;
        ModelFile.Loaded fromFile = opened;
        return () -> {
            if (previous != null) {
                return new TrainingRun(experiment, previous.data(), previous.model(), previous.history());
            }
            if (fromFile != null) {
                PreparedData data = DataPreparation.prepare(split, fromFile.normalization().kind(),
                        experiment.training().validationFraction(), experiment.seed(), fromFile.normalization(),
                        experiment.dataset().normalClasses());
                return new TrainingRun(experiment, data, fromFile.model(), fromFile.metadata().history());
            }
            PreparedData data = DataPreparation.prepare(split,
                    experiment.dataset().normalizationFor(split.train().sampleShape()),
                    experiment.training().validationFraction(), experiment.seed(), null,
                    experiment.dataset().normalClasses());
            return new TrainingRun(experiment, data, null, null);
        };
    }

    public void train() {
        if (run.stateProperty().get() == RunViewModel.State.PAUSED) {
            run.resume();
            return;
        }
        run.start(runFactory());
    }

    public void stepBatch() {
        run.stepBatch(run.stateProperty().get() == RunViewModel.State.PAUSED ? null : runFactory());
    }

    public void stepEpoch() {
        run.stepEpoch(run.stateProperty().get() == RunViewModel.State.PAUSED ? null : runFactory());
    }

    public void reset() {
        opened = null;
        run.reset(designer.specProperty().get() != null && dataset.loadedProperty().get() != null);
    }

    /** Saves the current model; refused while a batch may be running (pause first). */
    public void saveModel(Path file) throws IOException {
        TrainingRun current = run.runProperty().get();
        RunViewModel.State s = run.stateProperty().get();
        if (current == null) {
            throw new IOException("There is no trained model to save yet: train first.");
        }
        if (s == RunViewModel.State.RUNNING || s == RunViewModel.State.STARTING) {
            throw new IOException("Pause or stop training before saving, so the weights are not changing while written.");
        }
        ModelFile.save(file, current.model(), current.experiment().dataset().source(), current.data().normalization(),
                current.data().classNames(), current.experiment().seededTraining(), current.history());
        notice.set("Saved the model to " + file);
    }

    /** Opens a model: its design, settings and history come back, and Train continues it. */
    public void openModel(Path file) throws IOException {
        ModelFile.Loaded loaded = ModelFile.load(file);
        reset();
        designer.load(loaded.model().spec());
        if (loaded.metadata().training() != null) {
            training.load(loaded.metadata().training(), loaded.model().spec().seed());
        }
        opened = loaded;
        dataset.normalizationProperty().set(loaded.normalization().kind());
        if (loaded.metadata().dataset() != null) {
            dataset.choose(loaded.metadata().dataset());
        }
        run.showHistory(loaded.metadata().history());
        notice.set("Opened " + file + " (" + loaded.metadata().history().size() + " epochs trained)");
    }

    public void saveExperiment(Path file) throws IOException {
        ExperimentFile.write(file, experiment().withView(view.settings()));
        notice.set("Saved the experiment to " + file);
    }

    public void openExperiment(Path file) throws IOException {
        load(ExperimentFile.read(file));
        notice.set("Opened the experiment " + file);
    }

    /** A preset, ready to train, with its explanation to show. */
    public void loadPreset(Preset preset) {
        load(preset.experiment());
        presetExplanation.set(preset.title() + ": " + preset.explanation());
        notice.set("Loaded the preset " + preset.title());
    }

    /** A recorded run back in the panel as it was set up (design, training, seed, dataset), ready to train afresh. */
    public void restore(RunRecord record) {
        load(record.experiment());
        notice.set("Restored run #" + record.number() + ", " + record.name());
    }

    /** Puts an experiment in the panel; its design is kept as written when its dataset arrives. */
    private void load(Experiment e) {
        reset();
        presetExplanation.set("");
        designer.load(e.model());
        training.load(e.training(), e.seed());
        if (e.view() != null) {
            view.load(e.view()); // an experiment without one (a preset, an older file) leaves the window as it is
        }
        dataset.normalizationProperty().set(e.dataset().normalization());
        keepDesignOnLoad = true;
        dataset.choose(e.dataset().source());
        dataset.normalClassesProperty().set(e.dataset().normalClasses());
    }

    /** The opened model, if any (its weights are what Train continues from). */
    public Autoencoder openedModel() {
        return opened == null ? null : opened.model();
    }


    public DatasetViewModel dataset() {
        return dataset;
    }

    public DesignerViewModel designer() {
        return designer;
    }

    public TrainingSettingsViewModel training() {
        return training;
    }

    public RunViewModel run() {
        return run;
    }

    public ViewSettingsViewModel view() {
        return view;
    }

    /** What the loaded preset shows, or empty. */
    public ReadOnlyStringProperty presetExplanationProperty() {
        return presetExplanation.getReadOnlyProperty();
    }

    /** The last file operation's outcome, for the status bar. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
