package workbench.app.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.application.Platform;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.Range;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import workbench.analysis.EpochAxis;
import workbench.analysis.ReferenceCrossing;
import workbench.engine.EpochStats;
import workbench.engine.LossBreakdown;
import workbench.io.plot.ChartStyle;
import workbench.io.plot.FittedChart;
import workbench.io.plot.FittedXYPlot;
import workbench.io.plot.LossAxisLabel;
import workbench.io.plot.LossChart;
import workbench.io.plot.LossLook;
import workbench.io.plot.LossReference;
import workbench.io.plot.Palette;
import workbench.io.plot.ReadableLogAxis;
import workbench.io.plot.ReferenceLines;
import workbench.io.plot.RoundTickUnits;

/**
 * The live loss chart of a training run: training loss per batch (smoothed like TensorBoard, with
 * the raw values faint behind it) against fractional epoch, validation loss per epoch, and for a VAE
 * the two parts of its objective, with the reference line and its crossing. It draws its epochs, the
 * reference and the crossing by the rules {@link LossChart} draws the exported figure by
 * ({@link EpochAxis}, {@link ReferenceLines}, {@link LossLook}), so the window and the files agree;
 * the Export menu writes that figure, not this view, whose zoom and per-batch curve are the screen's.
 *
 * <p>X positions: batch {@code b} of {@code B} in epoch {@code e} (counted from 1) sits at
 * {@code e - 1 + b / B}, so epoch 1 spans [0, 1]. Validation losses are measured after their epoch
 * and sit at {@code x = e}; the VAE parts are training means over their epoch and sit at its middle,
 * {@code e - 0.5}.
 *
 * <p>Cheap to feed: every batch series keeps at most {@link #MAX_POINTS} points (neighbours are
 * merged as a run grows), series are filled with notifications off and fire once, and all changes
 * made during one FX pulse are drawn in a single redraw. Every method must be called on the FX
 * application thread.
 */
public final class LiveLossChart extends ChartRegion implements Presentable {

    /** Most points any batch series shows; longer runs are merged down to between half and all of it. */
    public static final int MAX_POINTS = 5000;
    /** TensorBoard's default smoothing weight. */
    public static final double DEFAULT_SMOOTHING = 0.6;
    /** Share of the run, from its start, whose losses may be left out of the y range. */
    static final double EARLY_FRACTION = 0.1;
    /** With early losses ignored, the y range still spans this many times the later losses' spread. */
    static final double LATE_SPAN_FACTOR = 2.5;

    static final String RAW = "Training, per batch";
    static final String SMOOTHED = LossChart.TRAIN_SERIES;
    static final String TRAIN_EPOCHS = "Training (epoch mean)";
    static final String VALIDATION = LossChart.VALIDATION_SERIES;
    static final String RECONSTRUCTION = LossChart.RECONSTRUCTION_SERIES;
    static final String KL = LossChart.KL_SERIES;

    private static final Color RAW_PAINT = new Color(Palette.TRAIN.getRed(), Palette.TRAIN.getGreen(),
            Palette.TRAIN.getBlue(), 64);
    private static final Color MARKED_EPOCH_PAINT = new Color(0x222222);
    private static final Font MARKED_EPOCH_FONT = ChartStyle.MARKER_LABEL.deriveFont(13f);
    /** {@link ChartStyle}'s padding at the sides (the last tick label overhangs on the right), less above and below. */
    private static final RectangleInsets WINDOW_PADDING = new RectangleInsets(4, 12, 4, 20);
    /** Around an axis label, {@link ChartStyle}'s 8 px a side halved, for the same reason. */
    private static final RectangleInsets WINDOW_LABEL_INSETS = new RectangleInsets(2, 4, 2, 4);

    private final DownsampledSeries raw = new DownsampledSeries(RAW, MAX_POINTS);
    private final DownsampledSeries smoothed = new DownsampledSeries(SMOOTHED, MAX_POINTS);
    private final XYSeries trainEpochs = new XYSeries(TRAIN_EPOCHS, false, true);
    private final XYSeries validation = new XYSeries(VALIDATION, false, true);
    private final XYSeries reconstruction = new XYSeries(RECONSTRUCTION, false, true);
    private final XYSeries kl = new XYSeries(KL, false, true);

