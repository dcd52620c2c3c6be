package workbench.io.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.CategoryTableXYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

/**
 * What a marker label must keep off, in pixels. Axes from 0 to 10 on a 100 x 100 area, y upwards:
 * value v is pixel 10 v across and 100 - 10 v down.
 */
class DataFootprintTest {
    private static final Rectangle2D AREA = new Rectangle2D.Double(0, 0, 100, 100);

    private static XYPlot plot(org.jfree.data.xy.XYDataset data, org.jfree.chart.renderer.xy.XYItemRenderer r) {
        NumberAxis x = new NumberAxis();
        NumberAxis y = new NumberAxis();
        x.setRange(0, 10);
        y.setRange(0, 10);
        return new XYPlot(data, x, y, r);
    }

    /** A box around pixel (px, py), 2 px a side. */
    private static Rectangle2D at(double px, double py) {
        return new Rectangle2D.Double(px - 1, py - 1, 2, 2);
    }

    @Test
    void linesAreTheirSegmentsAndAGapBreaksThem() {
        XYSeries s = new XYSeries("s", false, true);
        s.add(1, 1);
        s.add(3, 3);
        s.add(5, Double.NaN);
        s.add(7, 7);
        s.add(9, 9);
        DataFootprint f = DataFootprint.of(plot(new XYSeriesCollection(s), new XYLineAndShapeRenderer(true, false)), AREA);
        assertEquals(1, f.overlaps(at(20, 80)), "on the segment (1,1)-(3,3)");
        assertEquals(0, f.overlaps(at(50, 50)), "no line across the gap from 3 to 7");
        assertEquals(1, f.overlaps(at(80, 20)), "on (7,7)-(9,9)");
        assertEquals(0, f.overlaps(at(80, 80)), "away from the data");
    }

    @Test
    void aSeriesDrawnFaintIsCountedApart() {
        XYSeries raw = new XYSeries("raw", false, true);
        raw.add(1, 1);
        raw.add(3, 3);
        XYSeries smoothed = new XYSeries("smoothed", false, true);
        smoothed.add(7, 7);
        smoothed.add(9, 9);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setSeriesPaint(0, new Color(0, 0, 255, 64));
        r.setSeriesPaint(1, Color.BLUE);
        XYSeriesCollection data = new XYSeriesCollection(raw);
        data.addSeries(smoothed);
        DataFootprint f = DataFootprint.of(plot(data, r), AREA);
        assertEquals(0, f.overlaps(at(20, 80)), "the faint segment is no curve");
        assertEquals(1, f.faintOverlaps(at(20, 80)), "but it is counted as faint");
        assertEquals(1, f.overlaps(at(80, 20)), "the opaque one is a curve");
        assertEquals(0, f.faintOverlaps(at(80, 20)));
    }

    @Test
    void pointMarksAreSmallSquaresAndHiddenSeriesDoNotCount() {
        XYSeries a = new XYSeries("a");
        a.add(2, 8);
        XYSeries b = new XYSeries("b");
        b.add(8, 2);
        XYSeriesCollection data = new XYSeriesCollection(a);
        data.addSeries(b);
        XYLineAndShapeRenderer marks = new XYLineAndShapeRenderer(false, true);
        marks.setSeriesVisible(1, false);
        DataFootprint f = DataFootprint.of(plot(data, marks), AREA);
        // the mark of (2, 8) is the square 16..24 x 16..24
        assertEquals(1, f.overlaps(at(23, 23)));
        assertEquals(0, f.overlaps(at(26, 20)));
        assertEquals(0, f.overlaps(at(80, 80)), "the hidden series' point");
    }

    @Test
    void barsAreRectanglesDownToZeroAndEmptyBinsNothing() {
        CategoryTableXYDataset bins = new CategoryTableXYDataset();
        bins.setIntervalWidth(2);
        bins.add(2, 6, "normal");
        bins.add(6, 0, "normal");
        bins.add(2, 3, "anomaly");
        bins.add(6, 4, "anomaly");
        DataFootprint side = DataFootprint.of(plot(bins, new XYBarRenderer()), AREA);
        // bin 1..3: normal up to 6, anomaly up to 3, both drawn; bin 5..7: anomaly up to 4 only
        assertEquals(2, side.overlaps(at(20, 90)), "both bars of the first bin at height 1");
        assertEquals(1, side.overlaps(at(20, 50)), "only the normal bar reaches 5");
        assertEquals(1, side.overlaps(at(60, 70)));
        assertEquals(0, side.overlaps(at(60, 50)), "the second bin is 4 high");
        DataFootprint stacked = DataFootprint.of(plot(bins, new StackedXYBarRenderer()), AREA);
        // stacked: one rectangle per bin, 9 and 4 high
        assertEquals(1, stacked.overlaps(at(20, 90)));
        assertEquals(1, stacked.overlaps(at(20, 15)), "the stack reaches 9");
        assertEquals(0, stacked.overlaps(at(60, 50)));
    }
}
