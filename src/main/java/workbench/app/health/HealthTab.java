package workbench.app.health;

import java.util.function.IntConsumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import workbench.app.viewmodel.RunViewModel;
import workbench.session.doctor.Diagnosis;

/**
 * The "Health" tab: what the training doctor has found wrong with the shown model, newest first,
 * each with what was seen, why it matters and what to try. The tab's name counts them, so the
 * room sees that something was found without opening it. It reads the run's diagnoses as the host
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

    /** @param showEpoch moves the time slider (and the views it drives) to an epoch */
    public HealthTab(RunViewModel run, IntConsumer showEpoch) {
        super("Health");
        this.run = run;
        this.showEpoch = showEpoch;
        setId("healthTab");
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
        setText(found.isEmpty() ? "Health" : "Health (" + found.size() + ")");
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
