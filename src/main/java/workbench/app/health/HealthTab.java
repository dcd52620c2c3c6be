package workbench.app.health;

import java.util.function.IntConsumer;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import workbench.app.viewmodel.RunViewModel;
import workbench.session.doctor.Diagnosis;
import workbench.session.doctor.HealthRecord;

/**
 * The "Health" tab: what the training doctor has found wrong with the shown model, newest first,
 * each with what was seen, why it matters and what to try; under it every layer's outputs and
 * gradients over the epochs, its weight and gradient sizes and dead units
 * ({@link LayerHealthTable}), and for images the first layer's weights as pictures. A dot beside
 * the tab's name (red for a finding that ended the run, amber for warnings) shows the room that
 * something was found without opening it. It reads what the host published at each epoch's end
 * (see {@link RunViewModel#diagnoses()} and {@link RunViewModel#healthProperty()}), never the live
 * model.
 */
public final class HealthTab extends Tab {
    /** What the tab says while nothing is wrong: what is watched, so that silence means something. */
    static final String ALL_CLEAR = "No problems found. At every epoch's end the training doctor looks inside the"
            + " network (a fixed batch of training rows) and at the gradients, and says here, in words, if the"
            + " network has died, is exploding, has dead ReLU or saturated units, vanishing gradients, a learning"
            + " rate too low, is overfitting, is still worse than PCA, or (for a VAE) has a collapsed code, or"
            + " (for a sparse code) misses its target.";

    /** What the tab says before the shown design has trained. */
    static final String NOTHING_YET = "Nothing trained yet. Once this design trains, the training doctor looks"
            + " inside it at every epoch's end and says here what, if anything, goes wrong.";

    private final RunViewModel run;
    private final VBox cards = new VBox(8);
    private final Label allClear = new Label(ALL_CLEAR);
    private final IntConsumer showEpoch;
    /** Shown beside the tab's name while there are findings: red when one ended the run, else amber. */
    private final Circle marker = new Circle(4);
    private final LayerHealthTable layers = new LayerHealthTable();
    private final FeaturePictures features = new FeaturePictures();
    private final Label layersHeading = heading("Every layer");

    /** @param showEpoch moves the time slider (and the views it drives) to an epoch */
    public HealthTab(RunViewModel run, IntConsumer showEpoch) {
        super("Health");
        this.run = run;
        this.showEpoch = showEpoch;
        setId("healthTab");
        marker.setId("healthMarker");
        setClosable(false);
        allClear.setId("healthAllClear");
        allClear.setWrapText(true);
        allClear.setMinHeight(Region.USE_PREF_SIZE);
        allClear.setStyle("-fx-text-fill: #555555;");
        cards.setId("healthDiagnoses");
        cards.setPadding(new Insets(8));
        VBox all = new VBox(6, cards, layersHeading, layers, features);
        all.setPadding(new Insets(0, 0, 8, 0));
        ScrollPane scroll = new ScrollPane(all);
        scroll.setFitToWidth(true);
        setContent(scroll);
        run.healthProperty().addListener((o, was, now) -> {
            showLayers(now);
            redraw();
        });
        run.featuresProperty().addListener((o, was, now) -> features.show(now));
        showLayers(run.healthProperty().get());
        features.show(run.featuresProperty().get());
        run.diagnoses().addListener((ListChangeListener<Diagnosis>) c -> redraw());
        // a fatal diagnosis's link shows the last epoch kept, which the history says once the run has ended
        run.history().addListener((ListChangeListener<Object>) c -> redraw());
        redraw();
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold; -fx-font-size: 1.08em;");
        l.setPadding(new Insets(4, 8, 0, 8));
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private void showLayers(List<HealthRecord> records) {
        layers.show(records);
        if (!records.isEmpty()) {
            int first = records.get(0).epoch();
            int last = records.get(records.size() - 1).epoch();
            layersHeading.setText("Every layer, " + (first == last ? "epoch " + last
                    : "epochs " + first + " to " + last + " left to right"));
        }
        layersHeading.setVisible(!records.isEmpty());
        layersHeading.setManaged(!records.isEmpty());
    }

    /** The layers' table; for tests. */
    LayerHealthTable layerTable() {
        return layers;
    }

    /** The first layer's pictures; for tests. */
    FeaturePictures featurePictures() {
        return features;
    }

    private void redraw() {
        var found = run.diagnoses();
        // a dot beside the name, not a count in it: the tab strip has no room left for more text in presenter mode
        boolean fatal = found.stream().anyMatch(d -> d.kind().endsRun());
        marker.setFill(Color.web(fatal ? DiagnosisCard.FATAL : DiagnosisCard.WARNING));
        marker.setVisible(!found.isEmpty());
        marker.setManaged(!found.isEmpty());
        setGraphic(found.isEmpty() ? null : marker);
        setTooltip(found.isEmpty() ? null : new Tooltip(found.size() == 1 ? "1 finding of the training doctor"
                : found.size() + " findings of the training doctor"));
        cards.getChildren().clear();
        if (found.isEmpty()) {
            // "no problems found" is a finding: before any training there is none to report
            allClear.setText(run.healthProperty().get().isEmpty() ? NOTHING_YET : ALL_CLEAR);
            cards.getChildren().add(allClear);
            return;
        }
        int lastEpoch = run.history().isEmpty() ? 0 : run.history().get(run.history().size() - 1).epoch();
        for (int i = found.size() - 1; i >= 0; i--) {
            cards.getChildren().add(new DiagnosisCard(found.get(i), lastEpoch, showEpoch));
        }
    }
}
