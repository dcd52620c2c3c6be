package workbench.io.plot;

import java.awt.BasicStroke;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import workbench.analysis.EpochAxis;
import workbench.engine.EpochStats;
import workbench.engine.LossBreakdown;

/**
 * The loss figure of a run, the first chart anyone looks at: it shows whether training converged,
 * where validation loss turns up (overfitting) and, with a reference such as the PCA baseline,
 * whether and from which epoch the autoencoder beats it. The one figure behind a run folder's
 * {@code loss.png}, the HTML report and the window's Export menu, so the same run gives the same
 * picture everywhere; the window's live chart draws its epochs, reference and crossing by the same
 * rules ({@link EpochAxis}, {@link ReferenceLines}, {@link LossLook}).
 *
 * <p>Per epoch: the training objective's mean at the epoch's middle, the validation objective at its
 * end, and for a VAE the two parts of its training objective (reconstruction, summed per sample, and
 * KL, in nats) at the middle too.
 */
public final class LossChart {

    public static final String TRAIN_SERIES = "Training";
    public static final String VALIDATION_SERIES = "Validation";
    public static final String RECONSTRUCTION_SERIES = "Reconstruction part";
    public static final String KL_SERIES = "KL part";
    /** More epochs than this are drawn as lines without point marks, which would merge into a band. */
    private static final int MOST_MARKED_EPOCHS = 60;

    private LossChart() {
    }

    /**
     * @param title       above the chart; null for none
     * @param unit        what the loss measures, e.g. "BCE, mean per element"; shown on the y axis
     * @param variational draws the VAE's parts, and compares the reference with the reconstruction's
     *                    per-sample sum (see {@link workbench.analysis.ReferenceCrossing})
     * @param reference   the line to measure the curves against, or null for none
     * @param logScale    a log y axis, for losses that fall over orders of magnitude. Points that are
     *                    0 or negative cannot be shown on it and are left out.
     */
    public static JFreeChart create(String title, List<EpochStats> history, String unit, boolean variational,
            LossReference reference, boolean logScale) {
        boolean marks = history.size() <= MOST_MARKED_EPOCHS;
        XYSeriesCollection curves = new XYSeriesCollection();
        curves.addSeries(series(TRAIN_SERIES, history, false, LossBreakdown::objective, logScale));
        XYSeries validation = series(VALIDATION_SERIES, history, true, LossBreakdown::objective, logScale);
        if (validation.getItemCount() > 0) {
            curves.addSeries(validation);
        }
        XYLineAndShapeRenderer curveRenderer = new XYLineAndShapeRenderer(true, marks);
        LossLook.styleTraining(curveRenderer, 0);
        LossLook.styleValidation(curveRenderer, 1);
        curveRenderer.setDrawSeriesLineAsPath(true);

        FittedXYPlot plot = new FittedXYPlot(curves, epochAxis(), lossAxis(logScale), curveRenderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        if (variational) {
            addParts(plot, history, marks, logScale);
        }
        new ReferenceLines(plot, 2).show(reference, history, variational, logScale, UnaryOperator.identity());
        plot.setAxisLabel(plot.getRangeAxis(), LossAxisLabel.forms(unit, logScale));
        JFreeChart chart = new FittedChart(title, ChartStyle.TITLE, plot);
        ChartStyle.apply(chart);
        if (logScale) {
            plot.setRangeMinorGridlinesVisible(true);
            plot.setRangeMinorGridlinePaint(ChartStyle.MINOR_GRID);
            plot.setRangeMinorGridlineStroke(new BasicStroke(1f));
        }
        return chart;
    }

    /** A VAE's training objective in its two parts, as dataset 1; the reconstruction is in the reference's units. */
    private static void addParts(FittedXYPlot plot, List<EpochStats> history, boolean marks, boolean logScale) {
        XYSeriesCollection parts = new XYSeriesCollection();
        parts.addSeries(series(RECONSTRUCTION_SERIES, history, false, LossBreakdown::reconstructionSum, logScale));
        parts.addSeries(series(KL_SERIES, history, false, LossBreakdown::kl, logScale));
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, marks);
        LossLook.styleParts(renderer);
        renderer.setDrawSeriesLineAsPath(true);
        plot.setDataset(1, parts);
        plot.setRenderer(1, renderer);
    }

    /** Epochs from 0, where the first one starts, in whole steps. */
    private static NumberAxis epochAxis() {
        NumberAxis axis = new NumberAxis("Epoch");
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis.setAutoRangeIncludesZero(true);
        axis.setLowerMargin(0);
        axis.setUpperMargin(0.02);
        return axis;
    }

    private static ValueAxis lossAxis(boolean logScale) {
        if (logScale) {
            return new ReadableLogAxis("");
        }
        NumberAxis linear = new NumberAxis("");
        linear.setAutoRangeIncludesZero(false);
        linear.setStandardTickUnits(RoundTickUnits.create());
        return linear;
    }

    /**
     * One value per epoch that has the loss: training values at the epoch's middle, validation
     * ones at its end. Values that are not finite, or not positive on a log axis, are left out.
     */
    private static XYSeries series(String name, List<EpochStats> history, boolean validation,
            ToDoubleFunction<LossBreakdown> value, boolean logScale) {
        XYSeries s = new XYSeries(name, false, true);
        for (EpochStats e : history) {
            LossBreakdown loss = validation ? e.validation() : e.train();
            double v = loss == null ? Double.NaN : value.applyAsDouble(loss);
            if (Double.isFinite(v) && (!logScale || v > 0)) {
                s.add(validation ? EpochAxis.validation(e.epoch()) : EpochAxis.trainingMean(e.epoch()), v, false);
            }
        }
        return s;
    }
}
