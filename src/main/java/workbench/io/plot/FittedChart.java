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
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.Size2D;
import org.jfree.data.Range;

/**
 * A chart whose legend and notes never take the plot's room: a note (subtitle) is left out when
 * it needs more than {@value #MAX_NOTE_SHARE} of the height; the legend goes above the plot while
 * it needs at most {@value #MAX_TOP_SHARE} of the height, else to the right while it needs at
 * most {@value #MAX_RIGHT_SHARE} of the width, else the same with short names (see
 * {@link BriefLegend}) when the chart has them, else it is left out (three runs with long names on a small
 * chart would otherwise leave the curves no room at all). Decided at every drawing, for the size
 * drawn, so the window and an export each get what suits them.
 */
public class FittedChart extends JFreeChart {
    static final double MAX_TOP_SHARE = 0.25;
    static final double MAX_RIGHT_SHARE = 0.35;
    /** A note under the chart (a subtitle) that needs more of the height than this is left out. */
    static final double MAX_NOTE_SHARE = 0.15;

    /** Where the legend went at the last drawing: TOP, RIGHT, or null when it was left out. */
    private transient RectangleEdge legendEdge;
    private BriefLegend briefLegend;

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
        if (content.getWidth() <= 0 || content.getHeight() <= 0) {
            legendEdge = null; // a chart not yet laid out (or smaller than its padding) has no room for one
            setQuietly(legend, RectangleEdge.TOP, false);
            return;
        }
        // the constraints JFreeChart itself arranges titles with on these edges
        RectangleConstraint across = new RectangleConstraint(content.getWidth(), new Range(0, content.getWidth()),
                LengthConstraintType.FIXED, 0, null, LengthConstraintType.NONE);
        double height = content.getHeight() - (getTitle() == null ? 0 : getTitle().arrange(g2, across).getHeight());
        double notes = 0;
        for (Title t : getSubtitles()) {
            if (t instanceof TextTitle note) {
                double h = note.arrange(g2, across).getHeight();
                boolean fits = h <= MAX_NOTE_SHARE * height;
                setQuietly(note, note.getPosition(), fits);
                notes += fits ? h : 0;
            }
        }
        height -= notes;
        legendEdge = null;
        for (boolean brief : briefLegend == null ? new boolean[] {false} : new boolean[] {false, true}) {
            if (briefLegend != null) {
                briefLegend.setBrief(brief);
            }
            // above the plot the items flow into rows, and an item wider than a row runs past the chart's edge
            setQuietly(legend, RectangleEdge.RIGHT, true);
            double widestItem = legend.arrange(g2, RectangleConstraint.NONE).getWidth();
            setQuietly(legend, RectangleEdge.TOP, true);
            if (widestItem <= content.getWidth() && legend.arrange(g2, across).getHeight() <= MAX_TOP_SHARE * height) {
                legendEdge = RectangleEdge.TOP;
                return;
            }
            setQuietly(legend, RectangleEdge.RIGHT, true);
            Size2D right = legend.arrange(g2, new RectangleConstraint(content.getWidth(),
                    new Range(0, content.getWidth()), LengthConstraintType.RANGE, height, null, LengthConstraintType.FIXED));
            if (right.getWidth() <= MAX_RIGHT_SHARE * content.getWidth()) {
                legendEdge = RectangleEdge.RIGHT;
                return;
            }
        }
        setQuietly(legend, RectangleEdge.TOP, false);
    }

    /** Short legend names to try, when the full ones do not fit, before leaving the legend out. */
    public void setBriefLegend(BriefLegend names) {
        briefLegend = names;
    }

    /** Whether the last drawing used the short names. */
    public boolean legendWasBrief() {
        return briefLegend != null && briefLegend.isBrief() && legendEdge != null;
    }

    /** Moves or hides a title for this drawing without a change event, which would ask for a redraw. */
    private void setQuietly(Title title, RectangleEdge edge, boolean visible) {
        title.removeChangeListener(this);
        title.setPosition(edge);
        title.setVisible(visible);
        title.addChangeListener(this);
    }
}