    private final XYSeriesCollection rawData = new XYSeriesCollection();
    private final XYSeriesCollection trainData = new XYSeriesCollection();
    private final XYSeriesCollection validationData = new XYSeriesCollection();
    private final XYSeriesCollection partsData = new XYSeriesCollection();

    private final XYLineAndShapeRenderer rawRenderer = new XYLineAndShapeRenderer(true, false);
    private final XYLineAndShapeRenderer partsRenderer = new XYLineAndShapeRenderer(true, true);

    private final JFreeChart chart;
    private final FittedXYPlot plot;
    private final ChartViewer viewer;
    private final ReferenceLines referenceLines;
    private ValueMarker markedEpochMarker;

    /** Every batch ever appended, at full resolution: smoothing and the log toggle rebuild from it. */
    private double[] batchX = new double[1024];
    private double[] batchY = new double[1024];
    private double[] batchSmoothed = new double[1024];
    private int batchCount;
    private double ema;
    private double emaWeightPower = 1;

    private List<EpochStats> history = List.of();
    private String unit = "";
    private boolean logScale;
    private boolean variational;
    private boolean showRaw = true;
    private boolean showParts = true;
    private boolean ignoreEarlyLoss = true;
    private double smoothing = DEFAULT_SMOOTHING;
    private LossReference reference;
    private boolean redrawScheduled;

    public LiveLossChart() {
        super(900, 500);
        rawData.addSeries(raw.series());
        trainData.addSeries(smoothed.series());

        NumberAxis xAxis = new NumberAxis("Epoch");
        xAxis.setStandardTickUnits(epochTickUnits());
        xAxis.setAutoRangeIncludesZero(true);
        xAxis.setLowerMargin(0);
        xAxis.setUpperMargin(0.02);

        rawRenderer.setSeriesPaint(0, RAW_PAINT);
        rawRenderer.setSeriesStroke(0, new BasicStroke(1f));
        rawRenderer.setSeriesVisibleInLegend(0, false);
        rawRenderer.setDrawSeriesLineAsPath(true);

        XYLineAndShapeRenderer trainRenderer = new XYLineAndShapeRenderer(true, false);
        trainRenderer.setSeriesPaint(0, Palette.TRAIN);
        trainRenderer.setSeriesStroke(0, new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        LossLook.styleTraining(trainRenderer, 1);
        trainRenderer.setSeriesShapesVisible(1, true);
        trainRenderer.setDrawSeriesLineAsPath(true);

        XYLineAndShapeRenderer validationRenderer = new XYLineAndShapeRenderer(true, true);
        LossLook.styleValidation(validationRenderer, 0);
        validationRenderer.setDrawSeriesLineAsPath(true);

        LossLook.styleParts(partsRenderer);
        partsRenderer.setDrawSeriesLineAsPath(true);

        plot = new FittedXYPlot(rawData, xAxis, new FocusNumberAxis(), rawRenderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setDataset(1, trainData);
        plot.setRenderer(1, trainRenderer);
        plot.setDataset(2, validationData);
        plot.setRenderer(2, validationRenderer);
        plot.setDataset(3, partsData);
        plot.setRenderer(3, partsRenderer);
        referenceLines = new ReferenceLines(plot, 4);
        // Raw batches at the bottom, validation and parts on top.
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);

        chart = new FittedChart(plot);
        ChartStyle.apply(chart);
        // in the window the chart's frame and pane already set it apart: the exported figure's margins above the
        // legend, around the axis labels and under them would take 28 px from a plot that has about 100 in
        // presenter mode at 768 px
        chart.setPadding(WINDOW_PADDING);
        xAxis.setLabelInsets(WINDOW_LABEL_INSETS);
        plot.getRangeAxis().setLabelInsets(WINDOW_LABEL_INSETS);
        updateRangeLabel();

        viewer = show(chart);
        getStyleClass().add("live-loss-chart");
    }

    // ----------------------------------------------------------------------------------------
    // Feeding data

    /** Removes every batch and epoch; unit, scale, VAE mode and reference line stay. */
    public void clear() {
        suspendRedraw();
        batchCount = 0;
        ema = 0;
        emaWeightPower = 1;
        history = List.of();
        raw.reset();
        smoothed.reset();
        raw.sync();
        smoothed.sync();
        rebuildEpochSeries();
    }

    /**
     * Adds training losses of many batches at once.
     *
     * @param epochPositions fractional epochs, {@code epoch - 1 + batch / batchesPerEpoch}
     * @param losses         the batches' training objective; NaN and infinite values are skipped
     * @param count          how many leading entries of the two arrays to add
     */
    public void appendBatches(double[] epochPositions, double[] losses, int count) {
        if (count < 0 || count > epochPositions.length || count > losses.length) {
            throw new IllegalArgumentException("count " + count + " outside the arrays' lengths "
                    + epochPositions.length + " and " + losses.length);
        }
        if (count == 0) {
            return;
        }
        suspendRedraw();
        boolean firstBatches = batchCount == 0;
        ensureBatchCapacity(batchCount + count);
        for (int i = 0; i < count; i++) {
            double x = epochPositions[i];
            double y = losses[i];
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                continue;
            }
            double s = smooth(y);
            batchX[batchCount] = x;
            batchY[batchCount] = y;
            batchSmoothed[batchCount] = s;
            batchCount++;
            feed(x, y, s);
        }
        raw.sync();
        smoothed.sync();
        if (firstBatches && batchCount > 0) {
            // The epoch-mean training line only stands in for batches when there are none.
            rebuildEpochSeries();
        }
    }

