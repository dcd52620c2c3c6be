package workbench.app.anomaly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import javafx.stage.Stage;
import org.jfree.chart.axis.ValueAxis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import workbench.analysis.ErrorHistogram;
import workbench.analysis.RocCurve;
import workbench.app.charts.ChartRegion;
import workbench.app.charts.FigureSnapshots;
import workbench.io.plot.ChartLook;
import workbench.io.plot.FittedXYPlot;
import workbench.io.plot.RenderedChart;

/** The anomaly histogram and ROC keep their text whole and off the data, at desk and projector sizes. */
@ExtendWith(ApplicationExtension.class)
class AnomalyChartsFitTest {
    static final double THRESHOLD = 0.05;
    /** Sizes the Anomalies tab gives each chart, from a 1280 x 720 window to a maximised figure. */
    static final int[][] HISTOGRAM_SIZES = {{320, 200}, {640, 380}, {1100, 650}};
    static final int[][] ROC_SIZES = {{260, 240}, {460, 420}, {800, 700}};

    private ErrorHistogramChart histogram;
    private RocChart roc;
    private ErrorHistogram bins;

    @Start
    void start(Stage stage) {
        histogram = new ErrorHistogramChart();
        roc = new RocChart();
        FigureSnapshots.host(stage, histogram, roc);
        Random random = new Random(3);
        int n = 1000;
        double[] errors = new double[n];
        boolean[] anomalous = new boolean[n];
        for (int i = 0; i < n; i++) {
            anomalous[i] = i % 10 == 0;
            errors[i] = Math.abs(anomalous[i] ? 0.07 + 0.02 * random.nextGaussian() : 0.03 + 0.01 * random.nextGaussian());
        }
        bins = ErrorHistogram.of(errors, anomalous, 40);
        histogram.show(bins, "Normal (0-8)", "Anomalous (9)", "MSE, mean per element");
        histogram.setThreshold(THRESHOLD);
        RocCurve curve = RocCurve.of(errors, anomalous);
        roc.show(curve);
        roc.setCurrent(curve.pointAt(THRESHOLD));
    }

    private static <T> T onFx(Callable<T> task) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, task);
    }

    @Test
    void theThresholdLabelSitsInsideThePlotOnNoBarAndTheAxisLabelsFit() {
        for (boolean presenting : new boolean[] {false, true}) {
            for (int[] size : HISTOGRAM_SIZES) {
                onFx(() -> {
                    histogram.setPresentation(presenting);
                    RenderedChart drawn = RenderedChart.draw(histogram.chart(), size[0], size[1]);
                    FittedXYPlot plot = histogram.plot();
                    drawn.assertAxisLabelFits(plot.getDomainAxis());
                    drawn.assertAxisLabelFits(plot.getRangeAxis());
                    drawn.assertLegendOutsideData();
                    Rectangle2D label = drawn.assertMarkerLabelsInside().get(ErrorHistogramChart.THRESHOLD);
                    assertTrue(label != null, "the threshold is labelled");
                    for (int b = 0; b < bins.binCount(); b++) {
                        Rectangle2D bar = bar(plot, drawn.dataArea(), b);
                        assertFalse(bar.intersects(label), "at " + size[0] + " x " + size[1] + " the label " + label
                                + " covers bar " + b + " " + bar);
                    }
                    return null;
                });
            }
        }
    }

    /** Bin {@code b}'s stacked bar in pixels, from the histogram's counts and the plot's axes. */
    private Rectangle2D bar(FittedXYPlot plot, Rectangle2D area, int b) {
        ValueAxis x = plot.getDomainAxis();
        ValueAxis y = plot.getRangeAxis();
        double left = x.valueToJava2D(bins.binLower(b), area, plot.getDomainAxisEdge());
        double right = x.valueToJava2D(bins.binLower(b) + bins.binWidth(), area, plot.getDomainAxisEdge());
        double top = y.valueToJava2D(bins.normalCount(b) + bins.anomalyCount(b), area, plot.getRangeAxisEdge());
        double base = y.valueToJava2D(0, area, plot.getRangeAxisEdge());
        return new Rectangle2D.Double(left, top, right - left, base - top);
    }

    @Test
    void theRocAxisLabelsFitAtEverySizeAndScale() {
        for (boolean presenting : new boolean[] {false, true}) {
            for (int[] size : ROC_SIZES) {
                onFx(() -> {
                    roc.setPresentation(presenting);
                    RenderedChart drawn = RenderedChart.draw(roc.chart(), size[0], size[1]);
                    drawn.assertAxisLabelFits(roc.plot().getDomainAxis());
                    drawn.assertAxisLabelFits(roc.plot().getRangeAxis());
                    drawn.assertLegendOutsideData();
                    return null;
                });
            }
        }
    }

    @Test
    void presenterModeOnThenOffRestoresBothCharts() {
        for (ChartRegion chart : List.of(histogram, roc)) {
            var jfree = chart == histogram ? histogram.chart() : roc.chart();
            List<Object> before = onFx(() -> ChartLook.of(jfree));
            float desk = onFx(() -> ChartLook.axisLabelSize(jfree));
            onFx(() -> {
                chart.setPresentation(true);
                return null;
            });
            assertEquals(desk * ChartRegion.PRESENTATION_SCALE, onFx(() -> ChartLook.axisLabelSize(jfree)), 1e-3);
            onFx(() -> {
                chart.setPresentation(false);
                return null;
            });
            assertEquals(before, onFx(() -> ChartLook.of(jfree)));
        }
    }

    @Test
    @EnabledIfSystemProperty(named = "ui.examples", matches = "true")
    void examplesForLookingAt() {
        for (boolean presenting : new boolean[] {false, true}) {
            FigureSnapshots.save(histogram, 640, 300, presenting, "anomaly-histogram");
            FigureSnapshots.save(histogram, 330, 200, presenting, "anomaly-histogram");
            FigureSnapshots.save(roc, 420, 380, presenting, "anomaly-roc");
            FigureSnapshots.save(roc, 260, 240, presenting, "anomaly-roc");
        }
    }
}
