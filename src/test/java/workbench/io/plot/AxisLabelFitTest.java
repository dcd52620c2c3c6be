package workbench.io.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.entity.AxisEntity;
import org.junit.jupiter.api.Test;

/**
 * Axis labels of a {@link FittedXYPlot}: the longest form that fits along the plot is drawn, the
 * axis keeps its full label, and the full label is the tooltip where a shorter one shows.
 */
class AxisLabelFitTest {
    private static final String UNIT = "BCE summed per sample + beta x KL (nats)";
    private static final String FULL = "Loss: " + UNIT;

    private static JFreeChart lossChart() {
        return LossChart.create("Loss", LossHistories.falling(30, false), UNIT, false, null, false);
    }

    /** Draws with entities and returns the tooltip over {@code axis}, or null when it has none. */
    private static AxisEntity toolTip(JFreeChart chart, ValueAxis axis, int width, int height, Rectangle2D[] data) {
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB).createGraphics(),
                new Rectangle2D.Double(0, 0, width, height), info);
        data[0] = info.getPlotInfo().getDataArea();
        for (Object o : info.getEntityCollection().getEntities()) {
            if (o instanceof AxisEntity e && e.getAxis() == axis && e.getToolTipText() != null) {
                return e;
            }
        }
        return null;
    }

    @Test
    void aLargeChartShowsTheFullUnitAndASmallerOneAShortForm() {
        JFreeChart chart = lossChart();
        FittedXYPlot plot = (FittedXYPlot) chart.getXYPlot();
        assertNull(plot.lastDataArea(), "not drawn yet");
        assertEquals(FULL, RenderedChart.draw(chart, 1600, 1000).assertAxisLabelFits(plot.getRangeAxis()));
        RenderedChart medium = RenderedChart.draw(chart, 800, 500);
        assertEquals("Loss (nats/sample)", medium.assertAxisLabelFits(plot.getRangeAxis()));
        assertEquals(medium.dataArea(), plot.lastDataArea());
        assertEquals("Loss", RenderedChart.draw(chart, 500, 300).assertAxisLabelFits(plot.getRangeAxis()));
        assertEquals(FULL, plot.getRangeAxis().getLabel(), "the axis keeps its full label");
        assertEquals("Epoch", plot.drawnLabel(plot.getDomainAxis()), "an axis with one form shows it");
    }

    @Test
    void theFullLabelIsTheTooltipBesideTheDataOnlyWhenAShorterOneIsDrawn() {
        JFreeChart chart = lossChart();
        ValueAxis axis = chart.getXYPlot().getRangeAxis();
        Rectangle2D[] data = new Rectangle2D[1];
        assertNull(toolTip(chart, axis, 1600, 1000, data));
        AxisEntity tip = toolTip(chart, axis, 800, 500, data);
        assertNotNull(tip);
        assertEquals(FULL, tip.getToolTipText());
        Rectangle2D band = tip.getArea().getBounds2D();
        // the band left of the data, as tall as it
        assertEquals(data[0].getMinX(), band.getMaxX(), 1);
        assertEquals(data[0].getMinY(), band.getMinY(), 1);
        assertEquals(data[0].getHeight(), band.getHeight(), 1);
        assertTrue(band.getWidth() > 20, "the tick labels and the axis label are in it: " + band);

        chart.getXYPlot().setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        Rectangle2D right = toolTip(chart, axis, 800, 500, data).getArea().getBounds2D();
        assertEquals(data[0].getMaxX(), right.getMinX(), 1, "on the right, the band right of the data");
        assertTrue(right.getWidth() > 20);
    }

    @Test
    void aLongDomainLabelIsShortenedAndItsTooltipLiesUnderTheData() {
        JFreeChart chart = lossChart();
        FittedXYPlot plot = (FittedXYPlot) chart.getXYPlot();
        ValueAxis x = plot.getDomainAxis();
        plot.setAxisLabel(x, List.of("Epoch (one pass over the 60,000 training images of MNIST)", "Epoch"));
        Rectangle2D[] data = new Rectangle2D[1];
        AxisEntity tip = toolTip(chart, x, 500, 400, data);
        assertEquals("Epoch", plot.drawnLabel(x));
        Rectangle2D band = tip.getArea().getBounds2D();
        assertEquals(data[0].getMaxY(), band.getMinY(), 1);
        assertEquals(data[0].getWidth(), band.getWidth(), 1);
    }

    @Test
    void aLabelTooLongInEveryFormIsDrawnSmallerButNotBelowTenPoints() {
        JFreeChart chart = lossChart();
        FittedXYPlot plot = (FittedXYPlot) chart.getXYPlot();
        ValueAxis y = plot.getRangeAxis();
        float size = y.getLabelFont().getSize2D();
        RenderedChart.draw(chart, 500, 300);
        assertEquals(size, plot.drawnLabelFont(y).getSize2D(), "\"Loss\" fits at full size");
        RenderedChart.draw(chart, 300, 200);
        assertEquals(10f, plot.drawnLabelFont(y).getSize2D(), "too short a plot for \"Loss\" at 20 points");
        assertEquals(size, y.getLabelFont().getSize2D(), "the axis keeps its own font");
    }

    @Test
    void settingTheLabelDirectlyDropsTheShorterForms() {
        JFreeChart chart = lossChart();
        FittedXYPlot plot = (FittedXYPlot) chart.getXYPlot();
        plot.getRangeAxis().setLabel("Reconstruction error of every sample in the test split");
        RenderedChart.draw(chart, 500, 300);
        assertEquals("Reconstruction error of every sample in the test split", plot.drawnLabel(plot.getRangeAxis()));
        assertThrows(IllegalArgumentException.class, () -> plot.setAxisLabel(plot.getRangeAxis(), List.of()));
    }
}