    /**
     * The finished epochs so far: validation loss per epoch and, for a VAE, the reconstruction and KL
     * parts of the training objective (per sample, nats). Replaces what an earlier call gave. When no
     * batches were appended (a run reopened from its history), training epoch means stand in for them.
     */
    public void setEpochs(List<EpochStats> epochs) {
        suspendRedraw();
        history = List.copyOf(epochs);
        rebuildEpochSeries();
    }

    // ----------------------------------------------------------------------------------------
    // Settings

    /** What the loss measures, e.g. "BCE, mean per element"; shown on the y axis as "Loss (unit)". */
    public void setUnit(String unit) {
        suspendRedraw();
        this.unit = unit == null ? "" : unit.strip();
        updateRangeLabel();
    }

    public String getUnit() {
        return unit;
    }

    /** A log y axis with round-number ticks; values of 0 or below cannot be shown on it and are left out. */
    public void setLogScale(boolean log) {
        if (log == logScale) {
            return;
        }
        suspendRedraw();
        logScale = log;
        ValueAxis axis = log ? new ReadableLogAxis("", this::focusRange) : new FocusNumberAxis();
        ChartStyle.styleAxis(axis);
        axis.setLabelInsets(WINDOW_LABEL_INSETS);
        ChartScale.rescale(axis, scale());
        plot.setRangeAxis(axis);
        plot.setRangeMinorGridlinesVisible(log);
        plot.setRangeMinorGridlinePaint(ChartStyle.MINOR_GRID);
        plot.setRangeMinorGridlineStroke(new BasicStroke(1f));
        updateRangeLabel();
        rebuildBatchSeries();
        rebuildEpochSeries();
        updateReference();
    }

    public boolean isLogScale() {
        return logScale;
    }

    /** Shows the VAE's reconstruction and KL parts (when {@link #setShowParts} allows). */
    public void setVariational(boolean variational) {
        if (variational == this.variational) {
            return;
        }
        suspendRedraw();
        this.variational = variational;
        rebuildEpochSeries();
    }

    public boolean isVariational() {
        return variational;
    }

    /** Toggles the VAE parts' lines; they are kept, only hidden. */
    public void setShowParts(boolean show) {
        suspendRedraw();
        showParts = show;
        partsRenderer.setDefaultSeriesVisible(show);
        plot.getRangeAxis().configure();
    }

    public boolean isShowParts() {
        return showParts;
    }

    /** Toggles the faint per-batch values behind the smoothed line. */
    public void setShowRaw(boolean show) {
        suspendRedraw();
        showRaw = show;
        rawRenderer.setSeriesVisible(0, show);
        plot.getRangeAxis().configure();
    }

    /**
     * Leaves the first {@value #EARLY_FRACTION} of the run out of the y range when its losses would
     * squash the rest (the steep first drop typically spans most of the height and hides everything
     * after it): the range then covers the later losses' spread {@value #LATE_SPAN_FACTOR} times, and
     * the start of the curve leaves through the top. On by default; zooming and the viewer's
     * auto-range action work as usual.
     */
    public void setIgnoreEarlyLossInScaling(boolean ignore) {
        suspendRedraw();
        ignoreEarlyLoss = ignore;
        plot.getRangeAxis().configure();
    }

    public boolean isIgnoreEarlyLossInScaling() {
        return ignoreEarlyLoss;
    }

