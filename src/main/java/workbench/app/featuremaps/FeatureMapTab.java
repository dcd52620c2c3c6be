package workbench.app.featuremaps;

import java.util.List;
import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import javafx.util.StringConverter;
import workbench.app.layout.FigureMaximiser;
import workbench.app.layout.WholeText;
import workbench.app.image.SampleImages;
import workbench.app.viewmodel.RunViewModel.State;
import workbench.app.viewmodel.WorkbenchViewModel;
import workbench.data.Dataset;
import workbench.engine.ModelSpec;
import workbench.session.FeatureMap;
import workbench.session.FeatureMapLayer;
import workbench.session.FeatureMaps;
import workbench.session.LatestRequest;
import workbench.session.ModelHost;

/**
 * What the convolutional layers make of one test sample: choose a layer and a sample, and see every
 * channel of that layer's output. The maps follow training live, recomputed at most once a second,
 * and the model is only ever touched through {@link ModelHost#query}, so on the trainer's
 * thread between batches while it trains.
 */
public final class FeatureMapTab extends Tab {
    static final String NEEDS_CONVOLUTION = "Feature maps need a convolutional model: this design has no layer"
            + " whose output is an image. Add conv, max pool or upsample layers to the encoder (the layer type in"
            + " the Model section), or load a convolutional preset from the Presets menu.";
    static final String TRAIN_FIRST = "Train the model (or step one batch) to see what each convolutional layer"
            + " makes of a test sample.";
    /** Thumbnail of the chosen sample, about this many pixels on its longer side. */
    private static final int THUMBNAIL = 56;

