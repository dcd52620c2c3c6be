package workbench.app.charts;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.util.Collection;
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
 * Grows or shrinks a chart's text, lines and point shapes by a ratio, for a projector. Works on
 * whatever the chart holds now, so the styling stays where it was written.
 */
public final class ChartScale {
    /** Series a renderer may have styled: a run overlay of five runs has ten. */
    private static final int MAX_SERIES = 16;

    private ChartScale() {
    }

    /** Every text, line, point and marker of {@code chart}, {@code ratio} times as large. */
    public static void rescale(JFreeChart chart, double ratio) {
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(scale(chart.getTitle().getFont(), ratio));
        }
        for (Title t : chart.getSubtitles()) {
            if (t instanceof LegendTitle legend) {
                legend.setItemFont(scale(legend.getItemFont(), ratio));
            } else if (t instanceof TextTitle text) {
                text.setFont(scale(text.getFont(), ratio));
            }
        }
        if (chart.getPlot() instanceof XYPlot plot) {
            for (int i = 0; i < Math.max(1, plot.getDatasetCount()); i++) {
                for (Layer layer : new Layer[] {Layer.FOREGROUND, Layer.BACKGROUND}) {
                    rescale(plot.getDomainMarkers(i, layer), ratio);
                    rescale(plot.getRangeMarkers(i, layer), ratio);
                }
            }
            for (int i = 0; i < plot.getDomainAxisCount(); i++) {
                rescale(plot.getDomainAxis(i), ratio);
            }
            for (int i = 0; i < plot.getRangeAxisCount(); i++) {
                rescale(plot.getRangeAxis(i), ratio);
            }
            for (int r = 0; r < plot.getRendererCount(); r++) {
                XYItemRenderer renderer = plot.getRenderer(r);
                for (int s = 0; renderer != null && s < MAX_SERIES; s++) {
                    Stroke stroke = renderer.getSeriesStroke(s);
                    if (stroke instanceof BasicStroke basic) {
                        renderer.setSeriesStroke(s, scale(basic, ratio), false);
                    }
                    Shape shape = renderer.getSeriesShape(s);
                    if (shape != null) {
                        renderer.setSeriesShape(s, scale(shape, ratio), false);
                    }
                }
            }
        }
        chart.fireChartChanged();
    }

    private static void rescale(Collection<Marker> markers, double ratio) {
        if (markers == null) {
            return;
        }
        for (Marker m : markers) {
            m.setLabelFont(scale(m.getLabelFont(), ratio));
            if (m.getStroke() instanceof BasicStroke basic) {
                m.setStroke(scale(basic, ratio));
            }
        }
    }

    public static void rescale(Axis axis, double ratio) {
        if (axis != null) {
            axis.setLabelFont(scale(axis.getLabelFont(), ratio));
            axis.setTickLabelFont(scale(axis.getTickLabelFont(), ratio));
        }
    }

    public static Shape scale(Shape shape, double ratio) {
        return AffineTransform.getScaleInstance(ratio, ratio).createTransformedShape(shape);
    }

    public static Font scale(Font font, double ratio) {
        return font.deriveFont((float) (font.getSize2D() * ratio));
    }

    public static BasicStroke scale(BasicStroke s, double ratio) {
        float[] dash = s.getDashArray();
        if (dash != null) {
            dash = dash.clone();
            for (int i = 0; i < dash.length; i++) {
                dash[i] *= (float) ratio;
            }
        }
        return new BasicStroke((float) (s.getLineWidth() * ratio), s.getEndCap(), s.getLineJoin(), s.getMiterLimit(),
                dash, (float) (s.getDashPhase() * ratio));
    }
}