    public boolean isShowRaw() {
        return showRaw;
    }

    /**
     * TensorBoard-style smoothing: an exponential moving average with this weight on the past,
     * debiased so the first batches are not pulled towards 0. 0 shows the raw values.
     */
    public void setSmoothing(double weight) {
        if (!(weight >= 0 && weight < 1)) {
            throw new IllegalArgumentException("smoothing weight must be in [0, 1), got " + weight);
        }
        suspendRedraw();
        smoothing = weight;
        ema = 0;
        emaWeightPower = 1;
        for (int i = 0; i < batchCount; i++) {
            batchSmoothed[i] = smooth(batchY[i]);
        }
        rebuildBatchSeries();
    }

    public double getSmoothing() {
        return smoothing;
    }

    /**
     * A horizontal dashed line for comparison, such as the PCA baseline's loss at the same code size
     * ("PCA (32): 0.1187"), and a vertical line at the first epoch whose loss is below it
     * ("beats PCA (32) at epoch 7", naming the reference by {@link LossReference#name()}). That
     * epoch is found from the epochs given to {@link #setEpochs}, as {@link ReferenceCrossing}
     * explains: validation losses when there are any, else training ones, reconstruction terms only,
     * per sample for a VAE, so give a VAE's reference in those units. The y range always includes
     * the line; on a log axis a value of 0 or below is not drawn. Stays through {@link #clear()}: a
     * new run's owner replaces or clears it. Null removes it.
     */
    public void setReference(LossReference reference) {
        suspendRedraw();
        this.reference = reference;
        updateReference();
    }

    /** Removes the reference line and its crossing marker. */
    public void clearReference() {
        setReference(null);
    }

    /** The reference shown, or null for none: what an export of the loss figure draws too. */
    public LossReference reference() {
        return reference;
    }

    /** The reference value shown, or NaN for none. */
    public double referenceValue() {
        return reference == null ? Double.NaN : reference.value();
    }

    /** The first epoch (from 1) whose loss is below the reference line, or -1 when none is (yet) or there is no line. */
    public int referenceCrossingEpoch() {
        ReferenceCrossing crossing = referenceLines.crossing();
        return crossing == null ? -1 : crossing.epoch();
    }

    /** Larger text, lines, points and markers for a projector, or the usual look again. */
    @Override
    public void setPresentation(boolean on) {
        suspendRedraw();
        super.setPresentation(on);
    }

    /**
     * A vertical line at the end of epoch {@code epoch} (counted from 1), labelled "epoch N": the
     * moment the time slider under the latent plot shows. 0 or less removes it.
     */
    public void setMarkedEpoch(int epoch) {
        suspendRedraw();
        if (markedEpochMarker != null) {
            plot.removeDomainMarker(0, markedEpochMarker, Layer.FOREGROUND, false);
            markedEpochMarker = null;
        }
        if (epoch > 0) {
            markedEpochMarker = presenterSized(LossLook.labelledMarker(epoch, MARKED_EPOCH_PAINT,
                    new BasicStroke(1.5f), "epoch " + epoch));
            markedEpochMarker.setLabelFont(scaled(MARKED_EPOCH_FONT)); // small: it only names the line
            plot.addDomainMarker(0, markedEpochMarker, Layer.FOREGROUND, false);
        }
    }

    /** The epoch {@link #setMarkedEpoch} marks, or 0 for none. */
    public int markedEpoch() {
        return markedEpochMarker == null ? 0 : (int) markedEpochMarker.getValue();
    }

    /** The chart on screen; exports draw {@link LossChart} instead (see the class comment). */
    public JFreeChart chart() {
        return chart;
    }

    /** The JavaFX node that shows the chart (zoom, pan and its context menu come with it). */
    public ChartViewer viewer() {
        return viewer;
    }

    /** Batches appended so far (skipped non-finite values not counted). */
    public int batchCount() {
        return batchCount;
    }

    // Package-private views for tests.

    XYSeries rawSeries() {
        return raw.series();
    }

    XYSeries smoothedSeries() {
        return smoothed.series();
    }

    XYSeries trainEpochSeries() {
        return trainEpochs;
    }

    XYSeries validationSeries() {
        return validation;
    }

    XYSeries reconstructionSeries() {
        return reconstruction;
    }

    XYSeries klSeries() {
        return kl;
    }

