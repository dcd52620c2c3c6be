package workbench.app;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.ejml.data.FMatrixRMaj;
import workbench.app.anomaly.AnomalyTab;
import workbench.app.charts.LiveLossChart;
import workbench.app.featuremaps.FeatureMapTab;
import workbench.app.health.HealthTab;
import workbench.app.history.RunHistoryTab;
import workbench.app.image.SampleImages;
import workbench.app.latent.LatentScatter;
import workbench.app.layout.FigureMaximiser;
import workbench.app.layout.PerTabDivider;
import workbench.app.layout.WholeText;
import workbench.app.pca.PcaBaselineTab;
import workbench.app.recon.ReconstructionGrid;
import workbench.app.viewmodel.RunViewModel;
import workbench.app.viewmodel.WorkbenchViewModel;
import workbench.engine.EpochStats;
import workbench.session.LatentPlane;
import workbench.session.LatentTools;
import workbench.session.LatestRequest;
import workbench.session.ModelHost;
import workbench.session.RunExporter;
import workbench.session.TrainingSnapshot;

/**
 * The work area: the loss chart and the latent space side by side on top, and below them tabs with
 * the reconstructions and the tools that explore the model (interpolation, the decoded manifold and
 * more), all fed from the run's newest snapshot, or from an earlier epoch's when the time slider
 * replays one.
 */
public final class OutputArea extends SplitPane {
    private final WorkbenchViewModel vm;
    private final LiveLossChart loss = new LiveLossChart();
    private final ReconstructionGrid reconstructions = new ReconstructionGrid();
    private final LatentScatter latent = new LatentScatter();
    private final ImageView decoded = new ImageView();
    private final Label decodedCaption = new Label();
    /** PCA (live, every snapshot) or t-SNE (recomputed in the background at each new epoch). */
    private final ChoiceBox<String> projectionChoice = new ChoiceBox<>();
    private final TsneJob tsne = new TsneJob(Platform::runLater);
    private int tsneEpoch = -1;
    /** The codes behind the t-SNE map on show, to decode the nearest one on a click. */
    private FMatrixRMaj tsneCodes;
    private float[] tsneX;
    private float[] tsneY;
    private long reshuffles;
    private final EpochReplayBar replay = new EpochReplayBar();
    /** The snapshot drawn now: the newest while live, an earlier epoch's while replaying. */
    private TrainingSnapshot shown;
    private final TabPane explore = new TabPane();
    private final InterpolationTab interpolation;
    private final ManifoldTab manifold;
    private final OutputExports exports;
    private final VBox decodedPanel;

    /** Where the lower tabs' splitter starts for a tab that needs height (the manifold, the anomaly charts, the runs). */
    static final double TALL_TAB_DIVIDER = 0.40;
    /** Where it starts for a strip of pictures (reconstructions, interpolation). */
    static final double STRIP_TAB_DIVIDER = 0.55;

