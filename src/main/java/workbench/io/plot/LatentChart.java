package workbench.io.plot;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A 2-D view of the code space, one colour per class: clusters that separate by class show the
 * autoencoder learnt something about the classes without ever seeing a label. One series per class
 * present, so the legend lists exactly the classes on screen; unlabelled samples are grey, drawn
 * underneath and listed last.
 */
public final class LatentChart {

    static final String UNLABELLED_SERIES = "no label";
    /** Small, slightly transparent dots: thousands of samples overlap, and density should still show. */
    private static final double DOT = 6.0;
    private static final int ALPHA = 190;

    private LatentChart() {
    }

    /**
     * @param labels     class of each point, below 0 for none; may be null when nothing is labelled
     * @param classNames names by class number; classes without a name are shown as "class N"
     * @param xLabel     e.g. "z1" or "PC1 of code"
     */
    public static JFreeChart create(String title, float[] x, float[] y, int[] labels, List<String> classNames,
            String xLabel, String yLabel) {
        if (x.length != y.length || (labels != null && labels.length != x.length)) {
            throw new IllegalArgumentException("got " + x.length + " x values, " + y.length + " y values and "
                    + (labels == null ? "no" : Integer.toString(labels.length))
                    + " labels; pass one of each per point");
        }
        List<String> names = classNames == null ? List.of() : classNames;
        int classes = names.size();
        boolean anyUnlabelled = labels == null;
        if (labels != null) {
            for (int label : labels) {
                classes = Math.max(classes, label + 1);
                anyUnlabelled |= label < 0;
            }
        }
        XYSeries[] byClass = new XYSeries[classes];
        XYSeries unlabelled = new XYSeries(UNLABELLED_SERIES, false, true);
        for (int i = 0; i < x.length; i++) {
            int label = labels == null ? -1 : labels[i];
            if (!Float.isFinite(x[i]) || !Float.isFinite(y[i])) {
                continue;
            }
            XYSeries target;
            if (label < 0) {
                target = unlabelled;
            } else {
                if (byClass[label] == null) {
                    byClass[label] = new XYSeries(label < names.size() ? names.get(label) : "class " + label,
                            false, true);
                }
                target = byClass[label];
            }
            target.add(x[i], y[i], false);
        }

        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        Ellipse2D dot = new Ellipse2D.Double(-DOT / 2, -DOT / 2, DOT, DOT);
        Ellipse2D legendDot = new Ellipse2D.Double(-6, -6, 12, 12);
        for (int c = 0; c < classes; c++) {
            if (byClass[c] != null) {
                addSeries(data, renderer, byClass[c], Palette.color(c), dot, legendDot);
            }
        }
        if (anyUnlabelled && unlabelled.getItemCount() > 0) {
            addSeries(data, renderer, unlabelled, Palette.UNLABELLED, dot, legendDot);
        }

        NumberAxis xAxis = new NumberAxis(xLabel);
        NumberAxis yAxis = new NumberAxis(yLabel);
        xAxis.setAutoRangeIncludesZero(false);
        yAxis.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, xAxis, yAxis, renderer);
        // Last series first: the grey unlabelled points end up underneath, yet last in the legend.
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.REVERSE);
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, data.getSeriesCount() > 0);
        ChartStyle.apply(chart);
        if (chart.getLegend() != null) {
            chart.getLegend().setPosition(RectangleEdge.RIGHT);
        }
        return chart;
    }

    private static void addSeries(XYSeriesCollection data, XYLineAndShapeRenderer renderer, XYSeries series,
            Color color, Ellipse2D dot, Ellipse2D legendDot) {
        int index = data.getSeriesCount();
        data.addSeries(series);
        renderer.setSeriesPaint(index, new Color(color.getRed(), color.getGreen(), color.getBlue(), ALPHA));
        renderer.setSeriesShape(index, dot);
        renderer.setLegendShape(index, legendDot);
        renderer.setSeriesShapesFilled(index, true);
    }
}
