package workbench.app.health;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import workbench.analysis.Histogram;
import workbench.io.plot.SignificantDigits;
import workbench.session.doctor.HealthRecord;
import workbench.session.doctor.LayerHealth;

/**
 * Every layer of the shown model on one screen, a row each in the order a sample meets them: how
 * its outputs and its gradients spread over the epochs (heat-maps of histograms), and at the
 * newest epoch the size of its weights and gradients and its share of dead ReLU units.
 */
final class LayerHealthTable extends GridPane {
    static final String[] HEADINGS = {"Layer", "Outputs over the epochs", "Gradients over the epochs",
        "Weight norm", "Gradient RMS", "Dead units"};

    /** As the diagnoses write their numbers: three significant digits. */
    private static final SignificantDigits DIGITS = new SignificantDigits(3);

    private final List<HistogramStrip> outputStrips = new ArrayList<>();
    private final List<HistogramStrip> gradientStrips = new ArrayList<>();

    LayerHealthTable() {
        setId("layerHealth");
        setHgap(12);
        setVgap(6);
        setPadding(new Insets(4, 8, 8, 8));
    }

    /** Redraws the table from the records, one row per layer of the newest. */
    void show(List<HealthRecord> records) {
        getChildren().clear();
        outputStrips.clear();
        gradientStrips.clear();
        if (records.isEmpty()) {
            return;
        }
        for (int c = 0; c < HEADINGS.length; c++) {
            Label h = new Label(HEADINGS[c]);
            h.setStyle("-fx-font-weight: bold;");
            h.setMinWidth(Region.USE_PREF_SIZE);
            add(h, c, 0);
        }
        HealthRecord newest = records.get(records.size() - 1);
        int first = records.get(0).epoch();
        for (int i = 0; i < newest.layers().size(); i++) {
            LayerHealth now = newest.layers().get(i);
            int row = i + 1;
            Label name = new Label(now.layer());
            name.setWrapText(true);
            name.setMaxWidth(200);
            name.setMinHeight(Region.USE_PREF_SIZE);
            add(name, 0, row);
            int layer = i;
            List<Histogram> outputs = records.stream().map(r -> histogram(r, layer, true)).toList();
            List<Histogram> gradients = records.stream().map(r -> histogram(r, layer, false)).toList();
            add(strip(outputs, outputStrips, first, newest.epoch()), 1, row);
            add(now.gradients() == null ? muted("no parameters") : strip(gradients, gradientStrips, first,
                    newest.epoch()), 2, row);
            add(value(now.weightNorm()), 3, row);
            add(value(now.gradientRms()), 4, row);
            add(Double.isNaN(now.deadShare()) ? muted("-") : new Label(String.format(Locale.ROOT, "%.0f%%",
                    100 * now.deadShare())), 5, row);
            getChildren().stream().filter(n -> GridPane.getRowIndex(n) == row)
                    .forEach(n -> GridPane.setValignment(n, VPos.TOP));
        }
    }

    /** A layer's histogram in a record, or null where the record has no such layer (a design changed) or none. */
    private static Histogram histogram(HealthRecord r, int layer, boolean outputs) {
        if (layer >= r.layers().size()) {
            return null;
        }
        LayerHealth h = r.layers().get(layer);
        return outputs ? h.activations() : h.gradients();
    }

    private static VBox strip(List<Histogram> perEpoch, List<HistogramStrip> into, int firstEpoch, int lastEpoch) {
        HistogramStrip strip = new HistogramStrip();
        strip.show(perEpoch);
        into.add(strip);
        String range = strip.low() <= strip.high() ? DIGITS.format(strip.low()) + " to " + DIGITS.format(strip.high()) : "no values";
        Label scale = new Label(range + (firstEpoch == lastEpoch ? ", epoch " + lastEpoch
                : ", epochs " + firstEpoch + " to " + lastEpoch));
        scale.setStyle("-fx-text-fill: #555555; -fx-font-size: 0.92em;");
        Tooltip.install(strip, new Tooltip("An epoch per column, left to right; values from " + range
                + " bottom to top; darker where more values fell"));
        return new VBox(2, strip, scale);
    }

    private static Label value(double v) {
        return Double.isNaN(v) ? muted("-") : new Label(DIGITS.format(v));
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-text-fill: #777777;");
        return l;
    }

    /** The heat-maps of the layers' outputs, in row order; for tests. */
    List<HistogramStrip> outputStrips() {
        return List.copyOf(outputStrips);
    }

    /** The heat-maps of the layers' gradients (layers with parameters only), in row order; for tests. */
    List<HistogramStrip> gradientStrips() {
        return List.copyOf(gradientStrips);
    }
}