    OutputArea(WorkbenchViewModel vm, FigureMaximiser maximiser) {
        this.vm = vm;
        setId("outputs");
        loss.setId("lossChart");
        reconstructions.setId("reconstructions");
        latent.setId("latentPlot");

        CheckBox logScale = new CheckBox("Log scale");
        logScale.setOnAction(e -> loss.setLogScale(logScale.isSelected()));
        CheckBox parts = new CheckBox("Reconstruction and KL");
        parts.setTooltip(new Tooltip("For a VAE: the two parts of the loss, per sample, in nats"));
        parts.setSelected(true);
        parts.setOnAction(e -> loss.setShowParts(parts.isSelected()));
        parts.setVisible(false);
        parts.managedProperty().bind(parts.visibleProperty());
        vm.run().runProperty().addListener((o, was, now) ->
                parts.setVisible(now != null && now.spec().variant().isVariational()));
        Region lossPane = titled("Loss", maximiser.frame("the loss chart", loss), parts, logScale);

        CheckBox errors = new CheckBox("Error heat-map");
        errors.setId("errorHeatmap");
        errors.setOnAction(e -> reconstructions.setShowError(errors.isSelected()));
        Button reshuffle = new Button("Reshuffle");
        reshuffle.setId("reshuffle");
        reshuffle.setOnAction(e -> reshuffle());
        Region reconPane = titled("Reconstructions of 16 test samples",
                maximiser.frame("the reconstructions", reconstructions), errors, reshuffle);

        decodedPanel = decodedPanel();
        // the decoded sample floats over the plot's corner: laid out beside or under the plot it would
        // shrink the plot under the pointer, and the next click would land somewhere else
        StackPane latentWithDecoded = new StackPane(latent, decodedPanel);
        StackPane.setAlignment(decodedPanel, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(decodedPanel, new Insets(0, 8, 36, 0));
        latentWithDecoded.setMinSize(0, 0);
        BorderPane latentAndSlider = new BorderPane(maximiser.frame("the latent plot", latentWithDecoded,
                e -> insidePlotArea(e.getSceneX(), e.getSceneY())));
        // the time slider sits under the plot it replays, where it has the pane's whole width
        replay.setPadding(new Insets(2, 6, 2, 6));
        latentAndSlider.setBottom(replay);
        projectionChoice.getItems().setAll("PCA", "t-SNE");
        projectionChoice.setValue("PCA");
        projectionChoice.setId("projection");
        projectionChoice.setTooltip(new Tooltip(
                "How a code of more than two values is drawn: PCA (live) or t-SNE (recomputed each epoch)"));
        projectionChoice.valueProperty().addListener((o, was, now) -> {
            tsneEpoch = -1;
            TrainingSnapshot s = vm.run().snapshotProperty().get();
            if (s != null) {
                show(s);
            }
        });
        Region latentPane = titled("Latent space (test split)", latentAndSlider, projectionChoice);

        // Loss and latent side by side on top; below, at full width (where sixteen samples in a
        // row are large enough to read), the reconstructions and the tools that explore the model.
        SplitPane top = new SplitPane(lossPane, latentPane);
        top.setDividerPositions(0.5);
        exports = new OutputExports(vm, loss);
        interpolation = new InterpolationTab(vm, latent, maximiser);
        manifold = new ManifoldTab(vm, latent, () -> shown, this::showsTsne, maximiser);
        Tab reconTab = new Tab("Reconstructions", reconPane);
        reconTab.setClosable(false);
        explore.setId("explore");
        explore.getTabs().addAll(reconTab, new PcaBaselineTab(vm, loss, maximiser), interpolation, manifold,
                new FeatureMapTab(vm, maximiser), new AnomalyTab(vm, maximiser), new RunHistoryTab(vm, maximiser),
                new HealthTab(vm.run(), replay::choose));
        // under a third of modena's room either side of a tab's name: eight names, in presenter mode's
        // larger text too, fit the strip at 1280 px, where at full padding the last ones were cut
        explore.getTabs().forEach(t -> t.setStyle("-fx-padding: 0.083333em 0.15em 0.0769em 0.15em;"));
        setOrientation(Orientation.VERTICAL);
        getItems().addAll(top, explore);
        PerTabDivider.install(this, explore,
                tab -> tab == reconTab || tab == interpolation ? STRIP_TAB_DIVIDER : TALL_TAB_DIVIDER);

        RunViewModel run = vm.run();
        run.setBatchSink(chunk -> loss.appendBatches(chunk.positions(), chunk.losses(), chunk.count()));
        run.history().addListener((ListChangeListener<EpochStats>) c -> loss.setEpochs(List.copyOf(run.history())));
        run.snapshotProperty().addListener((o, was, now) -> {
            ModelHost current = run.runProperty().get();
            if (current != null) {
                replay.setLastEpoch(current.epochSnapshots().lastEpoch());
            }
            if (replay.isLive()) {
                show(now);
            }
        });
        replay.setOnEpoch(epoch -> {
            ModelHost current = run.runProperty().get();
            TrainingSnapshot s = current == null ? null : current.epochSnapshots().at(epoch);
            if (s != null) {
                show(s);
                loss.setMarkedEpoch(epoch); // the loss chart shows which epoch the plots replay
            }
        });
        replay.setOnLive(() -> {
            loss.setMarkedEpoch(0);
            show(run.snapshotProperty().get());
        });
        run.runProperty().addListener((o, was, now) -> newRun(was, now));
        run.stateProperty().addListener((o, was, now) -> {
            if (now == RunViewModel.State.FINISHED) {
                latent.resetView(); // codes drift during training; frame where they ended
            }
            if (now == RunViewModel.State.READY || now == RunViewModel.State.NOT_READY) {
                if (run.runProperty().get() == null) {
                    clear();
                }
            }
        });
        latent.setOnPlotClicked(this::decodeAt);
        latent.setSampleRenderer(this::testSampleImage);
    }

    private VBox decodedPanel() {
        decoded.setFitWidth(96);
        decoded.setPreserveRatio(true);
        decodedCaption.setWrapText(true);
        decodedCaption.setMaxWidth(200);
        Button close = new Button("\u00d7");
        close.setId("closeDecoded");
        close.setTooltip(new Tooltip("Hide the decoded sample"));
        close.setStyle("-fx-padding: 0 4 0 4;");
        HBox top = new HBox(close);
        top.setAlignment(Pos.TOP_RIGHT);
        HBox row = new HBox(8, decoded, decodedCaption);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox panel = new VBox(2, top, row);
        panel.setId("decodedPanel");
        panel.setPadding(new Insets(4, 6, 6, 6));
        panel.setStyle("-fx-background-color: rgba(255,255,255,0.92); -fx-border-color: #b0b0b0;"
                + " -fx-background-radius: 3; -fx-border-radius: 3;");
        panel.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        panel.setVisible(false);
        close.setOnAction(e -> {
            panel.setVisible(false);
            latent.clearClickMarker();
        });
        return panel;
    }

    private boolean insidePlotArea(double sceneX, double sceneY) {
        Point2D p = latent.sceneToLocal(sceneX, sceneY);
        return p != null && latent.plotArea().contains(p);
    }

    private static Region titled(String title, Region content, Node... controls) {
        Label label = new Label(title);
        label.setStyle("-fx-font-weight: bold; -fx-font-size: 1.08em;"); // grows with presenter mode
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(8, label, gap);
        header.getChildren().addAll(controls);
        header.getChildren().forEach(WholeText::keep);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(4, 6, 4, 6));
        BorderPane pane = new BorderPane(new StackPane(content));
        pane.setTop(header);
        content.setMinSize(0, 0);
        return pane;
    }

