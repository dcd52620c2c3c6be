package workbench.io.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

/**
 * A legend item wider than the chart would run past its edge above the plot (JFreeChart's rows
 * wrap between items, never inside one): such a legend takes its short names, or is left out.
 */
class FittedChartLegendTest {
    /** A run's name as the runs tab writes it, about 520 px wide in the legend's font. */
    static final String LONG = "#2 1x28x28-c16-p2-c8-p2-c8-p2-[code]-c8-u2-c8-u2-c16-u2-1x28x28, Adam";

    private static FittedChart chart(BriefLegend names, String... keys) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (String key : keys) {
            XYSeries s = new XYSeries(key);
            s.add(1, 1);
            s.add(2, 0.5);
            data.addSeries(s);
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        if (names != null) {
            renderer.setLegendItemLabelGenerator(names);
        }
        FittedChart chart = new FittedChart(new FittedXYPlot(data, new NumberAxis("Epoch"), new NumberAxis("Loss"), renderer));
        if (names != null) {
            chart.setBriefLegend(names);
        }
        return chart;
    }

    private static void draw(FittedChart chart, int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        chart.draw(g2, new Rectangle2D.Double(0, 0, w, h));
        g2.dispose();
    }

    @Test
    void anItemWiderThanTheChartTakesTheShortNames() {
        FittedChart chart = chart(new BriefLegend(key -> key.split(" ", 2)[0]), "#1 30-16-[8]-16-30", LONG);
        draw(chart, 420, 900); // tall: a legend of any height fits above, so only its width can refuse it
        assertTrue(chart.legendWasBrief(), "short names (\"#2\") rather than one running past the edge");
        assertEquals(RectangleEdge.TOP, chart.legendEdge());
    }

    @Test
    void anItemWiderThanTheChartWithNoShortNamesLeavesTheLegendOut() {
        FittedChart chart = chart(null, LONG);
        draw(chart, 420, 900);
        assertNull(chart.legendEdge(), "no legend rather than a cut one");
    }

    @Test
    void aChartWideEnoughKeepsTheFullNamesAbove() {
        FittedChart chart = chart(new BriefLegend(key -> key.split(" ", 2)[0]), "#1 30-16-[8]-16-30", LONG);
        draw(chart, 1400, 900);
        assertFalse(chart.legendWasBrief());
        assertEquals(RectangleEdge.TOP, chart.legendEdge());
    }
}
