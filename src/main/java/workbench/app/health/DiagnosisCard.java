package workbench.app.health;

import java.util.function.IntConsumer;
import javafx.geometry.Insets;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import workbench.session.doctor.Diagnosis;

/**
 * One diagnosis as the Health tab shows it: its name, epoch and layer on a bold line, then what was
 * seen, why it matters and what to try, each a paragraph that wraps in the width it gets, and a
 * link that shows the epoch on the time slider and the loss chart. A fatal one (the run ended) is
 * drawn in red, a warning in amber: the colour is for the room, the words carry the meaning.
 */
final class DiagnosisCard extends VBox {
    static final String FATAL = "#b3261e";
    static final String WARNING = "#8a5a00";

    /**
     * @param lastEpoch the last epoch the model kept: a fatal diagnosis's own epoch was thrown away,
     *                  so its link shows the epoch before it
     * @param showEpoch moves the views to an epoch
     */
    DiagnosisCard(Diagnosis d, int lastEpoch, IntConsumer showEpoch) {
        super(3);
        getStyleClass().add("diagnosis");
        setPadding(new Insets(6, 8, 6, 8));
        String colour = d.kind().endsRun() ? FATAL : WARNING;
        setStyle("-fx-border-color: transparent transparent transparent " + colour + "; -fx-border-width: 0 0 0 4;");

        Label title = new Label(d.kind().title() + (d.kind().endsRun() ? " (the run was ended)" : ""));
        title.setStyle("-fx-font-weight: bold; -fx-text-fill: " + colour + ";");
        title.getStyleClass().add("diagnosis-title");
        Label where = new Label("epoch " + d.epoch() + (d.batch() == null ? "" : ", batch " + d.batch())
                + (d.layer() == null ? "" : ", " + d.layer()));
        where.setStyle("-fx-text-fill: #555555;");
        FlowPane heading = new FlowPane(10, 2, title, where);
        int shown = Math.min(d.epoch(), lastEpoch);
        if (shown >= 1) {
            Hyperlink link = new Hyperlink(shown == d.epoch() ? "show epoch " + shown : "show epoch " + shown
                    + ", the last one kept");
            link.getStyleClass().add("diagnosis-epoch");
            link.setOnAction(e -> showEpoch.accept(shown));
            heading.getChildren().add(link);
        }
        getChildren().addAll(heading, paragraph(capitalised(d.seen())), paragraph(d.why()), advice(d.advice()));
    }

    private static Label paragraph(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE); // the whole paragraph, never "..."
        return l;
    }

    private static Label advice(String text) {
        Label l = paragraph(text);
        l.setStyle("-fx-font-weight: bold;");
        l.getStyleClass().add("diagnosis-advice");
        return l;
    }

    /** The doctor writes what was seen to follow "Kind at epoch N: "; on its own line it starts a sentence. */
    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