    private final WorkbenchViewModel vm;
    private final ChoiceBox<FeatureMapLayer> layerChoice = new ChoiceBox<>();
    private final SpinnerValueFactory.IntegerSpinnerValueFactory samples =
            new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 0, 0);
    private final Spinner<Integer> sampleSpinner = new Spinner<>(samples);
    private final Label classLabel = new Label();
    private final ImageView thumbnail = new ImageView();
    private final ChannelGrid grid = new ChannelGrid();
    private final Label message = new Label();
    private final Label status = new Label();
    private final RefreshThrottle throttle = new RefreshThrottle(Duration.seconds(1), this::request);
    /**
     * One computation at a time: while training, each waits for the trainer's next break, so the
     * throttle's requests could otherwise queue faster than they return. A new model or a
     * placeholder cancels it.
     */
    private final LatestRequest<Answer> maps = new LatestRequest<>(Platform::runLater);
    /** Set while the layer list is refilled from an answer, which is not the user choosing. */
    private boolean fillingChoices;
    /** The layer the user chose, by label, kept across runs of the same design. */
    private String wantedLayer;
    private FeatureMap shown;

    public FeatureMapTab(WorkbenchViewModel vm, FigureMaximiser maximiser) {
        super("Feature maps");
        this.vm = Objects.requireNonNull(vm);
        setId("featureMapTab");
        setClosable(false);
        setContent(layout(maximiser));

        layerChoice.valueProperty().addListener((o, was, now) -> {
            if (!fillingChoices && now != null) {
                wantedLayer = now.label();
                throttle.now();
            }
        });
        samples.valueProperty().addListener((o, was, now) -> {
            showSample();
            throttle.now();
        });
        grid.readoutProperty().addListener((o, was, now) -> status.setText(now));
        vm.run().runProperty().addListener((o, was, now) -> {
            maps.cancel(); // the maps of the model before are not drawn over the new one's
            adoptSamples(now);
            throttle.now();
        });
        vm.run().stateProperty().addListener((o, was, now) -> {
            if (now != State.STARTING) {
                throttle.now();
            }
        });
        vm.run().snapshotProperty().addListener((o, was, now) -> {
            State state = vm.run().stateProperty().get();
            // a hidden tab need not take the trainer's time; it catches up when shown
            if (isSelected() && (state == State.RUNNING || state == State.PAUSED)) {
                throttle.soon();
            }
        });
        selectedProperty().addListener((o, was, now) -> {
            if (now) {
                throttle.now();
            }
        });
        vm.designer().specProperty().addListener((o, was, now) -> {
            if (vm.run().runProperty().get() == null) {
                throttle.now();
            }
        });
        adoptSamples(vm.run().runProperty().get());
        throttle.now();
    }

    private BorderPane layout(FigureMaximiser maximiser) {
        layerChoice.setId("featureMapLayer");
        layerChoice.setTooltip(new Tooltip("The layer whose output is shown; a convolution is shown after its"
                + " activation, as the next layer sees it"));
        layerChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(FeatureMapLayer layer) {
                return layer == null ? "" : layer.label();
            }

            @Override
            public FeatureMapLayer fromString(String s) {
                return null;
            }
        });
        layerChoice.disableProperty().bind(Bindings.isEmpty(layerChoice.getItems()));
        sampleSpinner.setId("featureMapSample");
        sampleSpinner.disableProperty().bind(vm.run().runProperty().isNull());
        sampleSpinner.setEditable(true);
        sampleSpinner.setPrefWidth(100);
        sampleSpinner.setTooltip(new Tooltip("Which sample of the test split, counted from 0"));
        classLabel.setId("featureMapClass");
        thumbnail.setId("featureMapThumbnail");
        thumbnail.setSmooth(false);
        // a row that wraps: a long layer name in presenter mode's text moves the sample to a second line
        FlowPane controls = new FlowPane(8, 4, new Label("Layer"), layerChoice, gap(), new Label("Test sample"),
                sampleSpinner, thumbnail, classLabel);
        controls.getChildren().forEach(WholeText::keep);
        layerChoice.setMinWidth(Region.USE_PREF_SIZE);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setPadding(new Insets(8));

        message.setId("featureMapMessage");
        message.setWrapText(true);
        message.setMaxWidth(560);
        message.setStyle("-fx-text-fill: #555; -fx-font-size: 14px;");
        StackPane centre = new StackPane(grid, message);
        centre.setMinSize(0, 0);

        ImageView scale = new ImageView(ColourBar.image(90, 10));
        Label scaleText = new Label("each channel on its own scale, from its minimum to its maximum");
        scaleText.setStyle("-fx-text-fill: #555;");
        status.setId("featureMapStatus");
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox key = new HBox(8, scale, scaleText);
        key.setAlignment(Pos.CENTER_LEFT);
        key.visibleProperty().bind(grid.visibleProperty());
        HBox footer = new HBox(8, key, spring, status);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.setPadding(new Insets(4, 8, 6, 8));

        BorderPane pane = new BorderPane(maximiser.frame("the feature maps", centre), controls, null, footer, null);
        pane.setMinSize(0, 0);
        return pane;
    }

    private static Region gap() {
        Region r = new Region();
        r.setMinWidth(12);
        return r;
    }

    /** A new run may bring other data: the sample range follows its test split. */
    private void adoptSamples(ModelHost run) {
        int size = run == null ? 0 : run.data().test().size();
        samples.setMax(Math.max(0, size - 1));
        if (samples.getValue() == null || samples.getValue() > samples.getMax()) {
            samples.setValue(0);
        }
        showSample();
    }

    /** The thumbnail and class of the chosen sample, read from the run's data (which never changes). */
    private void showSample() {
        ModelHost run = vm.run().runProperty().get();
        Dataset test = run == null ? null : run.data().test();
        int index = samples.getValue() == null ? 0 : samples.getValue();
        if (test == null || index >= test.size()) {
            thumbnail.setImage(null);
            classLabel.setText("");
            return;
        }
        float[] row = row(test, index);
        float lo = 0;
        float hi = 1;
        for (float v : row) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        var shape = test.sampleShape();
        int longer = shape.isImage() ? Math.max(shape.height(), shape.width()) : shape.size();
        thumbnail.setImage(SampleImages.toImage(row, 0, shape, Math.max(1, THUMBNAIL / longer), lo, hi));
        int label = test.labels()[index];
        classLabel.setText(label == Dataset.NO_LABEL ? "no class (unlabelled data)"
                : "class " + test.classNames().get(label));
    }

    private static float[] row(Dataset data, int index) {
        int cols = data.featureCount();
        float[] row = new float[cols];
        System.arraycopy(data.features().data, index * cols, row, 0, cols);
        return row;
    }

    /** One refresh: the layer list and the chosen layer's maps, computed where the model is safe to use. */
    private void request() {
        ModelHost run = vm.run().runProperty().get();
        State state = vm.run().stateProperty().get();
        if (run == null) {
            ModelSpec design = vm.designer().specProperty().get();
            showPlaceholder(design != null && design.isConvolutional() ? TRAIN_FIRST : NEEDS_CONVOLUTION);
            return;
        }
        Dataset test = run.data().test();
        if (test.size() == 0) {
            showPlaceholder("The test split is empty, so there is no sample to show.");
            return;
        }
        int index = Math.min(samples.getValue() == null ? 0 : samples.getValue(), test.size() - 1);
        float[] sample = row(test, index);
        String wanted = wantedLayer;
        status.setText(state == State.PAUSED ? "Paused: the maps update when training resumes or steps." : "");
        maps.submit(() -> run.query(model -> {
            List<FeatureMapLayer> layers = FeatureMaps.layers(model);
            FeatureMapLayer chosen = layers.stream().filter(l -> l.label().equals(wanted)).findFirst()
                    .orElse(layers.isEmpty() ? null : layers.get(0));
            return new Answer(layers, chosen, chosen == null ? null : FeatureMaps.compute(model, sample, chosen));
        }), this::show, error -> showMessage("The feature maps could not be computed: " + error.getMessage()));
    }

    private record Answer(List<FeatureMapLayer> layers, FeatureMapLayer chosen, FeatureMap map) {
    }

    private void show(Answer answer) {
        FeatureMapLayer selected = answer.layers().stream().filter(l -> l.label().equals(wantedLayer)).findFirst()
                .orElse(answer.chosen());
        fillingChoices = true;
        try {
            if (!layerChoice.getItems().equals(answer.layers())) {
                layerChoice.getItems().setAll(answer.layers());
            }
            layerChoice.setValue(selected);
        } finally {
            fillingChoices = false;
        }
        if (answer.map() == null) {
            showMessage(NEEDS_CONVOLUTION);
            return;
        }
        if (!selected.equals(answer.chosen())) {
            return; // the user chose another layer meanwhile: its own request follows
        }
        if (status.getText().startsWith("Paused")) {
            status.setText("");
        }
        shown = answer.map();
        grid.show(shown);
        grid.setVisible(true);
        message.setVisible(false);
    }

    /** A message instead of maps, for as long as nothing is asked: an answer on its way would draw over it. */
    private void showPlaceholder(String text) {
        maps.cancel();
        showMessage(text);
    }

    private void showMessage(String text) {
        shown = null;
        grid.clear();
        grid.setVisible(false);
        message.setText(text);
        message.setVisible(true);
        if (text.equals(NEEDS_CONVOLUTION) || text.equals(TRAIN_FIRST)) {
            fillingChoices = true;
            layerChoice.getItems().clear();
            fillingChoices = false;
        }
    }

    /** The maps on show, or null; for tests. */
    FeatureMap shownMap() {
        return shown;
    }

    ChannelGrid grid() {
        return grid;
    }
}