    private void newRun(ModelHost was, ModelHost now) {
        replay.reset();
        if (now == null) {
            clear();
            return;
        }
        if (was == null || was != now) {
            clearModelViews(); // Train more keeps the model, and its views until the next snapshot
        }
        if (was == null || was.data() != now.data()) {
            loss.clear();
            loss.setEpochs(List.copyOf(vm.run().history()));
        }
        boolean variational = now.spec().variant().isVariational();
        loss.setVariational(variational);
        loss.setUnit(RunExporter.lossUnit(now));
        if (now.data().sampleShape().isFlat() && now.data().train().featureCount() > 0) {
            reconstructions.setFeatureNames(null);
        }
    }

    /** Nothing of the last model or data stays: a new design, dataset, preset or model starts from blank views. */
    private void clear() {
        loss.clear();
        loss.setVariational(false); // the next design may not be a VAE: no stale axis or parts
        loss.setUnit(null);
        clearModelViews();
    }

    /** The views that show a model's outputs, emptied: they belonged to the model before. */
    private void clearModelViews() {
        shown = null;
        tsne.cancel();
        tsneCodes = null;
        tsneEpoch = -1;
        drawLatent(null, "z1", "z2", new float[0], new float[0], null, List.of());
        latent.resetView(); // the axes' range belonged to the last model's codes too
        latent.clearClickMarker();
        reconstructions.clear();
        hideDecoded();
    }

