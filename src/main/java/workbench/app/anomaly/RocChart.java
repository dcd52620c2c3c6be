package workbench.app.anomaly;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import workbench.analysis.RocCurve;
import workbench.app.charts.ChartRegion;
import workbench.io.plot.ChartStyle;
import workbench.io.plot.FittedChart;
import workbench.io.plot.FittedXYPlot;
import workbench.io.plot.RoundTickUnits;

/**
 * The ROC curve with its AUC in the title, the chance diagonal for comparison and the current
 * threshold's point marked on the curve. Call on the FX thread.
 */
final class RocChart extends ChartRegion {
    /** Smaller than the exported charts' title: this chart shares the view with three others. */
    private static final Font TITLE_FONT = new Font(ChartStyle.FAMILY, Font.BOLD, 20);

    private final XYSeries curve = new XYSeries("ROC", false, true);
    private final XYSeries current = new XYSeries("Current threshold", false, true);
    private final JFreeChart chart;
    private final FittedXYPlot plot;
    private final DeferredRedraw redraw;

    RocChart() {
        super(460, 420);
        XYSeries chance = new XYSeries("Chance", false, true);
        chance.add(0, 0);
        chance.add(1, 1);

        XYLineAndShapeRenderer chanceRenderer = new XYLineAndShapeRenderer(true, false);
        chanceRenderer.setSeriesPaint(0, new Color(0x888888));
        chanceRenderer.setSeriesStroke(0, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                1f, new float[] {6f, 5f}, 0f));
        XYLineAndShapeRenderer curveRenderer = new XYLineAndShapeRenderer(true, false);
        curveRenderer.setSeriesPaint(0, AnomalyColors.NORMAL_AWT);
        curveRenderer.setSeriesStroke(0, new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        curveRenderer.setDrawSeriesLineAsPath(true);
        XYLineAndShapeRenderer pointRenderer = new XYLineAndShapeRenderer(false, true);
        pointRenderer.setSeriesPaint(0, AnomalyColors.ANOMALY_AWT);
        pointRenderer.setSeriesShape(0, new Ellipse2D.Double(-7, -7, 14, 14));
        pointRenderer.setUseOutlinePaint(true);
        pointRenderer.setSeriesOutlinePaint(0, Color.BLACK);
        pointRenderer.setSeriesOutlineStroke(0, new BasicStroke(1.5f));
        pointRenderer.setDrawOutlines(true);

        NumberAxis x = new NumberAxis();
        NumberAxis y = new NumberAxis();
        for (NumberAxis axis : new NumberAxis[] {x, y}) {
            axis.setRange(0, 1);
            axis.setAutoRange(false);
            axis.setStandardTickUnits(RoundTickUnits.create());
        }
        plot = new FittedXYPlot(new XYSeriesCollection(chance), x, y, chanceRenderer);
        plot.setAxisLabel(x, List.of("False-positive rate (normals flagged)", "False-positive rate", "FPR"));
        plot.setAxisLabel(y, List.of("True-positive rate (anomalies caught)", "True-positive rate", "TPR"));
        plot.setDataset(1, new XYSeriesCollection(curve));
        plot.setRenderer(1, curveRenderer);
        plot.setDataset(2, new XYSeriesCollection(current));
        plot.setRenderer(2, pointRenderer);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD); // the marked point on top

        chart = new FittedChart("ROC curve", TITLE_FONT, plot);
        ChartStyle.apply(chart);
        setTitle("ROC curve");
        redraw = new DeferredRedraw(chart);
        show(chart);
    }

    void show(RocCurve roc) {
        redraw.touch();
        curve.clear();
        for (RocCurve.Point p : roc.points()) {
            curve.add(p.falsePositiveRate(), p.truePositiveRate(), false);
        }
        curve.fireSeriesChanged();
        setTitle(title(roc.auc()));
    }

    /** The title in the style's colour and margins, at this chart's (presenter-scaled) size. */
    private void setTitle(String text) {
        chart.setTitle(new TextTitle(text, TITLE_FONT));
        ChartStyle.styleTitle(chart);
        chart.getTitle().setFont(scaled(TITLE_FONT));
    }

    static String title(double auc) {
        return "ROC curve, " + AnomalyView.aucText(auc);
    }

    void clear() {
        redraw.touch();
        curve.clear();
        current.clear();
        setTitle("ROC curve");
    }

    void setCurrent(RocCurve.Point p) {
        redraw.touch();
        current.clear();
        if (Double.isFinite(p.falsePositiveRate()) && Double.isFinite(p.truePositiveRate())) {
            current.add(p.falsePositiveRate(), p.truePositiveRate());
        }
    }

    String titleText() {
        return chart.getTitle() == null ? "" : chart.getTitle().getText();
    }

    JFreeChart chart() {
        return chart;
    }

    FittedXYPlot plot() {
        return plot;
    }


    @Override
    protected double computeMinWidth(double height) {
        return 220;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 200;
    }
}
