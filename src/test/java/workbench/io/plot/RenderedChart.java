package workbench.io.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.Tick;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.LegendItemEntity;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A chart drawn into an image at a given size, and the checks that its text is whole: what the
 * window's viewer does on screen, with AWT's font metrics instead of JavaFX's.
 */
public final class RenderedChart {
    private final JFreeChart chart;
    private final FittedXYPlot plot;
    private final ChartRenderingInfo info = new ChartRenderingInfo();
    private final Graphics2D g2;
    private final int width;
    private final int height;

    private RenderedChart(JFreeChart chart, int width, int height) {
        this.chart = chart;
        this.plot = (FittedXYPlot) chart.getXYPlot();
        this.width = width;
        this.height = height;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        g2 = image.createGraphics();
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height), info);
    }

    public static RenderedChart draw(JFreeChart chart, int width, int height) {
        return new RenderedChart(chart, width, height);
    }

    public Rectangle2D dataArea() {
        return info.getPlotInfo().getDataArea();
    }

    public FittedXYPlot plot() {
        return plot;
    }

    /** The label {@code axis} showed, measured against the data area's side it runs along. */
    public String assertAxisLabelFits(ValueAxis axis) {
        String drawn = plot.drawnLabel(axis);
        assertNotNull(drawn, "the axis was drawn");
        boolean vertical = axis == plot.getRangeAxis();
        double room = vertical ? dataArea().getHeight() : dataArea().getWidth();
        double textWidth = g2.getFontMetrics(plot.drawnLabelFont(axis)).stringWidth(drawn);
        assertTrue(textWidth <= room, "\"" + drawn + "\" is " + textWidth + " px long, the " + (vertical ? "height" : "width")
                + " of the plot " + room + " px, at " + width + " x " + height);
        return drawn;
    }

    /** No legend entry overlaps the data area, and the legend, when shown, lies inside the chart. */
    public void assertLegendOutsideData() {
        for (ChartEntity e : legendEntities()) {
            Rectangle2D box = e.getArea().getBounds2D();
            assertFalse(box.intersects(dataArea()), "legend entry " + box + " covers the data area " + dataArea());
            assertTrue(new Rectangle2D.Double(0, 0, width, height).contains(box), "legend entry " + box + " outside the chart");
        }
    }

    public List<ChartEntity> legendEntities() {
        List<ChartEntity> out = new ArrayList<>();
        for (Object o : info.getEntityCollection().getEntities()) {
            if (o instanceof LegendItemEntity e) {
                out.add(e);
            }
        }
        return out;
    }

    /** Every marker label lies whole inside the data area; returns them by text. */
    public Map<String, Rectangle2D> assertMarkerLabelsInside() {
        Map<String, Rectangle2D> placed = plot.placedLabels();
        for (Map.Entry<String, Rectangle2D> e : placed.entrySet()) {
            assertTrue(dataArea().contains(e.getValue()), "\"" + e.getKey() + "\" at " + e.getValue()
                    + " is not inside the data area " + dataArea() + " at " + width + " x " + height);
        }
        return placed;
    }

    /** The major tick labels of {@code axis} at this size; asserts that no two read the same. */
    public List<String> assertTickLabelsDistinct(ValueAxis axis) {
        boolean vertical = axis == plot.getRangeAxis();
        RectangleEdge edge = vertical ? plot.getRangeAxisEdge() : plot.getDomainAxisEdge();
        List<String> labels = new ArrayList<>();
        for (Object o : axis.refreshTicks(g2, new AxisState(), dataArea(), edge)) {
            String text = ((Tick) o).getText();
            if (text != null && !text.isEmpty()) {
                labels.add(text);
            }
        }
        assertTrue(labels.size() >= 2, "at least two labelled ticks: " + labels);
        assertEquals(labels.size(), new HashSet<>(labels).size(), "tick labels repeat: " + labels);
        return labels;
    }
}
