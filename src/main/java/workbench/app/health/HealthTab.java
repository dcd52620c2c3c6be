package workbench.app.health;

import java.util.function.IntConsumer;
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

/**
 * The "Health" tab: what the training doctor has found wrong with the shown model, newest first,
 * each with what was seen, why it matters and what to try. A dot beside the tab's name (red for a
 * finding that ended the run, amber for warnings) shows the room that something was found without
 * opening it. It reads the run's diagnoses as the host
 * published them (see {@link RunViewModel#diagnoses()}), never the live model.
 */
public final class HealthTab extends Tab {
    /** What the tab says while nothing is wrong: what is watched, so that silence means something. */
    static final String ALL_CLEAR = "No problems found. At every epoch's end the training doctor looks inside the"
            + " network (a fixed batch of training rows) and at the gradients, and says here, in words, if the"
            + " network has died, is exploding, has dead ReLU or saturated units, vanishing gradients, a learning"
            + " rate too low, is overfitting, is still worse than PCA, or (for a VAE) has a collapsed code, or"
            + " (for a sparse code) misses its target.";

    private final RunViewModel run;
    private final VBox cards = new VBox(8);
    private final Label allClear = new Label(ALL_CLEAR);
    private final IntConsumer showEpoch;
    /** Shown beside the tab's name while there are findings: red when one ended the run, else amber. */
    private final Circle marker = new Circle(4);

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
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        setContent(scroll);
        run.diagnoses().addListener((ListChangeListener<Diagnosis>) c -> redraw());
        // a fatal diagnosis's link shows the last epoch kept, which the history says once the run has ended
        run.history().addListener((ListChangeListener<Object>) c -> redraw());
        redraw();
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
            cards.getChildren().add(allClear);
            return;
        }
        int lastEpoch = run.history().isEmpty() ? 0 : run.history().get(run.history().size() - 1).epoch();
        for (int i = found.size() - 1; i >= 0; i--) {
            cards.getChildren().add(new DiagnosisCard(found.get(i), lastEpoch, showEpoch));
        }
    }
}
