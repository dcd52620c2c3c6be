package workbench.io.plot;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.block.LengthConstraintType;
import org.jfree.chart.block.RectangleConstraint;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.Size2D;
import org.jfree.data.Range;

/**
 * A chart whose legend never takes the plot's room: above the plot while it needs at most
 * {@value #MAX_TOP_SHARE} of the height, else to the right while it needs at most
 * {@value #MAX_RIGHT_SHARE} of the width, else left out (three runs with long names on a small
 * chart would otherwise leave the curves no room at all). Decided at every drawing, for the size
 * drawn, so the window and an export each get what suits them.
 */
public class FittedChart extends JFreeChart {
    static final double MAX_TOP_SHARE = 0.25;
    static final double MAX_RIGHT_SHARE = 0.35;

    /** Where the legend went at the last drawing: TOP, RIGHT, or null when it was left out. */
    private transient RectangleEdge legendEdge;

    /** A chart with a legend and no title. */
    public FittedChart(Plot plot) {
        super(plot);
    }

    public FittedChart(String title, Font titleFont, Plot plot) {
        super(title, titleFont, plot, true);
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, ChartRenderingInfo info) {
        LegendTitle legend = getLegend();
        if (legend != null) {
            placeLegend(g2, legend, getPadding().createInsetRectangle(area));
        }
        super.draw(g2, area, anchor, info);
    }

    /** The legend's edge at the last drawing, or null when there was no room for it. */
    public RectangleEdge legendEdge() {
        return legendEdge;
    }

    private void placeLegend(Graphics2D g2, LegendTitle legend, Rectangle2D content) {
        // the constraints JFreeChart itself arranges titles with on these edges
        RectangleConstraint across = new RectangleConstraint(content.getWidth(), new Range(0, content.getWidth()),
                LengthConstraintType.FIXED, 0, null, LengthConstraintType.NONE);
        double height = content.getHeight() - (getTitle() == null ? 0 : getTitle().arrange(g2, across).getHeight());
        legendEdge = null;
        setQuietly(legend, RectangleEdge.TOP, true);
        if (legend.arrange(g2, across).getHeight() <= MAX_TOP_SHARE * height) {
            legendEdge = RectangleEdge.TOP;
            return;
        }
        setQuietly(legend, RectangleEdge.RIGHT, true);
        Size2D right = legend.arrange(g2, new RectangleConstraint(content.getWidth(), new Range(0, content.getWidth()),
                LengthConstraintType.RANGE, height, null, LengthConstraintType.FIXED));
        if (right.getWidth() <= MAX_RIGHT_SHARE * content.getWidth()) {
            legendEdge = RectangleEdge.RIGHT;
            return;
        }
        setQuietly(legend, RectangleEdge.TOP, false);
    }

    /** Moves the legend for this drawing without a change event, which would ask for a redraw. */
    private void setQuietly(LegendTitle legend, RectangleEdge edge, boolean visible) {
        legend.removeChangeListener(this);
        legend.setPosition(edge);
        legend.setVisible(visible);
        legend.addChangeListener(this);
    }
}