    private void hideDecoded() {
        decoded.setImage(null);
        decodedCaption.setText("");
        decodedPanel.setVisible(false);
    }

    private void reshuffle() {
        ModelHost run = vm.run().runProperty().get();
        if (run != null) {
            run.reshuffleGallery(++reshuffles);
        }
    }

    private void show(TrainingSnapshot s) {
        ModelHost run = vm.run().runProperty().get();
        if (s == null || run == null) {
            return;
        }
        shown = s;
        reconstructions.show(s.galleryOriginals(), s.galleryReconstructions(), s.galleryCorrupted(),
                run.data().sampleShape(), null);
        showCodes(run, s);
        manifold.refresh();
    }

    private boolean usesTsne(TrainingSnapshot s) {
        return "t-SNE".equals(projectionChoice.getValue()) && s.codes().numCols > 2;
    }

    private void showCodes(ModelHost run, TrainingSnapshot s) {
        if (usesTsne(s)) {
            showTsne(run, s);
            return;
        }
        tsne.cancel();
        tsneCodes = null;
        FMatrixRMaj plane = s.plane();
        int n = plane.numRows;
        float[] x = new float[n];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = plane.get(i, 0);
            y[i] = plane.numCols > 1 ? plane.get(i, 1) : 0f;
        }
        int[] labels = Arrays.copyOf(run.data().test().labels(), n);
        // the title from the snapshot drawn, never from an earlier one
        if (s.projection() == null) {
            drawLatent(null, "z1", plane.numCols > 1 ? "z2" : "", x, y, labels, run.data().classNames());
        } else {
            drawLatent("PCA projection of the " + s.codes().numCols + "-D code", "PC1", "PC2", x, y, labels,
                    run.data().classNames());
        }
    }

    /** What the latent plot was last given to draw: its title (null for none), axis names and number of points. */
    record LatentShown(String title, String xAxis, String yAxis, int points) {
    }

    private LatentShown latentShown = new LatentShown(null, "z1", "z2", 0);

    /** Everything the latent plot draws, given at once, so that no part of it is left from an earlier snapshot. */
    private void drawLatent(String title, String xAxis, String yAxis, float[] x, float[] y, int[] labels,
            List<String> classNames) {
        latent.setTitle(title);
        latent.setAxisLabels(xAxis, yAxis);
        latent.setPoints(x, y, labels, classNames);
        latentShown = new LatentShown(title, xAxis, yAxis, x.length);
    }

    LatentShown latentShown() {
        return latentShown;
    }

    /** Starts a t-SNE of the snapshot's codes once per epoch; the map on show stays until the new one is ready. */
    private void showTsne(ModelHost run, TrainingSnapshot s) {
        if (s.epoch() == tsneEpoch) {
            return;
        }
        tsneEpoch = s.epoch();
        FMatrixRMaj codes = s.codes();
        latent.setTitle("t-SNE of the " + codes.numCols + "-D code: computing for epoch " + s.epoch() + "...");
        tsne.submit(codes, run.experiment().seed(), points -> showTsneMap(run, s, codes, points),
                error -> latent.setTitle("No t-SNE map for epoch " + s.epoch() + ": " + error.getMessage()));
    }

    private void showTsneMap(ModelHost run, TrainingSnapshot s, FMatrixRMaj codes, FMatrixRMaj points) {
        int n = points.numRows;
        float[] x = new float[n];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = points.get(i, 0);
            y[i] = points.get(i, 1);
        }
        tsneCodes = codes;
        tsneX = x;
        tsneY = y;
        drawLatent("t-SNE of the " + codes.numCols + "-D code, epoch " + s.epoch() + " (first " + n
                + " test samples, perplexity 30)", "t-SNE 1", "t-SNE 2", x, y,
                Arrays.copyOf(run.data().test().labels(), n), run.data().classNames());
        latent.resetView();
    }

    /** Decodes the clicked point (through the inverse projection when the plot shows PCA of the code). */
    private void decodeAt(double px, double py) {
        ModelHost run = vm.run().runProperty().get();
        if (run == null) {
            return;
        }
        if (tsneCodes != null) {
            decodeNearest(run, px, py);
            return;
        }
        if (shown == null) {
            return;
        }
        // a 1-D code is drawn along x alone; anything wider lives in the plane the plot shows
        float[] code = shown.codes().numCols < 2 ? new float[] {(float) px}
                : LatentPlane.of(shown).code(px, py);
        boolean inPcaPlane = shown.projection() != null;
        decodeAndShow(run, code, String.format(Locale.ROOT, "Decoded at (%.2f, %.2f)%s", px, py,
                inPcaPlane ? " in the PCA plane" : ""));
    }

    /** t-SNE has no inverse: decode the code of the test sample drawn nearest to the click instead. */
    private void decodeNearest(ModelHost run, double px, double py) {
        int nearest = -1;
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < tsneX.length; i++) {
            double d = (tsneX[i] - px) * (tsneX[i] - px) + (tsneY[i] - py) * (tsneY[i] - py);
            if (d < best) {
                best = d;
                nearest = i;
            }
        }
        if (nearest < 0) {
            return;
        }
        int chosen = nearest;
        float[] code = new float[tsneCodes.numCols];
        System.arraycopy(tsneCodes.data, chosen * tsneCodes.numCols, code, 0, code.length);
        decodeAndShow(run, code, "t-SNE has no inverse, so this decodes the code of the nearest test sample (#"
                + chosen + ").");
    }

    /** Decodes where the model may be used (never on this thread), then shows the sample and the caption. */
    private void decodeAndShow(ModelHost run, float[] code, String caption) {
        vm.run().withModel(m -> LatentTools.decode(m, code))
                .whenComplete((values, error) -> Platform.runLater(() -> {
                    if (error != null) {
                        Throwable cause = LatestRequest.unwrap(error);
                        decodedCaption.setText("Could not decode that point: " + cause.getMessage());
                        decodedPanel.setVisible(true);
                        return;
                    }
                    if (run != vm.run().runProperty().get()) {
                        return; // the model changed while it decoded: the picture belongs to no view now
                    }
                    decoded.setImage(SampleImages.toImage(values, 0, run.data().sampleShape(), imageScale(run)));
                    decodedCaption.setText(caption);
                    decodedPanel.setVisible(true);
                }));
    }

    private Image testSampleImage(int index) {
        ModelHost run = vm.run().runProperty().get();
        if (run == null || index < 0 || index >= run.data().test().size()) {
            return null;
        }
        return SampleImages.toImage(run.data().test().features(), index, run.data().sampleShape(), imageScale(run));
    }

    private static int imageScale(ModelHost run) {
        int width = run.data().sampleShape().isImage() ? run.data().sampleShape().width() : 32;
        return Math.max(1, 96 / width);
    }

    /** True when the latent plot shows a finished t-SNE map. */
    boolean showsTsne() {
        return tsneCodes != null;
    }

    /** The image last decoded from a click in the latent plot, or null. */
    Image decodedImage() {
        return decoded.getImage();
    }

    LiveLossChart lossChart() {
        return loss;
    }

    EpochReplayBar replayBar() {
        return replay;
    }

    /** The snapshot the plots draw now. */
    TrainingSnapshot shownSnapshot() {
        return shown;
    }

    InterpolationTab interpolationTab() {
        return interpolation;
    }

    ManifoldTab manifoldTab() {
        return manifold;
    }


    TabPane exploreTabs() {
        return explore;
    }

    ReconstructionGrid reconstructionGrid() {
        return reconstructions;
    }

    LatentScatter latentScatter() {
        return latent;
    }

    /** The Export menu's work on what the area shows. */
    OutputExports exports() {
        return exports;
    }
}