    FittedXYPlot plot() {
        return plot;
    }

    ValueMarker referenceMarker() {
        return referenceLines.line();
    }

    ValueMarker crossingMarker() {
        return referenceLines.crossingLine();
    }

    ValueMarker markedEpochMarker() {
        return markedEpochMarker;
    }

    /** True while changes wait for the coalesced redraw. */
    boolean redrawPending() {
        return redrawScheduled;
    }


    @Override
    protected double computeMinWidth(double height) {
        return 240;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 180;
    }

    // ----------------------------------------------------------------------------------------
    // Internals

    /**
     * Holds the chart's redraws until the next FX pulse, so any number of changes made in one go cost
     * one redraw. The ChartViewer's canvas otherwise redraws synchronously on every change event.
     */
    private void suspendRedraw() {
        if (!redrawScheduled) {
            redrawScheduled = true;
            chart.setNotify(false);
            Platform.runLater(this::resumeRedraw);
        }
    }

    private void resumeRedraw() {
        redrawScheduled = false;
        chart.setNotify(true); // fires one change event: the canvas redraws once
    }

    private double smooth(double y) {
        ema = smoothing * ema + (1 - smoothing) * y;
        emaWeightPower *= smoothing;
        double debias = 1 - emaWeightPower;
        return debias > 0 ? ema / debias : y;
    }

    private void feed(double x, double y, double s) {
        if (!logScale || y > 0) {
            raw.add(x, y);
        }
        if (!logScale || s > 0) {
            smoothed.add(x, s);
        }
    }

    private void rebuildBatchSeries() {
        raw.reset();
        smoothed.reset();
        for (int i = 0; i < batchCount; i++) {
            feed(batchX[i], batchY[i], batchSmoothed[i]);
        }
        raw.sync();
        smoothed.sync();
    }

    private void ensureBatchCapacity(int needed) {
        if (needed > batchX.length) {
            int n = Math.max(needed, batchX.length * 2);
            batchX = Arrays.copyOf(batchX, n);
            batchY = Arrays.copyOf(batchY, n);
            batchSmoothed = Arrays.copyOf(batchSmoothed, n);
        }
    }

    private void rebuildEpochSeries() {
        trainEpochs.setNotify(false);
        validation.setNotify(false);
        reconstruction.setNotify(false);
        kl.setNotify(false);
        trainEpochs.clear();
        validation.clear();
        reconstruction.clear();
        kl.clear();
        for (EpochStats e : history) {
            int epoch = e.epoch();
            LossBreakdown t = e.train();
            if (batchCount == 0 && t != null) {
                addIfShowable(trainEpochs, EpochAxis.trainingMean(epoch), t.objective());
            }
            if (e.validation() != null) {
                addIfShowable(validation, EpochAxis.validation(epoch), e.validation().objective());
            }
            if (variational && t != null) {
                addIfShowable(reconstruction, EpochAxis.trainingMean(epoch), t.reconstructionSum());
                addIfShowable(kl, EpochAxis.trainingMean(epoch), t.kl());
            }
        }
        trainEpochs.setNotify(true);
        validation.setNotify(true);
        reconstruction.setNotify(true);
        kl.setNotify(true);
        // Series without points would still get a legend entry: keep only those with data.
        setMembership(trainData, trainEpochs, trainEpochs.getItemCount() > 0);
        setMembership(validationData, validation, validation.getItemCount() > 0);
        setMembership(partsData, reconstruction, variational);
        setMembership(partsData, kl, variational);
        updateReference();
    }

    private void addIfShowable(XYSeries series, double x, double y) {
        if (Double.isFinite(y) && (!logScale || y > 0)) {
            series.add(x, y, false);
        }
    }

    private static void setMembership(XYSeriesCollection data, XYSeries series, boolean member) {
        boolean present = data.getSeriesIndex(series.getKey()) >= 0;
        if (member && !present) {
            data.addSeries(series);
        } else if (!member && present) {
            data.removeSeries(series);
        }
    }

    /** Places the reference line and the crossing of the epochs shown, or removes them. */
    private void updateReference() {
        referenceLines.show(reference, history, variational, logScale, this::presenterSized);
    }

    /** {@code marker}'s line and label in presenter size when presenter mode is on. */
    private ValueMarker presenterSized(ValueMarker marker) {
        marker.setStroke(scaled((BasicStroke) marker.getStroke()));
        marker.setLabelFont(scaled(marker.getLabelFont()));
        return marker;
    }

