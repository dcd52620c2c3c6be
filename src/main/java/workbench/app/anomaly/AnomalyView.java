package workbench.app.anomaly;

import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import workbench.analysis.AnomalyReport;
import workbench.app.layout.FigureMaximiser;
import workbench.app.layout.ProportionalDividers;
import workbench.app.layout.ScrollingColumn;
import workbench.app.layout.WholeText;
import workbench.analysis.AnomalyScores;
import workbench.analysis.ConfusionCounts;
import workbench.analysis.ErrorHistogram;
import workbench.analysis.NormalClasses;
import workbench.io.plot.SignificantDigits;

/**
 * Reconstruction error as an anomaly score, on the test split: the errors' histogram by kind with
 * the threshold, a slider for the threshold and what it flags, the ROC curve and its AUC, and the
 * worst-rebuilt samples. It only reads an {@link AnomalyReport}; the caller computes the report off
 * the FX thread (it needs the model) and hands it to {@link #show}. Call every method on the FX
 * thread.
 *
 * <p>The threshold starts at the {@value AnomalyScores#DEFAULT_PERCENTILE}th percentile of the
 * normal errors; once the user moves it, later reports (a model training on) keep the user's value,
 * clamped to the new range, until the reset button.
 */
public final class AnomalyView extends BorderPane {
    private final ErrorHistogramChart histogram = new ErrorHistogramChart();
    private final RocChart roc = new RocChart();
    private final ConfusionTable confusion = new ConfusionTable();
    private final WorstSamples worst = new WorstSamples();
    private final Slider slider = new Slider(0, 1, 0);
    private final Label thresholdValue = new Label();
    private final Label summary = new Label();
    private final Label auc = new Label();
    /** When the report was made, or why there is none: set by whoever computes the reports. */
    private final Label status = new Label();
    private final Label worstTitle = new Label("Worst-reconstructed test samples");
    private final SignificantDigits digits = new SignificantDigits(4);

    private AnomalyReport report;
    private boolean userThreshold;
    private boolean updating;

    /** A view on its own (a test's): its charts have nowhere to be maximised to. */
    public AnomalyView() {
        this(new FigureMaximiser(() -> null));
    }

    /** The least width of the histogram and of the ROC curve, pixels: narrower, their text cannot be read. */
    static final double FIGURE_MIN_WIDTH = 200;

    public AnomalyView(FigureMaximiser maximiser) {
        setId("anomalyView");
        histogram.setId("anomalyHistogram");
        roc.setId("anomalyRoc");
        summary.setId("anomalySummary");
        summary.setWrapText(true);
        auc.setId("anomalyAuc");
        auc.setStyle("-fx-font-weight: bold; -fx-font-size: 16px;");
        status.setId("anomalyStatus");
        status.setStyle("-fx-text-fill: #555555;");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        // one line for what was scored, when, and how well: in presenter mode at 768 px every line the
        // header takes is taken from the figures, and the tab's name says the rest
        HBox header = new HBox(12, summary, gap, status, auc);
        WholeText.keep(status, auc);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(4, 6, 4, 6));
        HBox.setHgrow(summary, Priority.SOMETIMES);
        setTop(header);

        slider.setId("anomalyThreshold");
        HBox.setHgrow(slider, Priority.ALWAYS);
        slider.valueProperty().addListener((o, was, now) -> {
            if (!updating) {
                userThreshold = true;
            }
            applyThreshold();
        });
        thresholdValue.setId("anomalyThresholdValue");
        // a short word: the row is as wide as the two figures, which presenter mode at 1280x720 squeezes
        Button reset = new Button("Default");
        reset.setId("anomalyThresholdReset");
        reset.setTooltip(new Tooltip("Back to the default threshold, the 95th percentile of the normal test errors:"
                + " it flags 5% of the normal test samples"));
        reset.setOnAction(e -> resetThreshold());
        Label sliderName = new Label("Threshold");
        HBox thresholdRow = new HBox(8, sliderName, slider, thresholdValue, reset);
        // the row's elastic part
        slider.setMinWidth(40);
        WholeText.keep(sliderName, thresholdValue, reset);
        thresholdRow.setAlignment(Pos.CENTER_LEFT);
        thresholdRow.setPadding(new Insets(4, 8, 0, 8));
        // the rule in a tooltip, not a line under the slider: in a short tab every line is taken from the histogram
        Tooltip rule = new Tooltip("A sample is flagged when its error is at least the threshold.");
        slider.setTooltip(rule);
        sliderName.setTooltip(rule);

