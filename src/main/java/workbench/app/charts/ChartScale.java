package workbench.app.charts;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;

/**
 * Grows or shrinks a chart's text, lines and point shapes by a ratio, for a projector. Works on
 * whatever the chart holds now, so the styling stays where it was written.
 */
final class ChartScale {
    /** Series a renderer may have styled; the live loss chart uses at most two per renderer. */
    private static final int MAX_SERIES = 8;

    private ChartScale() {
    }

    static void rescale(JFreeChart chart, double ratio) {
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(scale(chart.getTitle().getFont(), ratio));
        }
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(scale(chart.getLegend().getItemFont(), ratio));
        }
        if (chart.getPlot() instanceof XYPlot plot) {
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
                        renderer.setSeriesShape(s, AffineTransform.getScaleInstance(ratio, ratio)
                                .createTransformedShape(shape), false);
                    }
                }
            }
        }
        chart.fireChartChanged();
    }

    static void rescale(Axis axis, double ratio) {
        if (axis != null) {
            axis.setLabelFont(scale(axis.getLabelFont(), ratio));
            axis.setTickLabelFont(scale(axis.getTickLabelFont(), ratio));
        }
    }

    private static Font scale(Font font, double ratio) {
        return font.deriveFont((float) (font.getSize2D() * ratio));
    }

    private static BasicStroke scale(BasicStroke s, double ratio) {
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
