package workbench.io.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

/** Where marker labels go: whole, inside the plot, beside their line, off the data and off each other. */
class MarkerLabelPlacementTest {

    /** A straight line from (1, 1) to (30, 30) on axes 0 to 30: the top right corner is taken by data. */
    private static JFreeChart diagonal() {
        XYSeries s = new XYSeries("loss");
        for (int i = 1; i <= 30; i++) {
            s.add(i, i);
        }
        NumberAxis x = new NumberAxis("Epoch");
        NumberAxis y = new NumberAxis("Loss");
        x.setRange(0, 30);
        y.setRange(0, 30);
        FittedXYPlot plot = new FittedXYPlot(new XYSeriesCollection(s), x, y, new XYLineAndShapeRenderer(true, false));
        JFreeChart chart = new FittedChart(plot);
        ChartStyle.apply(chart);
        chart.removeLegend();
        return chart;
    }

    private static ValueMarker marker(double value, String label) {
        ValueMarker m = new ValueMarker(value);
        m.setLabel(label);
        m.setLabelFont(ChartStyle.MARKER_LABEL);
        return m;
    }

    private static double x(RenderedChart drawn, double epoch) {
        FittedXYPlot p = drawn.plot();
        return p.getDomainAxis().valueToJava2D(epoch, drawn.dataArea(), p.getDomainAxisEdge());
    }

    private static double y(RenderedChart drawn, double value) {
        FittedXYPlot p = drawn.plot();
        return p.getRangeAxis().valueToJava2D(value, drawn.dataArea(), p.getRangeAxisEdge());
    }

    private static int dataCovered(RenderedChart drawn, Rectangle2D box) {
        return DataFootprint.of(drawn.plot(), drawn.dataArea()).overlaps(box);
    }

    @Test
    void aClearMarkerIsLabelledAtTheTopRightOfItsLine() {
        JFreeChart chart = diagonal();
        chart.getXYPlot().addDomainMarker(marker(5, "early stop"));
        RenderedChart drawn = RenderedChart.draw(chart, 1200, 800);
        Rectangle2D box = drawn.assertMarkerLabelsInside().get("early stop");
        assertEquals(x(drawn, 5) + 6, box.getMinX(), 1e-9, "6 px right of the line");
        assertEquals(drawn.dataArea().getMinY() + 6, box.getMinY(), 1e-9, "6 px under the top");
    }

    @Test
    void aLabelWhoseFirstPlaceIsOnTheDataMovesOff() {
        JFreeChart chart = diagonal();
        chart.getXYPlot().addDomainMarker(marker(25, "beats PCA at epoch 25"));
        RenderedChart drawn = RenderedChart.draw(chart, 1200, 800);
        Rectangle2D box = drawn.assertMarkerLabelsInside().get("beats PCA at epoch 25");
        Rectangle2D topRight = new Rectangle2D.Double(x(drawn, 25) + 6, drawn.dataArea().getMinY() + 6,
                box.getWidth(), box.getHeight());
        assertTrue(dataCovered(drawn, topRight) > 0, "the test needs the first place on the line");
        assertEquals(0, dataCovered(drawn, box), "placed at " + box);
        assertTrue(box.getMaxX() <= x(drawn, 25), "left of its line");
    }

    @Test
    void neighbouringLabelsDoNotOverlap() {
        JFreeChart chart = diagonal();
        chart.getXYPlot().addDomainMarker(marker(3, "beats PCA at epoch 3"));
        chart.getXYPlot().addDomainMarker(marker(4, "best validation loss"));
        RenderedChart drawn = RenderedChart.draw(chart, 1200, 800);
        Map<String, Rectangle2D> boxes = drawn.assertMarkerLabelsInside();
        Rectangle2D first = boxes.get("beats PCA at epoch 3");
        Rectangle2D second = boxes.get("best validation loss");
        assertFalse(first.intersects(second), first + " and " + second);
    }

    @Test
    void aLevelLabelSitsAboveTheRightEndOfItsLine() {
        JFreeChart chart = diagonal();
        chart.getXYPlot().addRangeMarker(marker(5, "PCA baseline"));
        RenderedChart drawn = RenderedChart.draw(chart, 1200, 800);
        Rectangle2D box = drawn.assertMarkerLabelsInside().get("PCA baseline");
        assertEquals(drawn.dataArea().getMaxX() - 6, box.getMaxX(), 1e-9, "6 px from the right edge");
        assertEquals(y(drawn, 5) - 3, box.getMaxY(), 1e-9, "3 px above the line");
    }