        // Two columns, each the tab's whole height: the figures the threshold moves (the histogram with its
        // line, the ROC with its point) over the threshold's row, then what the threshold flags and the
        // worst samples. The row spans both figures, so it needs no column of its own: its text alone is
        // never the reason the view is wider than a window in presenter mode at 1280x720.
        Region histogramFigure = maximiser.frame("the error histogram", histogram);
        Region rocFigure = maximiser.frame("the ROC curve", roc);
        // the figures shrink to leave the text its room, each down to a width at which it can still be read
        histogramFigure.setMinWidth(FIGURE_MIN_WIDTH);
        rocFigure.setMinWidth(FIGURE_MIN_WIDTH);
        SplitPane figures = new SplitPane(histogramFigure, rocFigure);
        figures.setOrientation(Orientation.HORIZONTAL);
        ProportionalDividers.keep(figures, 0.55);
        VBox left = new VBox(2, figures, thresholdRow);
        VBox.setVgrow(figures, Priority.ALWAYS);
        worstTitle.setStyle("-fx-font-weight: bold;");
        worstTitle.setWrapText(true);
        worstTitle.setMinHeight(Region.USE_PREF_SIZE);
        VBox flaggedAndWorst = new VBox(4, confusion, worstTitle, worst);
        VBox.setVgrow(worst, Priority.ALWAYS);
        flaggedAndWorst.setPadding(new Insets(4, 6, 4, 6));
        // the counts, then the worst samples with a few rows at least (never their header alone): where the tab
        // is too short for both (presenter mode at 768 px), the column scrolls
        ScrollingColumn right = new ScrollingColumn(flaggedAndWorst);
        right.setId("anomalyCountsColumn");
        for (Region column : new Region[] {left, figures}) {
            column.setMinHeight(0);
        }
        // The counts are text: their column is never narrower than the text. The worst samples' table
        // scrolls sideways, and its title wraps to the column (a pref width of 0 would wrap it after every letter).
        worst.setMinWidth(0);
        worstTitle.setMinWidth(0);
        SplitPane charts = new SplitPane(left, right);
        charts.setOrientation(Orientation.HORIZONTAL);
        ProportionalDividers.keep(charts, 0.7);
        setCenter(charts);
        clear();
    }

    /** Shows a new report; replaces everything, keeping a threshold the user chose (see the class comment). */
    public void show(AnomalyReport newReport) {
        report = Objects.requireNonNull(newReport, "report");
        AnomalyScores s = report.scores();
        NormalClasses normal = s.normalClasses();
        String normalNames = normal.describe(report.classNames());
        String anomalyNames = normal.describeOthers(report.classNames());
        // no total: it is the sum, and without it the line fits beside the status in presenter mode at 1366 px
        summary.setText(String.format(Locale.ROOT, "Test split: %d normal (%s), %d anomalous (%s)", s.normalCount(),
                normalNames, s.anomalyCount(), anomalyNames.isEmpty() ? "other" : anomalyNames));
        auc.setText(aucText(s.auc()));

        ErrorHistogram h = s.histogram(ErrorHistogram.suggestedBins(s.size()));
        histogram.show(h, "Normal (" + normalNames + ")",
                "Anomalous (" + (anomalyNames.isEmpty() ? "other" : anomalyNames) + ")", report.errorLabel());
        roc.show(s.roc());

        double previous = slider.getValue();
        updating = true;
        try {
            slider.setMin(s.minError());
            slider.setMax(s.maxError());
            slider.setBlockIncrement((s.maxError() - s.minError()) / 100);
            slider.setValue(userThreshold ? clamp(previous, s.minError(), s.maxError()) : s.defaultThreshold());
        } finally {
            updating = false;
        }
        slider.setDisable(false);
        applyThreshold();

        worstTitle.setText("The " + report.worst().length + " worst-reconstructed test samples, worst first");
        worst.show(report);
    }

    /** What the tab says above the figures about the report: when it was made ("Scored after 5 epochs") or why none was. */
    public void setStatus(String text) {
        status.setText(text);
    }

    /** Empties the view, for a run that has no report yet. */
    public void clear() {
        report = null;
        summary.setText("Train on the normal classes to score the test split by reconstruction error.");
        auc.setText("");
        histogram.clear();
        roc.clear();
        confusion.clear();
        worst.clear();
        thresholdValue.setText("");
        slider.setDisable(true);
        userThreshold = false;
    }

    /** Back to the default threshold, the 95th percentile of the normal samples' errors. */
    public void resetThreshold() {
        userThreshold = false;
        if (report != null) {
            updating = true;
            try {
                slider.setValue(report.scores().defaultThreshold());
            } finally {
                updating = false;
            }
            applyThreshold();
        }
    }

    /** Moves the threshold as the user would (clamped to the errors' range). */
    public void setThreshold(double value) {
        slider.setValue(value);
    }

    public double getThreshold() {
        return slider.getValue();
    }

    public ReadOnlyDoubleProperty thresholdProperty() {
        return slider.valueProperty();
    }

    /** The counts at the current threshold, or null before the first report. */
    public ConfusionCounts confusion() {
        return report == null ? null : report.scores().confusionAt(slider.getValue());
    }

    /** The report on show, or null. */
    public AnomalyReport report() {
        return report;
    }

    /** The histogram as a JFreeChart, for {@code workbench.io.plot.ChartFiles}. */
    public JFreeChart histogramChart() {
        return histogram.chart();
    }

    /** The ROC curve as a JFreeChart, for {@code workbench.io.plot.ChartFiles}. */
    public JFreeChart rocChart() {
        return roc.chart();
    }

    /** "AUC 0.912": the header, the ROC title and the tests agree on it. */
    public static String aucText(double auc) {
        return String.format(Locale.ROOT, "AUC %.3f", auc);
    }

    private void applyThreshold() {
        if (report == null) {
            return;
        }
        double t = slider.getValue();
        AnomalyScores s = report.scores();
        thresholdValue.setText(digits.format(t));
        histogram.setThreshold(t);
        roc.setCurrent(s.roc().pointAt(t));
        confusion.show(s.confusionAt(t));
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
