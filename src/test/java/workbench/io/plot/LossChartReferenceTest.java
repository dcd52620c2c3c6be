package workbench.io.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import workbench.engine.EpochStats;

/**
 * The loss figure's reference line and the line at the first epoch below it: drawn when a
 * reference is known, by the crossing rule, labelled whole inside the plot at every size, and
 * absent when there is no reference.
 */
class LossChartReferenceTest {
    private static final String UNIT = "BCE, mean per element";
    private static final String PCA_LABEL = "PCA (32): 0.1";
    /** Sizes the figure is drawn at: a small export, the report's 1200 x 700, the files' 1200 x 800. */
    private static final int[][] SIZES = {{520, 320}, {1200, 700}, {1200, 800}};

    private static double between(double a, double b) {
        return (a + b) / 2;
    }

    @Test
    void aKnownBaselineIsDrawnWithTheFirstEpochBelowIt() {
        List<EpochStats> history = LossHistories.falling(30, true);
        double reference = between(history.get(4).validation().reconstructionMean(),
                history.get(5).validation().reconstructionMean());
        JFreeChart chart = LossChart.create("Loss", history, UNIT, false, new LossReference(PCA_LABEL, reference),
                false);
        assertEquals(List.of("range marker " + reference + ": " + PCA_LABEL), ChartContent.markers(chart, "range"));
        assertEquals(List.of("domain marker 6.0: beats PCA (32) at epoch 6"), ChartContent.markers(chart, "domain"),
                "at the validation point of epoch 6");
        assertEquals(List.of(LossChart.TRAIN_SERIES, LossChart.VALIDATION_SERIES), legend(chart),
                "the line is not a series of the legend");
        for (int[] size : SIZES) {
            RenderedChart drawn = RenderedChart.draw(chart, size[0], size[1]);
            assertTrue(drawn.plot().getRangeAxis().getRange().contains(reference), "the y range holds the line");
            Map<String, Rectangle2D> labels = drawn.assertMarkerLabelsInside();
            assertEquals(Set.of(PCA_LABEL, "beats PCA (32) at epoch 6"), labels.keySet(),
                    "both lines labelled at " + size[0] + " x " + size[1]);
            assertFalse(labels.get(PCA_LABEL).intersects(labels.get("beats PCA (32) at epoch 6")),
                    "the labels overlap at " + size[0] + " x " + size[1] + ": " + labels);
            drawn.assertAxisLabelFits(drawn.plot().getRangeAxis());
            drawn.assertLegendOutsideData();
        }
    }

    @Test
    void withoutABaselineThereIsNoLineAndNoCrossing() {
        List<EpochStats> history = LossHistories.falling(30, true);
        for (LossReference none : new LossReference[] {null, new LossReference("PCA (32): n/a", Double.NaN)}) {
            JFreeChart chart = LossChart.create("Loss", history, UNIT, false, none, false);
            assertEquals(List.of(), ChartContent.markers(chart, "range"));
            assertEquals(List.of(), ChartContent.markers(chart, "domain"));
            assertEquals(Map.of(), RenderedChart.draw(chart, 1200, 800).plot().placedLabels());
        }
    }

    @Test
    void aBaselineNotYetBeatenHasItsLineAlone() {
        List<EpochStats> history = LossHistories.falling(30, true);
        double belowEverything = history.get(29).validation().reconstructionMean() / 2;
        JFreeChart chart = LossChart.create("Loss", history, UNIT, false,
                new LossReference(PCA_LABEL, belowEverything), false);
        assertEquals(1, ChartContent.markers(chart, "range").size());
        assertEquals(List.of(), ChartContent.markers(chart, "domain"));
        assertTrue(RenderedChart.draw(chart, 1200, 800).plot().getRangeAxis().getRange().contains(belowEverything),
                "the y range stretches down to the line");
    }

    @Test
    void withoutValidationTheTrainingMeansDecideAtTheirEpochsMiddle() {
        List<EpochStats> history = LossHistories.falling(12, false);
        double reference = between(history.get(2).train().reconstructionMean(), history.get(3).train().reconstructionMean());
        for (boolean log : new boolean[] {false, true}) {
            JFreeChart chart = LossChart.create("Loss", history, UNIT, false, new LossReference("PCA", reference), log);
            assertEquals(List.of("domain marker 3.5: beats PCA at epoch 4"), ChartContent.markers(chart, "domain"));
            assertEquals(0.5, chart.getXYPlot().getDataset().getXValue(0, 0), 0, "epoch 1's mean at its middle");
        }
    }

    @Test
    void aVariationalModelShowsItsPartsAndIsComparedOnItsReconstructionPerSample() {
        List<EpochStats> history = LossHistories.variational(30);
        // the reconstruction's per-sample sum goes below it at epoch 4; the objective (with KL) only at epoch 5,
        // and the per-element mean at epoch 1
        double reference = between(history.get(2).validation().reconstructionSum(),
                history.get(3).validation().reconstructionSum());
        JFreeChart chart = LossChart.create("Loss", history, "BCE summed per sample + beta x KL (nats)", true,
                new LossReference("PCA (2), reconstruction: 230", reference), false);
        assertEquals(List.of(LossChart.TRAIN_SERIES, LossChart.VALIDATION_SERIES, LossChart.RECONSTRUCTION_SERIES,
                LossChart.KL_SERIES), legend(chart));
        assertEquals(List.of("domain marker 4.0: beats PCA (2) at epoch 4"), ChartContent.markers(chart, "domain"));
    }

    @Test
    void onALogAxisALineAtZeroOrBelowIsLeftOut() {
        JFreeChart chart = LossChart.create("Loss", LossHistories.falling(10, true), UNIT, false,
                new LossReference("PCA", 0), true);
        assertEquals(List.of(), ChartContent.markers(chart, "range"));
        assertEquals(List.of(), ChartContent.markers(chart, "domain"));
    }

    private static List<String> legend(JFreeChart chart) {
        XYPlot plot = chart.getXYPlot();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < plot.getLegendItems().getItemCount(); i++) {
            names.add(plot.getLegendItems().get(i).getLabel());
        }
        return names;
    }
}