    /** The full unit when the axis is long enough, a short form ("Loss (nats/sample)") when not. */
    private void updateRangeLabel() {
        plot.setAxisLabel(plot.getRangeAxis(), LossAxisLabel.forms(unit, logScale));
    }

    /** A linear y axis whose auto range may leave out the early losses, see {@link #focusRange()}. */
    private final class FocusNumberAxis extends NumberAxis {
        FocusNumberAxis() {
            super("Loss");
            setAutoRangeIncludesZero(false);
            setStandardTickUnits(RoundTickUnits.create());
        }

        @Override
        protected void autoAdjustRange() {
            Range r = focusRange();
            if (r == null) {
                super.autoAdjustRange();
            } else {
                setRange(r, false, false);
            }
        }
    }

    /**
     * The y range that leaves the first {@value #EARLY_FRACTION} of the run out, or null when the
     * full range is fine (or the option is off). Computed in log10 units on a log axis.
     */
    Range focusRange() {
        if (!ignoreEarlyLoss) {
            return null;
        }
        List<XYSeries> shown = new ArrayList<>(6);
        if (showRaw) {
            shown.add(raw.series());
        }
        shown.add(smoothed.series());
        shown.add(trainEpochs);
        shown.add(validation);
        if (variational && showParts) {
            shown.add(reconstruction);
            shown.add(kl);
        }
        double xMax = Double.NEGATIVE_INFINITY;
        for (XYSeries s : shown) {
            if (s.getItemCount() > 0) {
                xMax = Math.max(xMax, s.getMaxX());
            }
        }
        if (!(xMax > 0)) {
            return null;
        }
        double cutoff = EARLY_FRACTION * xMax;
        double lo = Double.POSITIVE_INFINITY;
        double hiAll = Double.NEGATIVE_INFINITY;
        double hiLate = Double.NEGATIVE_INFINITY;
        for (XYSeries s : shown) {
            for (int i = 0, n = s.getItemCount(); i < n; i++) {
                double y = s.getY(i).doubleValue();
                if (!Double.isFinite(y) || (logScale && y <= 0)) {
                    continue;
                }
                double v = logScale ? Math.log10(y) : y;
                lo = Math.min(lo, v);
                hiAll = Math.max(hiAll, v);
                if (s.getX(i).doubleValue() >= cutoff) {
                    hiLate = Math.max(hiLate, v);
                }
            }
        }
        if (reference != null && reference.drawable(logScale)) {
            double v = logScale ? Math.log10(reference.value()) : reference.value();
            lo = Math.min(lo, v);
            hiAll = Math.max(hiAll, v);
            hiLate = Math.max(hiLate, v);
        }
        if (!Double.isFinite(hiLate) || !Double.isFinite(lo)) {
            return null;
        }
        double span = hiLate - lo;
        if (!(span > 0)) {
            span = logScale ? 0.05 : Math.max(Math.abs(hiLate) * 0.05, 1e-9);
        }
        double hi = lo + LATE_SPAN_FACTOR * span;
        if (hiAll <= hi) {
            return null; // the early losses do not stretch the range much: show everything
        }
        double bottom = lo - 0.05 * span;
        return logScale ? new Range(Math.pow(10, bottom), Math.pow(10, hi)) : new Range(bottom, hi);
    }

    /** Round epoch steps only: 0.1, 0.2, 0.5, 1, 2, 5, 10, ... (never 2.5 epochs). */
    private static TickUnits epochTickUnits() {
        TickUnits units = new TickUnits();
        double[] steps = {0.01, 0.02, 0.05, 0.1, 0.2, 0.5};
        for (double s : steps) {
            units.add(new NumberTickUnit(s, new DecimalFormat(s < 0.1 ? "0.00" : "0.0")));
        }
        for (long p = 1; p <= 100_000; p *= 10) {
            for (int m : new int[] {1, 2, 5}) {
                units.add(new NumberTickUnit(m * p, new DecimalFormat("0")));
            }
        }
        return units;
    }

    /** Names of the series currently in the legend, top to bottom; for tests and accessibility. */
    List<String> legendNames() {
        List<String> out = new ArrayList<>();
        var items = plot.getLegendItems();
        for (int i = 0; i < items.getItemCount(); i++) {
            out.add(items.get(i).getLabel());
        }
        return out;
    }
}
