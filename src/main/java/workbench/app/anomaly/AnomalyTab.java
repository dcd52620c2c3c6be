package workbench.app.anomaly;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import workbench.analysis.AnomalyReport;
import workbench.app.layout.FigureMaximiser;
import workbench.app.viewmodel.RunViewModel;
import workbench.app.viewmodel.WorkbenchViewModel;
import workbench.session.AnomalyReports;
import workbench.session.LatestRequest;
import workbench.session.Presets;
import workbench.session.ModelHost;

/**
 * The "Anomalies" tab: the run's reconstruction errors on the test split as anomaly scores, for a
 * run trained on chosen normal classes. The report needs the whole test split reconstructed, so it
 * is computed off the FX thread through {@link RunViewModel#withModel}: while training, at most
 * about once a second (and never more than a fifth of the time, on a model slow to run) and only
 * while the tab is selected; once more when the run finishes.
 */
public final class AnomalyTab extends Tab {
    /** The least gap between two reports while training. */
    private static final long MIN_GAP_NANOS = 1_000_000_000L;

    private final WorkbenchViewModel vm;
    private final AnomalyView view;
    private final ScrollPane explanation;

    /** One report at a time; a new run cancels it, so that a report of the previous one is dropped. */
    private final LatestRequest<AnomalyReport> reports = new LatestRequest<>(Platform::runLater);
    /** A report was wanted while the tab was hidden. */
    private boolean stale;
    private long lastStart = Long.MIN_VALUE / 2;
    /** How long the last report took, written on the training thread. */
    private volatile long lastCost;

    public AnomalyTab(WorkbenchViewModel vm, FigureMaximiser maximiser) {
        super("Anomalies");
        this.vm = vm;
        this.view = new AnomalyView(maximiser);
        setId("anomalyTab");
        setClosable(false);
        explanation = explanation();
        setContent(new StackPane(view, explanation));

        RunViewModel run = vm.run();
        run.runProperty().addListener((o, was, now) -> newRun());
        run.snapshotProperty().addListener((o, was, now) -> {
            RunViewModel.State s = run.stateProperty().get();
            if (now != null && (s == RunViewModel.State.RUNNING || s == RunViewModel.State.PAUSED)
                    && System.nanoTime() - lastStart >= Math.max(MIN_GAP_NANOS, 4 * lastCost)) {
                request();
            }
        });
        run.stateProperty().addListener((o, was, now) -> {
            // FINISHED: the final weights; READY with a run: a model opened from a file
            if (now == RunViewModel.State.FINISHED
                    || now == RunViewModel.State.READY && run.runProperty().get() != null) {
                request();
            }
        });
        vm.dataset().normalClassesProperty().addListener((o, was, now) -> showWhatApplies());
        selectedProperty().addListener((o, was, now) -> {
            if (now && stale) {
                request();
            }
        });
        showWhatApplies();
    }

    /** The explanation, scrolling where a short tab (presenter mode's text at 1280x720) cannot hold it. */
    private ScrollPane explanation() {
        Label title = new Label("Anomaly detection");
        title.setStyle("-fx-font-weight: bold; -fx-font-size: 16px;");
        Label text = new Label("An autoencoder trained only on normal examples rebuilds anything else badly, so its"
                + " reconstruction error can flag anomalies. The experiment trains on every class, so nothing"
                + " is an anomaly yet.\n\nIn the Dataset section, tick \"Train only on these classes (the rest are"
                + " anomalies)\", check the normal classes and train: this tab then shows the errors of the test"
                + " split, a threshold, the worst-rebuilt samples and the ROC curve.");
        text.setWrapText(true);
        text.setMaxWidth(560);
        text.setMinHeight(Region.USE_PREF_SIZE);
        Button example = new Button("Open the breast-cancer example");
        example.setId("anomalyExample");
        example.setOnAction(e -> vm.loadPreset(Presets.anomalyDetection()));
        VBox box = new VBox(12, title, text, example);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(24));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setId("anomalyExplanation"); // the node whose visibility says whether the tab explains
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setStyle("-fx-background-color: -fx-background;");
        return scroll;
    }

    /** Whether the run on show, or the next one, scores anomalies; the explanation otherwise. */
    private boolean choosesClasses() {
        ModelHost r = vm.run().runProperty().get();
        return r != null && r.data().normalClasses() != null || vm.dataset().normalClassesProperty().get() != null;
    }

    private void showWhatApplies() {
        boolean applies = choosesClasses();
        explanation.setVisible(!applies);
        view.setVisible(applies);
    }

    private void newRun() {
        reports.cancel(); // the previous run's report is dropped, and holds back none of the new run's
        stale = false;
        lastStart = Long.MIN_VALUE / 2;
        lastCost = 0;
        ModelHost now = vm.run().runProperty().get();
        AnomalyReport shown = view.report();
        // a model trained on (Train more) keeps its report, and the user's threshold, until the next
        if (now == null || shown == null || !shown.scores().normalClasses().equals(now.data().normalClasses())
                || !shown.classNames().equals(now.data().classNames())) {
            view.clear();
            view.setStatus("");
        }
        showWhatApplies();
    }

    private void request() {
        ModelHost r = vm.run().runProperty().get();
        if (r == null || r.data().normalClasses() == null) {
            return;
        }
        if (!isSelected()) {
            stale = true;
            return;
        }
        stale = false;
        reports.submit(() -> {
            lastStart = System.nanoTime(); // when it starts, which may be after the report before it
            return vm.run().withModel(model -> {
                long start = System.nanoTime();
                AnomalyReport report = AnomalyReports.of(model, r.data(), AnomalyReport.DEFAULT_WORST);
                lastCost = System.nanoTime() - start;
                return report;
            });
        }, report -> show(r, report), error -> view.setStatus("No anomaly scores: " + error.getMessage()));
    }

    private void show(ModelHost r, AnomalyReport report) {
        view.show(report);
        int epochs = r.epochsDone();
        view.setStatus("Scored after " + epochs + (epochs == 1 ? " epoch" : " epochs")
                + (r.isTrainingAsked() ? " (updates while training)" : ""));
    }

    /** The view the tab shows, for tests and exports. */
    public AnomalyView view() {
        return view;
    }
}
