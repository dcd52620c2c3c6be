package workbench.io.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Rectangle;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import workbench.analysis.EpochRecord;

/**
 * Training and validation loss per epoch, the first chart anyone looks at: it shows whether
 * training converged and where validation loss turns up (overfitting). Validation is dashed as well
 * as coloured, so the two stay apart in greyscale print.
 */
public final class LossChart {

    static final String TRAIN_SERIES = "Training";
    static final String VALIDATION_SERIES = "Validation";

    private LossChart() {
    }

    public static JFreeChart create(String title, List<EpochRecord> history, String unit, boolean logScale) {
        int n = history.size();
        int[] epochs = new int[n];
        double[] train = new double[n];
        double[] val = new double[n];
        for (int i = 0; i < n; i++) {
            EpochRecord r = history.get(i);
            epochs[i] = r.epoch();
            train[i] = r.trainLoss();
            val[i] = r.valLoss();
        }
        return create(title, epochs, train, val, unit, logScale);
    }

    /**
     * @param val      validation loss per epoch, NaN where there is none; may be null
     * @param unit     what the loss measures, e.g. "BCE, mean per element"; shown on the y axis
     * @param logScale a log y axis, for losses that fall over orders of magnitude. Points that are
     *                 0 or negative cannot be shown on it and are left out.
     */
    public static JFreeChart create(String title, int[] epochs, double[] train, double[] val, String unit,
            boolean logScale) {
        if (train.length != epochs.length || (val != null && val.length != epochs.length)) {
            throw new IllegalArgumentException("loss arrays differ in length: " + epochs.length + " epochs, "
                    + train.length + " training losses, " + (val == null ? 0 : val.length)
                    + " validation losses; pass one value per epoch");
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(series(TRAIN_SERIES, epochs, train, logScale));
        XYSeries validation = val == null ? null : series(VALIDATION_SERIES, epochs, val, logScale);
        if (validation != null && validation.getItemCount() > 0) {
            data.addSeries(validation);
        }

        NumberAxis xAxis = new NumberAxis("Epoch");
        xAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        xAxis.setAutoRangeIncludesZero(false);
        ValueAxis yAxis;
        if (logScale) {
            yAxis = new ReadableLogAxis("");
        } else {
            NumberAxis linear = new NumberAxis("");
            linear.setAutoRangeIncludesZero(false);
            linear.setStandardTickUnits(RoundTickUnits.create());
            yAxis = linear;
        }

        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, epochs.length <= 60);
        renderer.setSeriesPaint(0, Palette.TRAIN);
        renderer.setSeriesStroke(0, new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        renderer.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        renderer.setSeriesPaint(1, Palette.VALIDATION);
        renderer.setSeriesStroke(1, new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
                new float[] {10f, 6f}, 0f));
        renderer.setSeriesShape(1, new Rectangle(-4, -4, 8, 8));
        renderer.setDefaultShapesFilled(true);
        renderer.setDrawSeriesLineAsPath(true);

        FittedXYPlot plot = new FittedXYPlot(data, xAxis, yAxis, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setAxisLabel(yAxis, LossAxisLabel.forms(unit, logScale));
        JFreeChart chart = new FittedChart(title, ChartStyle.TITLE, plot);
        ChartStyle.apply(chart);
        if (logScale) {
            plot.setRangeMinorGridlinesVisible(true);
            plot.setRangeMinorGridlinePaint(new Color(0xEEEEEE));
            plot.setRangeMinorGridlineStroke(new BasicStroke(1f));
        }
        return chart;
    }

    private static XYSeries series(String name, int[] epochs, double[] values, boolean logScale) {
        XYSeries s = new XYSeries(name, false, true);
        for (int i = 0; i < epochs.length; i++) {
            double v = values[i];
            if (Double.isFinite(v) && (!logScale || v > 0)) {
                s.add(epochs[i], v, false);
            }
        }
        return s;
    }
}
