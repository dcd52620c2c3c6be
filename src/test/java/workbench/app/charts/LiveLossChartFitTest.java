package workbench.app.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.stage.Stage;
import org.jfree.chart.axis.ValueAxis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import workbench.io.plot.ChartLook;
import workbench.io.plot.LossAxisLabel;
import workbench.io.plot.LossHistories;
import workbench.io.plot.LossReference;
import workbench.io.plot.RenderedChart;

/** The live loss chart's text stays whole at the sizes the window gives it, on a desk and on a projector. */
@ExtendWith(ApplicationExtension.class)
class LiveLossChartFitTest {
    static final String VAE_UNIT = "BCE summed per sample + beta x KL (nats)";
    static final String PCA_LABEL = "PCA (2), reconstruction: 181.8";
    static final double PCA = 181.8;
    /** Widths and heights the loss chart gets, from a 1280 x 720 window to a maximised one. */
    static final int[][] SIZES = {{300, 200}, {520, 320}, {900, 700}};

    private LiveLossChart chart;

    @Start
    void start(Stage stage) {
        chart = new LiveLossChart();
        FigureSnapshots.host(stage, chart);
    }

    static void feedVae(LiveLossChart chart, int epochs) {
        int batches = 50;
        double[] xs = new double[batches * epochs];
        double[] ys = new double[batches * epochs];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = (i + 1.0) / batches;
            ys[i] = 166 + 90 * Math.exp(-xs[i] / 4.0) + 3 * Math.sin(i * 0.7);
        }
        chart.setVariational(true);
        chart.setUnit(VAE_UNIT);
        chart.appendBatches(xs, ys, xs.length);
        chart.setEpochs(LossHistories.variational(epochs));
        chart.setReference(new LossReference(PCA_LABEL, PCA));
    }

    private <T> T onFx(java.util.concurrent.Callable<T> task) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, task);
    }

    @Test
    void axisLabelsAreTheLongestFormThatFitsAndLegendAndLabelsStayClearAtEverySizeAndScale() {
        onFx(() -> {
            feedVae(chart, 30);
            return null;
        });
        List<String> seen = new ArrayList<>();
        for (boolean presenting : new boolean[] {false, true}) {
            for (int[] size : SIZES) {
                onFx(() -> {
                    chart.setPresentation(presenting);
                    RenderedChart drawn = RenderedChart.draw(chart.chart(), size[0], size[1]);
                    String y = drawn.assertAxisLabelFits(chart.plot().getRangeAxis());
                    drawn.assertAxisLabelFits(chart.plot().getDomainAxis());
                    assertLongestFitting(drawn, chart.plot().getRangeAxis(), LossAxisLabel.forms(VAE_UNIT, false), y);
                    drawn.assertLegendOutsideData();
                    Map<String, Rectangle2D> labels = drawn.assertMarkerLabelsInside();
                    assertTrue(labels.containsKey("beats PCA (2) at epoch " + chart.referenceCrossingEpoch()),
                            "the crossing is labelled: " + labels.keySet());
                    assertTrue(labels.containsKey(PCA_LABEL), "the PCA line is labelled: " + labels.keySet());
                    seen.add(y);
                    return null;
                });
            }
        }
        assertTrue(seen.contains(LossAxisLabel.forms(VAE_UNIT, false).get(0)), "a large chart shows the full unit: " + seen);
        assertTrue(seen.stream().anyMatch(s -> !s.equals(LossAxisLabel.forms(VAE_UNIT, false).get(0))),
                "a small chart shows a short form: " + seen);
        assertEquals(LossAxisLabel.forms(VAE_UNIT, false).get(0), onFx(() -> chart.plot().getRangeAxis().getLabel()),
                "drawing leaves the full label on the axis, for exports and the tooltip");
    }

    /** Every form longer than the drawn one is too long for the plot: the drawn one is the longest that fits. */
    private static void assertLongestFitting(RenderedChart drawn, ValueAxis axis, List<String> forms, String shown) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = scratch.createGraphics();
        double room = drawn.dataArea().getHeight();
        for (String form : forms.subList(0, forms.indexOf(shown))) {
            assertTrue(g2.getFontMetrics(axis.getLabelFont()).stringWidth(form) > room - 8,
                    "\"" + form + "\" would have fitted in " + room + " px");
        }
    }

    @Test
    void markerLabelsKeepClearOfTheCurvesAndEachOther() {
        onFx(() -> {
            feedVae(chart, 30);
            chart.setMarkedEpoch(20);
            return null;
        });
        for (int[] size : SIZES) {
            onFx(() -> {
                RenderedChart drawn = RenderedChart.draw(chart.chart(), size[0], size[1]);
                Map<String, Rectangle2D> labels = drawn.assertMarkerLabelsInside();
                List<Rectangle2D> boxes = new ArrayList<>(labels.values());
                for (int i = 0; i < boxes.size(); i++) {
                    for (int j = i + 1; j < boxes.size(); j++) {
                        assertFalse(boxes.get(i).intersects(boxes.get(j)), "two labels overlap at " + size[0] + " x "
                                + size[1] + ": " + labels);
                    }
                }
                return null;
            });
        }
    }

    @Test
    void theMarkedEpochIsDrawnAndRemoved() {
        onFx(() -> {
            feedVae(chart, 30);
            chart.setMarkedEpoch(12);
            return null;
        });
        assertEquals(12, onFx(chart::markedEpoch));
        assertEquals(12.0, onFx(() -> chart.markedEpochMarker().getValue()), 0);
        Map<String, Rectangle2D> labels = onFx(() -> RenderedChart.draw(chart.chart(), 520, 320).assertMarkerLabelsInside());
        assertTrue(labels.containsKey("epoch 12"), "labelled: " + labels.keySet());

        onFx(() -> {
            chart.setMarkedEpoch(0);
            return null;
        });
        assertEquals(0, onFx(chart::markedEpoch));
        assertNull(onFx(chart::markedEpochMarker));
        labels = onFx(() -> RenderedChart.draw(chart.chart(), 520, 320).plot().placedLabels());
        assertFalse(labels.containsKey("epoch 12"), "the label went with its line: " + labels.keySet());
    }

    @Test
    void aNarrowLossRangeGetsDistinctTickLabels() {
        // the conv preset's first epochs: losses within a few hundred-thousandths of 0.6906
        onFx(() -> {
            int n = 400;
            double[] xs = new double[n];
            double[] ys = new double[n];
            for (int i = 0; i < n; i++) {
                xs[i] = (i + 1.0) / 100;
                ys[i] = 0.69060 - 0.00004 * i / n + 0.00001 * Math.sin(i);
            }
            chart.setUnit("BCE, mean per element");
            chart.appendBatches(xs, ys, n);
            return null;
        });
        for (boolean log : new boolean[] {false, true}) {
            for (int[] size : SIZES) {
                List<String> ticks = onFx(() -> {
                    chart.setLogScale(log);
                    return RenderedChart.draw(chart.chart(), size[0], size[1])
                            .assertTickLabelsDistinct(chart.plot().getRangeAxis());
                });
                assertNotEquals(List.of(), ticks);
            }
        }
    }

    @Test
    @EnabledIfSystemProperty(named = "ui.examples", matches = "true")
    void examplesForLookingAt() {
        onFx(() -> {
            feedVae(chart, 30);
            chart.setMarkedEpoch(18);
            return null;
        });
        for (boolean presenting : new boolean[] {false, true}) {
            FigureSnapshots.save(chart, 680, 340, presenting, "loss-vae");
            FigureSnapshots.save(chart, 330, 220, presenting, "loss-vae");
            FigureSnapshots.save(chart, 1100, 650, presenting, "loss-vae");
        }
        onFx(() -> {
            chart.clear();
            chart.clearReference();
            chart.setVariational(false);
            chart.setMarkedEpoch(0);
            double[] xs = new double[300];
            double[] ys = new double[300];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = (i + 1.0) / 100;
                ys[i] = 0.69060 - 0.00004 * i / xs.length + 0.00001 * Math.sin(i);
            }
            chart.setUnit("BCE, mean per element");
            chart.appendBatches(xs, ys, xs.length);
            return null;
        });
        for (boolean presenting : new boolean[] {false, true}) {
            FigureSnapshots.save(chart, 680, 340, presenting, "loss-conv-narrow");
        }
    }

    @Test
    void presenterModeOnThenOffRestoresEveryFontStrokeAndShape() {
        List<Object> before = onFx(() -> {
            feedVae(chart, 10);
            chart.setMarkedEpoch(5);
            return ChartLook.of(chart.chart());
        });
        float desk = onFx(() -> ChartLook.axisLabelSize(chart.chart()));
        onFx(() -> {
            chart.setPresentation(true);
            return null;
        });
        assertEquals(desk * ChartRegion.PRESENTATION_SCALE, onFx(() -> ChartLook.axisLabelSize(chart.chart())), 1e-3);
        assertNotEquals(before, onFx(() -> ChartLook.of(chart.chart())));
        onFx(() -> {
            chart.setPresentation(false);
            return null;
        });
        assertEquals(before, onFx(() -> ChartLook.of(chart.chart())));
    }
}
