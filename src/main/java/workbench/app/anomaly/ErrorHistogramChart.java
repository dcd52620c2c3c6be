package workbench.app.anomaly;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;
import workbench.analysis.ErrorHistogram;
import workbench.app.charts.ChartRegion;
import workbench.io.plot.ChartStyle;
import workbench.io.plot.FittedChart;
import workbench.io.plot.FittedXYPlot;
import workbench.io.plot.RoundTickUnits;

/**
 * The test errors as a histogram, normal and anomalous samples stacked in their two colours (stacked
 * rather than overlaid, so no bar hides another and each bar's height is every sample in its bin),
 * with the threshold as a dashed vertical line. Call on the FX thread.
 */
final class ErrorHistogramChart extends ChartRegion {
    static final String THRESHOLD = "threshold";
    private static final String ERROR = "Reconstruction error";
    private static final BasicStroke THRESHOLD_STROKE = new BasicStroke(2.5f, BasicStroke.CAP_BUTT,
            BasicStroke.JOIN_MITER, 1f, new float[] {8f, 5f}, 0f);
    /** Room above the highest bar, where the threshold's label can sit without covering a bar. */
    private static final double ROOM_ABOVE_BARS = 0.22;

    private final DefaultTableXYDataset data = new DefaultTableXYDataset();
    private final FittedXYPlot plot;
    private final JFreeChart chart;
    private final DeferredRedraw redraw;
    private final ValueMarker threshold;

    ErrorHistogramChart() {
        super(640, 380);
        StackedXYBarRenderer renderer = new StackedXYBarRenderer(0);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        renderer.setDefaultOutlinePaint(Color.WHITE);
        renderer.setDefaultOutlineStroke(new BasicStroke(0.5f));
        renderer.setSeriesPaint(0, AnomalyColors.NORMAL_AWT);
        renderer.setSeriesPaint(1, AnomalyColors.ANOMALY_AWT);

        NumberAxis x = new NumberAxis(ERROR);
        x.setAutoRangeIncludesZero(false);
        x.setStandardTickUnits(RoundTickUnits.create());
        NumberAxis y = new NumberAxis("Test samples");
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        y.setUpperMargin(ROOM_ABOVE_BARS);
        plot = new FittedXYPlot(data, x, y, renderer);
        plot.setAxisLabel(y, List.of("Test samples", "Samples"));

        // the plot places the label beside the line, where it covers no bar
        threshold = new ValueMarker(0, AnomalyColors.THRESHOLD_AWT, THRESHOLD_STROKE);
        threshold.setLabel(THRESHOLD);
        threshold.setLabelFont(ChartStyle.MARKER_LABEL);
        threshold.setLabelPaint(ChartStyle.TEXT);
        threshold.setLabelBackgroundColor(new Color(255, 255, 255, 215));

        chart = new FittedChart(plot);
        ChartStyle.apply(chart);
        redraw = new DeferredRedraw(chart);
        show(chart);
    }

    /** Replaces the bars; the legend names both kinds with their classes. */
    void show(ErrorHistogram h, String normalName, String anomalyName, String errorLabel) {
        redraw.touch();
        XYSeries normal = new XYSeries(normalName, false, false);
        XYSeries anomalous = new XYSeries(anomalyName, false, false);
        for (int b = 0; b < h.binCount(); b++) {
            normal.add(h.binCentre(b), h.normalCount(b), false);
            anomalous.add(h.binCentre(b), h.anomalyCount(b), false);
        }
        data.removeAllSeries();
        data.addSeries(normal);
        data.addSeries(anomalous);
        data.setIntervalWidth(h.binWidth());
        NumberAxis x = (NumberAxis) plot.getDomainAxis();
        plot.setAxisLabel(x, errorLabel.isBlank() ? List.of(ERROR, "Error")
                : List.of(ERROR + " (" + errorLabel + ")", ERROR, "Error"));
        x.setRange(h.lower(), h.upper());
        var markers = plot.getDomainMarkers(Layer.FOREGROUND); // null while there are none
        if (markers == null || !markers.contains(threshold)) {
            // out of the plot, presenter mode did not reach it: size it as it is now
            threshold.setLabelFont(scaled(ChartStyle.MARKER_LABEL));
            threshold.setStroke(scaled(THRESHOLD_STROKE));
            plot.addDomainMarker(0, threshold, Layer.FOREGROUND, false);
        }
    }

    void clear() {
        redraw.touch();
        data.removeAllSeries();
        plot.removeDomainMarker(0, threshold, Layer.FOREGROUND, false);
    }

    void setThreshold(double value) {
        redraw.touch();
        threshold.setValue(value);
    }

    double threshold() {
        return threshold.getValue();
    }

    JFreeChart chart() {
        return chart;
    }

    FittedXYPlot plot() {
        return plot;
    }


    @Override
    protected double computeMinWidth(double height) {
        return 240;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 180;
    }
}
