package workbench.app.viewmodel;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import workbench.data.DataSplit;
import workbench.data.DatasetRegistry;
import workbench.engine.Autoencoder;
import workbench.engine.ModelSpec;
import workbench.io.ModelFile;
import workbench.session.DataKind;
import workbench.session.DataPreparation;
import workbench.session.DatasetRef;
import workbench.session.Experiment;
import workbench.session.ExperimentFile;
import workbench.session.ModelExports;
import workbench.session.ModelHost;
import workbench.session.PreparedData;
import workbench.session.Preset;
import workbench.session.RunRecord;
import workbench.session.doctor.Diagnosis;

/**
 * The whole window's state, testable without a screen: the three sections of the experiment
 * panel, the run, and the file commands. Views bind to its properties and call its methods.
 */
public final class WorkbenchViewModel {
    public static final String DEFAULT_DATASET = "digits-8x8";
    /** How the status bar begins a design problem. */
    static final String DESIGN_PROBLEM = "Design: ";
    static final String NEW_DESIGN = "A new design: its views are empty until it trains. Undo brings back"
            + " the model trained before.";
    /** How the status bar begins a warning of the training doctor. */
    static final String DOCTOR_SAYS = "Training doctor: ";

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
    /** The kind of the data loaded last, null before any: a change of kind resets the data-dependent settings. */
    private DataKind dataKind;
    private final ObjectBinding<RunCommands.Readiness> readiness;
    private final ObjectBinding<RunCommands> commands;
    private final StringBinding trainLabel;
    private final StringBinding position;
    /** Record numbers of the runs saved (as a model or an experiment), with their epochs then. */
    private final Map<Integer, Integer> savedEpochs = new HashMap<>();

