package workbench.io.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The look shared by every chart, exported or live in the window: sized to stay readable when a
 * 1200 x 800 image is shrunk onto a slide (JFreeChart's defaults, 12-point text, become illegible
 * there), white background, light grid, anti-aliased.
 */
public final class ChartStyle {

    public static final String FAMILY = Font.SANS_SERIF;
    public static final Font TITLE = new Font(FAMILY, Font.BOLD, 26);
    public static final Font AXIS_LABEL = new Font(FAMILY, Font.PLAIN, 20);
    public static final Font TICK_LABEL = new Font(FAMILY, Font.PLAIN, 16);
    public static final Font LEGEND = new Font(FAMILY, Font.PLAIN, 18);
    public static final Font MARKER_LABEL = new Font(FAMILY, Font.PLAIN, 16);
    public static final Color GRID = new Color(0xDDDDDD);
    public static final Color MINOR_GRID = new Color(0xEEEEEE);
    public static final Color TEXT = new Color(0x222222);
    public static final Color FRAME = new Color(0x888888);

    private ChartStyle() {
    }

    public static void apply(JFreeChart chart) {
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(12, 12, 12, 20));
        styleTitle(chart);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(LEGEND);
            legend.setItemPaint(TEXT);
            legend.setBackgroundPaint(Color.WHITE);
            legend.setFrame(BlockBorder.NONE);
            legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 12));
        }
        if (chart.getPlot() instanceof XYPlot plot) {
            plot.setBackgroundPaint(Color.WHITE);
            plot.setOutlinePaint(FRAME);
            plot.setDomainGridlinePaint(GRID);
            plot.setRangeGridlinePaint(GRID);
            plot.setDomainGridlineStroke(new BasicStroke(1f));
            plot.setRangeGridlineStroke(new BasicStroke(1f));
            plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
            styleAxis(plot.getDomainAxis());
            styleAxis(plot.getRangeAxis());
        }
    }

    public static void styleTitle(JFreeChart chart) {
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(TITLE);
            chart.getTitle().setPaint(TEXT);
            chart.getTitle().setMargin(4, 0, 12, 0);
        }
    }

    public static void styleAxis(ValueAxis axis) {
        axis.setLabelFont(AXIS_LABEL);
        axis.setLabelPaint(TEXT);
        axis.setTickLabelFont(TICK_LABEL);
        axis.setTickLabelPaint(TEXT);
        axis.setAxisLinePaint(FRAME);
        axis.setTickMarkPaint(FRAME);
        axis.setLabelInsets(new RectangleInsets(8, 8, 8, 8));
    }
}
