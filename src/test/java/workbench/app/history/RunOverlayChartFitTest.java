package workbench.app.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import workbench.app.charts.ChartRegion;
import workbench.app.charts.FigureSnapshots;
import workbench.engine.EpochStats;
import workbench.engine.LossBreakdown;
import workbench.io.plot.ChartLook;
import workbench.io.plot.RenderedChart;
import workbench.session.Presets;
import workbench.session.RunRecord;

/** Three runs overlaid: their legend never covers the curves, whatever the chart's size. */
@ExtendWith(ApplicationExtension.class)
class RunOverlayChartFitTest {
    /** Sizes the Runs tab gives the chart, from a squeezed 1280 x 720 window to a maximised figure. */
    static final int[][] SIZES = {{320, 180}, {600, 300}, {1200, 650}};

    private RunOverlayChart chart;

    @Start
    void start(Stage stage) {
        chart = new RunOverlayChart();
        FigureSnapshots.host(stage, chart);
        List<RunRecord> runs = new ArrayList<>();
        String[] summaries = {"Dense 784-256-64-[32]-64-256-784, ReLU, Adam lr 0.001",
            "Variational 784-256-[2]-256-784, beta 1, Adam lr 0.001", "Conv 1x28x28 16c3-32c3-[64]-32c3-16c3"};
        for (int r = 0; r < 3; r++) {
            List<EpochStats> epochs = new ArrayList<>();
            for (int e = 1; e <= 20; e++) {
                double v = 0.08 + (0.3 + 0.1 * r) * Math.exp(-e / (3.0 + r));
                epochs.add(new EpochStats(e, loss(v), loss(v * 1.05), 1, 1000, 1e-3));
            }
            runs.add(new RunRecord(r + 1, summaries[r], "MNIST", Presets.all().get(0).experiment(), "BCE, mean per element", epochs, Double.NaN,
                    RunRecord.Status.FINISHED, 0));
        }
        chart.show(runs);
    }

    private static LossBreakdown loss(double v) {
        return new LossBreakdown(v, v, v * 784, 0, 0);
    }

    private static <T> T onFx(Callable<T> task) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, task);
    }

    @Test
    void theLegendStaysOffTheDataAndTheAxisLabelsFitAtEverySizeAndScale() {
        List<Integer> legendEntries = new ArrayList<>();
        for (boolean presenting : new boolean[] {false, true}) {
            for (int[] size : SIZES) {
                onFx(() -> {
                    chart.setPresentation(presenting);
                    RenderedChart drawn = RenderedChart.draw(chart.chart(), size[0], size[1]);
                    drawn.assertLegendOutsideData();
                    drawn.assertAxisLabelFits(chart.plot().getRangeAxis());
                    drawn.assertAxisLabelFits(chart.plot().getDomainAxis());
                    double top = size[1];
                    double bottom = 0;
                    double left = size[0];
                    for (var e : drawn.legendEntities()) {
                        top = Math.min(top, e.getArea().getBounds2D().getMinY());
                        bottom = Math.max(bottom, e.getArea().getBounds2D().getMaxY());
                        left = Math.min(left, e.getArea().getBounds2D().getMinX());
                    }
                    boolean above = bottom <= drawn.dataArea().getMinY();
                    assertTrue(drawn.legendEntities().isEmpty() || (above ? bottom - top <= 0.25 * size[1]
                            : size[0] - left <= 0.4 * size[0]), "the legend takes a quarter of the height above the "
                            + "plot or 40% of the width beside it at most, at " + size[0] + " x " + size[1]);
                    legendEntries.add(drawn.legendEntities().size());
                    return null;
                });
            }
        }
        assertTrue(legendEntries.contains(3), "a large chart names all three runs: " + legendEntries);
    }

    @Test
    void presenterModeOnThenOffRestoresTheLook() {
        List<Object> before = onFx(() -> ChartLook.of(chart.chart()));
        float desk = onFx(() -> ChartLook.axisLabelSize(chart.chart()));
        onFx(() -> {
            chart.setPresentation(true);
            chart.setLogScale(true); // a new axis and rebuilt series while presenting
            return null;
        });
        assertEquals(desk * ChartRegion.PRESENTATION_SCALE, onFx(() -> ChartLook.axisLabelSize(chart.chart())), 1e-3);
        onFx(() -> {
            chart.setLogScale(false);
            chart.setPresentation(false);
            return null;
        });
        assertEquals(before, onFx(() -> ChartLook.of(chart.chart())));
        assertFalse(onFx(chart::isPresentation));
    }

    @Test
    @EnabledIfSystemProperty(named = "ui.examples", matches = "true")
    void examplesForLookingAt() {
        for (boolean presenting : new boolean[] {false, true}) {
            FigureSnapshots.save(chart, 900, 300, presenting, "runs-overlay");
            FigureSnapshots.save(chart, 500, 260, presenting, "runs-overlay");
        }
    }
}
