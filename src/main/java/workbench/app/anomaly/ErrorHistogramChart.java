package workbench.app.anomaly;

import java.awt.BasicStroke;
import java.awt.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;
import workbench.analysis.ErrorHistogram;
import workbench.app.charts.ChartRegion;
import workbench.io.plot.ChartStyle;
import workbench.io.plot.SignificantDigits;

/**
 * The test errors as a histogram, normal and anomalous samples stacked in their two colours (stacked
 * rather than overlaid, so no bar hides another and each bar's height is every sample in its bin),
 * with the threshold as a dashed vertical line. Call on the FX thread.
 */
final class ErrorHistogramChart extends ChartRegion {
    private final DefaultTableXYDataset data = new DefaultTableXYDataset();
    private final XYPlot plot;
    private final JFreeChart chart;
    private final ChartViewer viewer;
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

        NumberAxis x = new NumberAxis("Reconstruction error");
        x.setAutoRangeIncludesZero(false);
        x.setNumberFormatOverride(new SignificantDigits(3));
        NumberAxis y = new NumberAxis("Test samples");
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        plot = new XYPlot(data, x, y, renderer);

        threshold = new ValueMarker(0, AnomalyColors.THRESHOLD_AWT, new BasicStroke(2.5f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 1f, new float[] {8f, 5f}, 0f));
        threshold.setLabel("threshold");
        threshold.setLabelFont(ChartStyle.MARKER_LABEL);
        threshold.setLabelPaint(ChartStyle.TEXT);
        threshold.setLabelBackgroundColor(new Color(255, 255, 255, 200));
        threshold.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        threshold.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        threshold.setLabelOffset(new RectangleInsets(6, 6, 6, 6));

        chart = new JFreeChart(null, ChartStyle.TITLE, plot, true);
        ChartStyle.apply(chart);
        chart.getLegend().setPosition(RectangleEdge.TOP);
        redraw = new DeferredRedraw(chart);
        viewer = new ChartViewer(chart, true);
        getChildren().add(viewer);
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
        x.setLabel(errorLabel.isBlank() ? "Reconstruction error" : "Reconstruction error (" + errorLabel + ")");
        x.setRange(h.lower(), h.upper());
        var markers = plot.getDomainMarkers(Layer.FOREGROUND); // null while there are none
        if (markers == null || !markers.contains(threshold)) {
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


    @Override
    protected double computeMinWidth(double height) {
        return 240;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 180;
    }
}