    public WorkbenchViewModel(DatasetRegistry registry, Executor ui) {
        ExecutorService background = Executors.newSingleThreadExecutor(daemon("loading"));
        this.dataset = new DatasetViewModel(registry, background, ui);
        this.run = new RunViewModel(ui);
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
            boolean ready = spec != null && dataset.loadedProperty().get() != null && !dataset.loadingProperty().get();
            // the views show the model the design describes, or none: an edit that makes another
            // network empties them (the model is kept aside), and undoing it brings them back
            ModelHost shown = run.runProperty().get();
            if (shown != null && !continues(shown) && run.setAside(ready)) {
                opened = null;
            } else if (shown == null) {
                run.bringBack(this::continues);
            }
            run.setReady(ready);
        });
        // a preset's explanation describes its design: the first edit of it makes the words stale
        designer.userEditsProperty().addListener((o, was, now) -> {
            presetExplanation.set("");
            if (run.hasSetAside() && designer.specProperty().get() != null) {
                notice.set(NEW_DESIGN); // the views emptied at an edit: say why, and how to get them back
            }
        });
        designer.problemProperty().addListener((o, was, now) -> {
            if (!now.isEmpty() && dataset.loadedProperty().get() != null) {
                notice.set(DESIGN_PROBLEM + now);
            } else if (now.isEmpty() && notice.get().startsWith(DESIGN_PROBLEM)) {
                notice.set(""); // mended: the words would be stale
            }
        });
        run.messageProperty().addListener((o, was, now) -> {
            if (!now.isEmpty()) {
                notice.set(now);
            }
        });
        // a warning from the training doctor is said as it is found; the whole of it is in the Health tab
        run.diagnoses().addListener((ListChangeListener<Diagnosis>) change -> {
            while (change.next()) {
                change.getAddedSubList().stream().filter(d -> !d.kind().endsRun()).reduce((a, b) -> b)
                        .ifPresent(d -> notice.set(DOCTOR_SAYS + d.kind().title() + " at epoch " + d.epoch()
                                + " (the Health tab says what to try)"));
            }
        });
        readiness = Bindings.createObjectBinding(this::readiness, dataset.loadingProperty(), dataset.loadedProperty(),
                designer.specProperty());
        // the run's ready state follows what there is to train on, so that the two never disagree
        readiness.addListener((o, was, now) -> run.setReady(now == RunCommands.Readiness.READY));
        commands = Bindings.createObjectBinding(() -> RunCommands.of(run.stateProperty().get(), readiness.get(),
                run.runProperty().get() != null || opened != null), run.stateProperty(), readiness, run.runProperty());
        trainLabel = Bindings.createStringBinding(this::trainText, run.stateProperty(), designer.specProperty(),
                run.runProperty(), dataset.sourceProperty(), dataset.normalClassesProperty());
        position = Bindings.createStringBinding(() -> StatusText.position(run.stateProperty().get(),
                        run.progressProperty().get(), readiness.get(), dataset.sourceProperty().get()),
                run.stateProperty(), run.progressProperty(), readiness, dataset.sourceProperty());
    }

    private RunCommands.Readiness readiness() {
        if (dataset.loadingProperty().get()) {
            return RunCommands.Readiness.LOADING;
        }
        if (dataset.loadedProperty().get() == null) {
            return RunCommands.Readiness.NO_DATA;
        }
        return designer.specProperty().get() == null ? RunCommands.Readiness.INVALID_DESIGN
                : RunCommands.Readiness.READY;
    }

    private String trainText() {
        RunViewModel.State s = run.stateProperty().get();
        if (s == RunViewModel.State.PAUSED) {
            return "Resume";
        }
        // a finished run, or a model opened from a file, goes on from where it is
        return continuedRun() != null ? "Train more" : "Train";
    }

    private static ThreadFactory daemon(String name) {
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
        DataKind before = dataKind;
        dataKind = DataKind.of(split.train().sampleShape(), split.train().features());
        if (opened != null) {
            // an opened model keeps its own output and loss, and shows its plots at once
            if (designer.specProperty().get() != null) {
                // prepared on the model's own thread; a model that does not fit the data says so
                run.adopt(ModelHost.prepare(preparation()),
                        why -> notice.set("The model does not fit " + split.train().name() + ": " + why));
            }
            return;
        }
        if (keepDesignOnLoad) {
            keepDesignOnLoad = false;
            run.reset(designer.specProperty().get() != null);
            return;
        }
        boolean announced = false;
        if (dataKind != before) {
            // what suits one kind of data can ruin training on another: back to this kind's defaults
            dataset.normalizationProperty().set(null);
            designer.applyDataDefaults(dataKind);
            if (before != null) {
                notice.set(dataKind.announcement());
                announced = true;
            }
        }
        String readAs = dataset.readAsProperty().get();
        if (!readAs.isEmpty()) {
            // a file read other than as plain CSV says how, so that a wrong guess is seen at once
            notice.set(readAs + "." + (announced ? " " + notice.get() : ""));
        }
        run.reset(designer.specProperty().get() != null);
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

    /** The finished (or opened) model that Train would continue, or null when it would start afresh. */
    private ModelHost continuedRun() {
        RunViewModel.State state = run.stateProperty().get();
        ModelHost candidate = state == RunViewModel.State.FINISHED || state == RunViewModel.State.READY
                ? run.runProperty().get() : null;
        return candidate != null && continues(candidate) ? candidate : null;
    }

    /** True when {@code candidate} is the network the design describes, on the data chosen: Train would go on with it. */
    private boolean continues(ModelHost candidate) {
        ModelSpec spec = designer.specProperty().get();
        DataSplit split = dataset.loadedProperty().get();
        if (spec == null || split == null || candidate.spec() == null) {
            return false;
        }
        // continue only the same network on the same data; a changed design starts afresh
        return candidate.spec().sameNetworkAs(spec.withSeed(training.seedProperty().get()))
                && candidate.data().train().featureCount() == split.train().featureCount()
                && Objects.equals(dataset.sourceProperty().get(), candidate.experiment().dataset().source())
                && Objects.equals(dataset.normalClassesProperty().get(), candidate.experiment().dataset().normalClasses());
    }

    /** How a new model is made: from the opened file's weights, or afresh from the design. */
    private Supplier<ModelHost.Parts> preparation() {
        Experiment experiment = experiment();
        DataSplit split = dataset.loadedProperty().get();
        ModelFile.Loaded fromFile = opened;
        return () -> {
            if (fromFile != null) {
                PreparedData data = DataPreparation.prepare(split, fromFile.normalization().kind(),
                        experiment.training().validationFraction(), experiment.seed(), fromFile.normalization(),
                        experiment.dataset().normalClasses());
                return new ModelHost.Parts(experiment, data, fromFile.model(), fromFile.metadata().history(),
                        fromFile.trainingState());
            }
            PreparedData data = DataPreparation.prepare(split,
                    experiment.dataset().normalizationFor(split.train().sampleShape()),
                    experiment.training().validationFraction(), experiment.seed(), null,
                    experiment.dataset().normalClasses());
            return ModelHost.Parts.fresh(experiment, data);
        };
    }

    /** Train, Step batch or Step epoch from a model at rest: the shown one continued, or a new one. */
    private void trainFrom(ModelHost.Start how) {
        if (continuedRun() != null) {
            run.trainMore(experiment(), how);
        } else {
            run.start(preparation(), experiment(), how);
        }
    }

    public void train() {
        if (!commands.get().train()) {
            return;
        }
        if (run.stateProperty().get() == RunViewModel.State.PAUSED) {
            run.resume();
            return;
        }
        trainFrom(ModelHost.Start.RUNNING);
    }

    public void stepBatch() {
        if (!commands.get().step()) {
            return;
        }
        if (run.stateProperty().get() == RunViewModel.State.PAUSED) {
            run.stepBatch();
        } else {
            trainFrom(ModelHost.Start.ONE_BATCH);
        }
    }

    public void stepEpoch() {
        if (!commands.get().step()) {
            return;
        }
        if (run.stateProperty().get() == RunViewModel.State.PAUSED) {
            run.stepEpoch();
        } else {
            trainFrom(ModelHost.Start.ONE_EPOCH);
        }
    }

    public void reset() {
        opened = null;
        run.reset(designer.specProperty().get() != null && dataset.loadedProperty().get() != null);
    }

    /**
     * The model shown, for writing it out; refused in words when there is none, or while a batch may
     * be running (the weights would change while written).
     *
     * @param verb   "save", as the refusal says it
     * @param gerund "saving"
     */
    private ModelHost idleModel(String verb, String gerund) throws IOException {
        ModelHost current = run.runProperty().get();
        RunViewModel.State s = run.stateProperty().get();
        if (current == null) {
            throw new IOException("There is no trained model to " + verb + " yet: train first.");
        }
        if (s == RunViewModel.State.RUNNING || s == RunViewModel.State.STARTING) {
            throw new IOException("Pause or stop training before " + gerund + ", so the weights are not changing while"
                    + " written.");
        }
        return current;
    }

    /** The files of an export of the model shown that {@code folder} already holds: the window asks before replacing them. */
    public List<String> exportClashes(ModelExports.Format format, Path folder) throws IOException {
        return ModelExports.clashes(format, idleModel("export", "exporting"), folder);
    }

    /** Exports the model shown as it stands (a PyTorch script takes the model and its rows with it). */
    public void exportModel(ModelExports.Format format, Path folder, boolean replace) throws IOException {
        ModelExports.Written written = ModelExports.exportLive(format, idleModel("export", "exporting"), folder, replace);
        notice.set(ModelExports.confirmation(written)
                + (written.notes().isEmpty() ? "" : ". Note: " + String.join("; ", written.notes())));
    }

    /** Saves the current model; refused while a batch may be running (pause first). */
    public void saveModel(Path file) throws IOException {
        ModelHost current = idleModel("save", "saving");
        try {
            // on the model's thread, which is idle or paused: the answer comes at once
            current.saveModel(file).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause() != null ? e.getCause().getMessage() : e.getMessage(), e);
        }
        markSaved(current);
        notice.set("Saved the model to " + file);
    }

    /** Opens a model: its design, settings and history come back, and Train continues it. */
    public void openModel(Path file) throws IOException {
        ModelFile.Loaded loaded = ModelFile.load(file);
        reset();
        presetExplanation.set(""); // the file states its own design: no preset describes it
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
        notice.set("Opened " + file + " (" + loaded.metadata().history().size() + " epochs trained"
                + (loaded.trainingState().isEmpty() && !loaded.metadata().history().isEmpty()
                ? "; the file keeps no optimizer state, so Train more starts a fresh optimizer)" : ")"));
    }

    public void saveExperiment(Path file) throws IOException {
        ExperimentFile.write(file, experiment().withView(view.settings()));
        ModelHost current = run.runProperty().get();
        if (current != null && continuedRun() == current) {
            markSaved(current); // the experiment reproduces the run
        }
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

    private void markSaved(ModelHost saved) {
        int epochs = saved.epochsDone();
        for (RunRecord r : run.runs().records()) {
            if (r.epochs().equals(saved.history())) {
                savedEpochs.put(r.number(), epochs);
            }
        }
    }

    /**
     * Runs of this session trained since they were last saved (as a model or an experiment), or
     * never saved: what quitting would lose.
     */
    public int unsavedRunCount() {
        int count = 0;
        for (RunRecord r : run.runs().records()) {
            if (!Integer.valueOf(r.epochCount()).equals(savedEpochs.get(r.number()))) {
                count++;
            }
        }
        return count;
    }

    /** A file name for the model, from the data and the design, e.g. "mnist-10k-784-32-784.npz". */
    public String suggestedModelFileName() {
        return suggestedName() + ".npz";
    }

    /** A file name for the experiment, e.g. "mnist-10k-784-32-784.json". */
    public String suggestedExperimentFileName() {
        return suggestedName() + ".json";
    }

    private String suggestedName() {
        ModelHost current = run.runProperty().get();
        ModelSpec spec = current != null ? current.spec() : designer.specProperty().get();
        String source = current != null ? current.experiment().dataset().source() : dataset.sourceProperty().get();
        String data = source == null ? "model" : Path.of(source).getFileName().toString().replaceFirst("\\.csv$", "");
        String design = spec == null ? "" : "-" + spec.summary().replace("[", "").replace("]", "");
        // a name that every file system takes
        return (data + design).replaceAll("[^A-Za-z0-9._-]+", "_");
    }

    /** A message for the status bar, from a view (a refused value, a file written). */
    public void tell(String message) {
        notice.set(message);
    }

    /** Which toolbar commands can act now. */
    public ObjectBinding<RunCommands> commandsProperty() {
        return commands;
    }

    /** Train, Train more (the same model continued) or Resume. */
    public StringBinding trainLabelProperty() {
        return trainLabel;
    }

    /** The status bar's account of the run: where it is, paused, ready, or why it cannot train. */
    public StringBinding positionProperty() {
        return position;
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

    /**
     * The status bar's message: the last file operation's outcome, a refused value, the design's
     * problem, the data's new defaults, or the run's last word.
     */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