    @Test
    void aLevelLabelOnTheDataTriesBelowItsLineThenFurtherLeft() {
        JFreeChart chart = diagonal();
        chart.getXYPlot().addRangeMarker(marker(28, "target loss"));
        RenderedChart drawn = RenderedChart.draw(chart, 1200, 800);
        Rectangle2D box = drawn.assertMarkerLabelsInside().get("target loss");
        assertEquals(0, dataCovered(drawn, box), "placed at " + box);
        assertFalse(box.getMinY() < y(drawn, 28) && y(drawn, 28) < box.getMaxY(), "beside its line, not on it");
    }

    /** The band of the next test, 2 to 10 around a line at 6, drawn in {@code paint}, with the line labelled. */
    private static RenderedChart bandAroundALevelLine(Paint paint) {
        XYSeries band = new XYSeries("per batch", false, true);
        for (int i = 0; i <= 300; i++) {
            band.add(i / 10.0, i % 2 == 0 ? 2 : 10);
        }
        NumberAxis x = new NumberAxis("Epoch");
        NumberAxis y = new NumberAxis("Loss");
        x.setRange(0, 30);
        y.setRange(0, 30);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, paint);
        FittedXYPlot plot = new FittedXYPlot(new XYSeriesCollection(band), x, y, renderer);
        JFreeChart chart = new FittedChart(plot);
        ChartStyle.apply(chart);
        chart.removeLegend();
        plot.addRangeMarker(marker(6, "PCA (8): 0.5074"));
        return RenderedChart.draw(chart, 600, 300);
    }

    /**
     * A loss that runs along its PCA line the whole way, its per-batch values from 2 to 10 around the
     * line at 6, on axes to 30: every place beside the line is on the data, and the plot above is clear.
     */
    @Test
    void aLevelLabelWhoseLineRunsThroughABandOfDataGoesToTheNearestClearPlace() {
        RenderedChart drawn = bandAroundALevelLine(Color.BLUE);
        Rectangle2D box = drawn.assertMarkerLabelsInside().get("PCA (8): 0.5074");
        Rectangle2D aboveTheLine = new Rectangle2D.Double(box.getX(), y(drawn, 6) - 3 - box.getHeight(),
                box.getWidth(), box.getHeight());
        assertTrue(dataCovered(drawn, aboveTheLine) > 0, "the test needs the places beside the line on the data");
        assertEquals(0, dataCovered(drawn, box), "placed at " + box + " in " + drawn.dataArea());
        assertTrue(box.getMaxY() <= y(drawn, 10), "above the band, the nearest clear place: " + box);
    }

    /** The same band drawn faint, as the raw per-batch losses behind a smoothed curve: the label stays by its line. */
    @Test
    void aLevelLabelMayCoverFaintValuesBesideItsLineRatherThanLeaveIt() {
        RenderedChart drawn = bandAroundALevelLine(new Color(0, 0, 255, 64));
        Rectangle2D box = drawn.assertMarkerLabelsInside().get("PCA (8): 0.5074");
        assertEquals(drawn.dataArea().getMaxX() - 6, box.getMaxX(), 1e-9, "at the right end");
        assertEquals(y(drawn, 6) - 3, box.getMaxY(), 1e-9, "3 px above the line, its first place");
    }

    @Test
    void aLongLabelOnANarrowPlotIsDrawnSmallerAndStaysWhole() {
        JFreeChart chart = diagonal();
        String text = "validation loss stops improving here, after the learning rate was halved";
        chart.getXYPlot().addDomainMarker(marker(10, text));
        RenderedChart drawn = RenderedChart.draw(chart, 600, 500);
        Rectangle2D box = drawn.assertMarkerLabelsInside().get(text);
        assertTrue(box.getWidth() <= drawn.dataArea().getWidth(), box + " in " + drawn.dataArea());
    }

    @Test
    void aMarkerRemovedBeforeTheNextDrawingLeavesNoLabel() {
        JFreeChart chart = diagonal();
        chart.getXYPlot().addDomainMarker(marker(5, "early stop"));
        RenderedChart.draw(chart, 1200, 800);
        chart.getXYPlot().clearDomainMarkers();
        assertEquals(Map.of(), RenderedChart.draw(chart, 1200, 800).assertMarkerLabelsInside());
    }

    @Test
    void markersOutsideTheRangeOrWithoutTextGetNoLabel() {
        JFreeChart chart = diagonal();
        chart.getXYPlot().addDomainMarker(marker(500, "far away"));
        chart.getXYPlot().addDomainMarker(new ValueMarker(7));
        RenderedChart drawn = RenderedChart.draw(chart, 1200, 800);
        assertEquals(Map.of(), drawn.assertMarkerLabelsInside());
    }
}
