package workbench.io.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

/**
 * Where a {@link FittedChart} puts its legend at a given size: above the plot, to its right, with
 * short names, or nowhere, so the curves always keep most of the chart.
 */
class LegendPlacementTest {
    /** A run's name as the history overlay gives it: its number, then its design. */
    private static final String DESIGN = "Dense 784-256-[32]-256-784, Adam, lr 0.001";

    /** {@code runs} curves named "#1", "#2"... followed by {@code design} when it is not empty. */
    private static FittedChart chart(int runs, String design, boolean withBriefNames) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (int s = 1; s <= runs; s++) {
            XYSeries curve = new XYSeries(design.isEmpty() ? "#" + s : "#" + s + " " + design);
            for (int epoch = 1; epoch <= 20; epoch++) {
                curve.add(epoch, s + 1.0 / epoch);
            }
            data.addSeries(curve);
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        FittedXYPlot plot = new FittedXYPlot(data, new NumberAxis("Epoch"), new NumberAxis("Loss"), renderer);
        FittedChart chart = new FittedChart(plot);
        if (withBriefNames) {
            BriefLegend names = new BriefLegend(key -> key.split(" ", 2)[0]);
            renderer.setLegendItemLabelGenerator(names);
            chart.setBriefLegend(names);
        }
        ChartStyle.apply(chart);
        return chart;
    }

    private static List<String> legendLabels(FittedChart chart) {
        LegendItemCollection items = chart.getXYPlot().getLegendItems();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.getItemCount(); i++) {
            LegendItem item = items.get(i);
            out.add(item.getLabel());
        }
        return out;
    }

    @Test
    void aFewRunsOnALargeChartAreListedInFullAboveThePlot() {
        FittedChart chart = chart(3, DESIGN, true);
        RenderedChart drawn = RenderedChart.draw(chart, 1200, 800);
        assertEquals(RectangleEdge.TOP, chart.legendEdge());
        assertFalse(chart.legendWasBrief());
        assertEquals("#1 " + DESIGN, legendLabels(chart).get(0));
        drawn.assertLegendOutsideData();
        for (ChartEntity e : drawn.legendEntities()) {
            assertTrue(e.getArea().getBounds2D().getMaxY() <= drawn.dataArea().getMinY(), "above the plot");
        }
    }

    @Test
    void longNamesOnASmallChartAreShortenedBeforeTheLegendIsDropped() {
        FittedChart chart = chart(3, DESIGN, true);
        RenderedChart drawn = RenderedChart.draw(chart, 400, 300);
        assertEquals(RectangleEdge.TOP, chart.legendEdge());
        assertTrue(chart.legendWasBrief());
        assertEquals(List.of("#1", "#2", "#3"), legendLabels(chart));
        assertEquals(3, drawn.legendEntities().size());
        drawn.assertLegendOutsideData();

        // drawn large again, the full names come back
        RenderedChart.draw(chart, 1200, 800);
        assertFalse(chart.legendWasBrief());
        assertEquals("#2 " + DESIGN, legendLabels(chart).get(1));
    }

    /** A conv design as the runs tab names it: one legend item about 520 px wide. */
    private static final String LONG_DESIGN = "1x28x28-c16-p2-c8-p2-c8-p2-[code]-c8-u2-c8-u2-c16-u2-1x28x28, Adam";

    /**
     * Above the plot JFreeChart wraps between items, never inside one: an item wider than the chart
     * would run past its edge, so such a legend takes its short names, or is left out. The chart is
     * tall, so a legend of any height would fit above: only the item's width can refuse it.
     */
    @Test
    void anItemWiderThanTheChartTakesTheShortNamesOrLeavesTheLegendOut() {
        FittedChart brief = chart(2, LONG_DESIGN, true);
        RenderedChart.draw(brief, 420, 900);
        assertTrue(brief.legendWasBrief(), "short names (\"#2\") rather than one running past the edge");
        assertEquals(RectangleEdge.TOP, brief.legendEdge());

        FittedChart none = chart(2, LONG_DESIGN, false);
        RenderedChart.draw(none, 420, 900);
        assertNull(none.legendEdge(), "no legend rather than a cut one");

        FittedChart wide = chart(2, LONG_DESIGN, true);
        RenderedChart.draw(wide, 1400, 900);
        assertFalse(wide.legendWasBrief(), "a chart wide enough keeps the full names");
        assertEquals(RectangleEdge.TOP, wide.legendEdge());
    }

    @Test
    void withoutShortNamesTheLegendThatDoesNotFitIsLeftOut() {
        FittedChart chart = chart(3, DESIGN, false);
        RenderedChart drawn = RenderedChart.draw(chart, 400, 300);
        assertNull(chart.legendEdge());
        assertFalse(chart.legendWasBrief());
        assertFalse(chart.getLegend().isVisible());
        assertEquals(0, drawn.legendEntities().size());
    }

    @Test
    void manyShortNamesThatWouldTakeTooManyRowsGoToTheRight() {
        FittedChart chart = chart(20, "", true);
        RenderedChart drawn = RenderedChart.draw(chart, 250, 600);
        assertEquals(RectangleEdge.RIGHT, chart.legendEdge());
        drawn.assertLegendOutsideData();
        for (ChartEntity e : drawn.legendEntities()) {
            assertTrue(e.getArea().getBounds2D().getMinX() >= drawn.dataArea().getMaxX(), "right of the plot");
        }
    }

    @Test
    void aChartTooSmallForAnyLegendHasNone() {
        FittedChart chart = chart(3, "", true);
        RenderedChart drawn = RenderedChart.draw(chart, 200, 150);
        assertNull(chart.legendEdge());
        assertFalse(chart.legendWasBrief(), "nothing was shown, short or not");
        assertEquals(0, drawn.legendEntities().size());
    }

    @Test
    void aNoteThatWouldCrowdThePlotIsLeftOutAndComesBackWhenThereIsRoom() {
        FittedChart chart = chart(2, "", true);
        TextTitle note = new TextTitle("Validation loss is measured on 10% of the training rows, held out before"
                + " training; the test split is never seen.");
        note.setFont(ChartStyle.LEGEND);
        note.setPosition(RectangleEdge.BOTTOM);
        chart.addSubtitle(note);
        RenderedChart.draw(chart, 1200, 800);
        assertTrue(note.isVisible(), "one line of 800 px");
        RenderedChart small = RenderedChart.draw(chart, 300, 220);
        assertFalse(note.isVisible(), "several lines of 220 px");
        Rectangle2D data = small.dataArea();
        assertTrue(data.getHeight() > 0.3 * 220, "the plot keeps its room: " + data);
        RenderedChart.draw(chart, 1200, 800);
        assertTrue(note.isVisible());
    }
}
