package workbench.io.plot;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;

/**
 * Where a plot's data is drawn, in pixels: the segments of every visible line, a small square per
 * visible point mark, a rectangle per bar (stacked bars as one rectangle per bin). Labels placed
 * inside the plot use it to keep off the curves and bars. A series drawn faint (a paint at most half
 * opaque, as the loss chart's raw per-batch values behind their smoothed line) is counted apart: it
 * is background, which a label had better leave alone too, but may cover where nothing else is clear.
 */
final class DataFootprint {
    /** Half the side of the square standing for a point mark. */
    private static final double MARK = 4;
    /** Alpha at or under which a series' paint is faint. */
    private static final int FAINT_ALPHA = 128;

    private final List<Shape> shapes = new ArrayList<>();
    private final List<Shape> faint = new ArrayList<>();

    private DataFootprint() {
    }

    static DataFootprint of(XYPlot plot, Rectangle2D dataArea) {
        DataFootprint footprint = new DataFootprint();
        for (int i = 0; i < plot.getDatasetCount(); i++) {
            XYDataset data = plot.getDataset(i);
            XYItemRenderer renderer = data == null ? null : plot.getRendererForDataset(data);
            ValueAxis x = plot.getDomainAxisForDataset(i);
            ValueAxis y = plot.getRangeAxisForDataset(i);
            if (renderer == null || x == null || y == null) {
                continue;
            }
            Pixels px = new Pixels(plot, x, y, dataArea);
            if (renderer instanceof XYBarRenderer && data instanceof IntervalXYDataset bars) {
                footprint.addBars(bars, renderer instanceof StackedXYBarRenderer, renderer, px);
            } else {
                footprint.addLines(data, renderer, px);
            }
        }
        return footprint;
    }

    /** How many of the data's pieces {@code box} touches, faint ones not counted. */
    int overlaps(Rectangle2D box) {
        return touched(shapes, box);
    }

    /** How many pieces of faint series {@code box} touches. */
    int faintOverlaps(Rectangle2D box) {
        return touched(faint, box);
    }

    private static int touched(List<Shape> pieces, Rectangle2D box) {
        int n = 0;
        for (Shape s : pieces) {
            if (s instanceof Line2D line ? line.intersects(box) : s.intersects(box)) {
                n++;
            }
        }
        return n;
    }

    private void addLines(XYDataset data, XYItemRenderer renderer, Pixels px) {
        XYLineAndShapeRenderer lineRenderer = renderer instanceof XYLineAndShapeRenderer r ? r : null;
        for (int s = 0; s < data.getSeriesCount(); s++) {
            if (!renderer.isSeriesVisible(s)) {
                continue;
            }
            List<Shape> pieces = isFaint(renderer, s) ? faint : shapes;
            double lastX = Double.NaN;
            double lastY = Double.NaN;
            for (int i = 0; i < data.getItemCount(s); i++) {
                double x = px.x(data.getXValue(s, i));
                double y = px.y(data.getYValue(s, i));
                if (!Double.isFinite(x) || !Double.isFinite(y)) {
                    lastX = Double.NaN;
                    continue;
                }
                boolean line = lineRenderer == null || lineRenderer.getItemLineVisible(s, i);
                boolean mark = lineRenderer != null && lineRenderer.getItemShapeVisible(s, i);
                if (line && Double.isFinite(lastX)) {
                    pieces.add(new Line2D.Double(lastX, lastY, x, y));
                }
                if (mark) {
                    pieces.add(new Rectangle2D.Double(x - MARK, y - MARK, 2 * MARK, 2 * MARK));
                }
                lastX = x;
                lastY = y;
            }
        }
    }

    private static boolean isFaint(XYItemRenderer renderer, int series) {
        return renderer.getItemPaint(series, 0) instanceof Color c && c.getAlpha() <= FAINT_ALPHA;
    }

    private void addBars(IntervalXYDataset data, boolean stacked, XYItemRenderer renderer, Pixels px) {
        int items = data.getSeriesCount() == 0 ? 0 : data.getItemCount(0);
        for (int i = 0; i < items; i++) {
            double total = 0;
            for (int s = 0; s < data.getSeriesCount(); s++) {
                if (!renderer.isSeriesVisible(s) || i >= data.getItemCount(s)) {
                    continue;
                }
                double v = data.getYValue(s, i);
                if (!Double.isFinite(v) || v <= 0) {
                    continue;
                }
                if (stacked) {
                    total += v;
                } else {
                    addBar(px, data.getStartXValue(s, i), data.getEndXValue(s, i), v);
                }
            }
            if (stacked && total > 0) {
                addBar(px, data.getStartXValue(0, i), data.getEndXValue(0, i), total);
            }
        }
    }

    private void addBar(Pixels px, double startX, double endX, double height) {
        double x0 = px.x(startX);
        double x1 = px.x(endX);
        double top = px.y(height);
        double base = px.y(0);
        if (Double.isFinite(x0) && Double.isFinite(x1) && Double.isFinite(top)) {
            double bottom = Double.isFinite(base) ? base : px.bottom();
            shapes.add(new Rectangle2D.Double(Math.min(x0, x1), Math.min(top, bottom), Math.abs(x1 - x0),
                    Math.abs(bottom - top)));
        }
    }

    /** Data values to pixels of one dataset's axes. */
    private record Pixels(XYPlot plot, ValueAxis xAxis, ValueAxis yAxis, Rectangle2D area) {
        double x(double v) {
            return xAxis.valueToJava2D(v, area, plot.getDomainAxisEdge());
        }

        double y(double v) {
            return yAxis.valueToJava2D(v, area, plot.getRangeAxisEdge());
        }

        double bottom() {
            return area.getMaxY();
        }
    }
}
