package workbench.app.anomaly;

import java.util.Locale;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import workbench.analysis.ConfusionCounts;
import workbench.app.layout.EveryNode;
import workbench.app.layout.WholeText;

/**
 * What the threshold does to the test split: flagged and passed samples of each kind, then
 * precision (how many alarms are real) and recall (how many anomalies are caught), side by side
 * when the column has the room (a line less for the worst samples under them) and one above the
 * other when not.
 */
final class ConfusionTable extends VBox {
    private final GridPane counts = new GridPane();
    private final Label flaggedNormal = count("anomalyFlaggedNormal");
    private final Label flaggedAnomalous = count("anomalyFlaggedAnomalous");
    private final Label passedNormal = count("anomalyPassedNormal");
    private final Label passedAnomalous = count("anomalyPassedAnomalous");
    private final Label precision = new Label();
    private final Label recall = new Label();
    private final Label falseAlarms = new Label();

    ConfusionTable() {
        setId("anomalyConfusion");
        setSpacing(3);
        setPadding(new Insets(4, 8, 4, 8));
        counts.setHgap(14);
        counts.setVgap(3);
        counts.add(header("normal", AnomalyColors.NORMAL), 1, 0);
        counts.add(header("anomaly", AnomalyColors.ANOMALY), 2, 0);
        counts.add(new Label("flagged"), 0, 1);
        counts.add(flaggedNormal, 1, 1);
        counts.add(flaggedAnomalous, 2, 1);
        counts.add(new Label("not flagged"), 0, 2);
        counts.add(passedNormal, 1, 2);
        counts.add(passedAnomalous, 2, 2);
        precision.setId("anomalyPrecision");
        recall.setId("anomalyRecall");
        falseAlarms.setId("anomalyFalseAlarms");
        for (Label l : new Label[] {flaggedNormal, flaggedAnomalous, passedNormal, passedAnomalous}) {
            GridPane.setHalignment(l, HPos.RIGHT);
        }
        // the rates under the counts, not beside them: the table sits in a column of the view
        FlowPane rates = new FlowPane(14, 3, precision, recall);
        getChildren().addAll(counts, rates, falseAlarms);
        EveryNode.walk(this, WholeText::keep);
        clear();
    }

    private static Label count(String id) {
        Label l = new Label();
        l.setId(id);
        l.setStyle("-fx-font-weight: bold; -fx-font-family: monospace;");
        return l;
    }

    private static HBox header(String text, Color colour) {
        Rectangle swatch = new Rectangle(10, 10, colour);
        HBox box = new HBox(4, swatch, new Label(text));
        box.setAlignment(Pos.CENTER_RIGHT);
        return box;
    }

    void show(ConfusionCounts c) {
        flaggedNormal.setText(Integer.toString(c.falsePositives()));
        flaggedAnomalous.setText(Integer.toString(c.truePositives()));
        passedNormal.setText(Integer.toString(c.trueNegatives()));
        passedAnomalous.setText(Integer.toString(c.falseNegatives()));
        precision.setText(c.flagged() == 0 ? "Precision: nothing flagged" : "Precision " + three(c.precision()));
        recall.setText("Recall " + three(c.recall()));
        falseAlarms.setText(String.format(Locale.ROOT, "%.1f%% of normal samples flagged",
                100 * c.falsePositiveRate()));
    }

    void clear() {
        for (Label l : new Label[] {flaggedNormal, flaggedAnomalous, passedNormal, passedAnomalous}) {
            l.setText("-");
        }
        precision.setText("Precision -");
        recall.setText("Recall -");
        falseAlarms.setText("");
    }

    private static String three(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
