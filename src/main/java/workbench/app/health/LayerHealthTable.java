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
 * its outputs and its gradients spread over the epochs (heat-maps of histograms, the epochs named
 * in the heading above the table), and at the newest epoch the size of its weights and gradients
 * and its share of dead ReLU units.
 */
final class LayerHealthTable extends GridPane {
    /** Four columns, so that the table fits the lower tabs at 1280 px in presenter mode's larger text. */
    static final String[] HEADINGS = {"Layer", "Outputs", "Gradients", "At the last epoch"};
    /** The widest a layer's name goes before it wraps. */
    private static final double NAME_WIDTH = 170;

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
            add(h, c, 0);
        }
        HealthRecord newest = records.get(records.size() - 1);
        for (int i = 0; i < newest.layers().size(); i++) {
            LayerHealth now = newest.layers().get(i);
            int row = i + 1;
            Label name = wrapped(now.layer(), NAME_WIDTH);
            add(name, 0, row);
            int layer = i;
            List<Histogram> outputs = records.stream().map(r -> histogram(r, layer, true)).toList();
            List<Histogram> gradients = records.stream().map(r -> histogram(r, layer, false)).toList();
            add(strip(outputs, outputStrips), 1, row);
            add(now.gradients() == null ? muted("no parameters") : strip(gradients, gradientStrips), 2, row);
            VBox numbers = new VBox(1, number("weight norm", now.weightNorm()), number("gradient RMS",
                    now.gradientRms()));
            if (!Double.isNaN(now.deadShare())) {
                numbers.getChildren().add(new Label(String.format(Locale.ROOT, "dead units %.0f%%",
                        100 * now.deadShare())));
            }
            add(numbers, 3, row);
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

    private static VBox strip(List<Histogram> perEpoch, List<HistogramStrip> into) {
        HistogramStrip strip = new HistogramStrip();
        strip.show(perEpoch);
        into.add(strip);
        String range = strip.low() <= strip.high()
                ? DIGITS.format(strip.low()) + " to " + DIGITS.format(strip.high()) : "no values";
        Label scale = wrapped(range, HistogramStrip.WIDTH);
        scale.setStyle("-fx-text-fill: #555555; -fx-font-size: 0.92em;");
        Tooltip.install(strip, new Tooltip("An epoch per column, left to right; values from " + range
                + " bottom to top; darker where more values fell"));
        return new VBox(2, strip, scale);
    }

    private static Label wrapped(String text, double width) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(width);
        l.setMinHeight(Region.USE_PREF_SIZE); // the whole text, on more lines, never "..."
        return l;
    }

    private static Label number(String name, double v) {
        return Double.isNaN(v) ? muted(name + " -") : new Label(name + " " + DIGITS.format(v));
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
