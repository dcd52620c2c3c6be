package workbench.io.plot;

import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.Layer;

/**
 * Every font, stroke and point shape a chart draws with, as a list that compares equal when two
 * looks are the same: presenter mode on and off again must give back the list from before.
 */
public final class ChartLook {
    private ChartLook() {
    }

    public static List<Object> of(JFreeChart chart) {
        List<Object> look = new ArrayList<>();
        if (chart.getTitle() != null) {
            look.add(chart.getTitle().getFont());
        }
        for (Title t : chart.getSubtitles()) {
            look.add(t instanceof LegendTitle l ? l.getItemFont() : t instanceof TextTitle x ? x.getFont() : t);
        }
        XYPlot plot = chart.getXYPlot();
        for (int i = 0; i < plot.getDomainAxisCount(); i++) {
            add(look, plot.getDomainAxis(i));
        }
        for (int i = 0; i < plot.getRangeAxisCount(); i++) {
            add(look, plot.getRangeAxis(i));
        }
        for (int i = 0; i < Math.max(1, plot.getDatasetCount()); i++) {
            for (Layer layer : new Layer[] {Layer.FOREGROUND, Layer.BACKGROUND}) {
                add(look, plot.getDomainMarkers(i, layer));
                add(look, plot.getRangeMarkers(i, layer));
            }
        }
        for (int r = 0; r < plot.getRendererCount(); r++) {
            XYItemRenderer renderer = plot.getRenderer(r);
            for (int s = 0; renderer != null && s < 16; s++) {
                look.add(renderer.getSeriesStroke(s));
                Shape shape = renderer.getSeriesShape(s);
                look.add(shape == null ? null : rounded(shape.getBounds2D()));
            }
        }
        return look;
    }

    public static float axisLabelSize(JFreeChart chart) {
        return chart.getXYPlot().getRangeAxis().getLabelFont().getSize2D();
    }

    private static void add(List<Object> look, Axis axis) {
        if (axis != null) {
            look.add(axis.getLabelFont());
            look.add(axis.getTickLabelFont());
        }
    }

    private static void add(List<Object> look, Collection<Marker> markers) {
        if (markers != null) {
            for (Marker m : markers) {
                look.add(m.getLabelFont());
                look.add(m.getStroke());
            }
        }
    }

    /** Bounds to a millionth of a pixel: scaling up and down again may differ in the last bits. */
    private static String rounded(Rectangle2D b) {
        return String.format(Locale.ROOT, "%.6f %.6f %.6f %.6f", b.getX(), b.getY(), b.getWidth(), b.getHeight());
    }
}
