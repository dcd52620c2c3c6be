package workbench.io.plot;

import java.util.List;
import java.util.function.UnaryOperator;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import workbench.analysis.ReferenceCrossing;
import workbench.engine.EpochStats;

/**
 * A loss plot's reference line and, once the curves go below it, the dotted line at the first
 * epoch that does ("beats PCA (32) at epoch 7", found by {@link ReferenceCrossing}): placed, moved
 * and removed together, on the live chart and the exported figure alike. {@link FittedXYPlot}
 * puts their labels inside the data area, clear of the curves. The line's value joins the plot's
 * auto range through a dataset of one point that draws nothing, so the line is never off the chart.
 */
public final class ReferenceLines {
    private final XYPlot plot;
    private final XYSeriesCollection span = new XYSeriesCollection();
    private ValueMarker line;
    private ValueMarker crossingLine;
    private ReferenceCrossing crossing;

    /** Lines on {@code plot}, whose dataset {@code datasetIndex} they take for the range. */
    public ReferenceLines(XYPlot plot, int datasetIndex) {
        this.plot = plot;
        XYLineAndShapeRenderer drawsNothing = new XYLineAndShapeRenderer(false, false);
        drawsNothing.setSeriesVisibleInLegend(0, false);
        plot.setDataset(datasetIndex, span);
        plot.setRenderer(datasetIndex, drawsNothing);
    }

    /**
     * Shows {@code reference} (null for none) and its crossing by the epochs of {@code history},
     * replacing what was shown. {@code sized} may enlarge each new marker (presenter mode).
     *
     * @param variational compare the reconstruction's per-sample sum, not its per-element mean
     */
    public void show(LossReference reference, List<EpochStats> history, boolean variational, boolean logScale,
            UnaryOperator<ValueMarker> sized) {
        remove();
        if (reference == null || !reference.drawable(logScale)) {
            return;
        }
        line = sized.apply(LossLook.referenceLine(reference));
        plot.addRangeMarker(0, line, Layer.BACKGROUND, false);
        XYSeries point = new XYSeries("reference", false, true);
        point.add(0, reference.value(), false);
        span.addSeries(point);
        crossing = ReferenceCrossing.find(history, reference.value(), variational);
        if (crossing != null) {
            crossingLine = sized.apply(LossLook.crossingLine(crossing, reference));
            plot.addDomainMarker(0, crossingLine, Layer.BACKGROUND, false);
        }
    }

    /** The reference line shown, or null. */
    public ValueMarker line() {
        return line;
    }

    /** The line at the first epoch below the reference, or null when none is (yet). */
    public ValueMarker crossingLine() {
        return crossingLine;
    }

    /** The first epoch below the reference, or null. */
    public ReferenceCrossing crossing() {
        return crossing;
    }

    private void remove() {
        if (line != null) {
            plot.removeRangeMarker(0, line, Layer.BACKGROUND, false);
        }
        if (crossingLine != null) {
            plot.removeDomainMarker(0, crossingLine, Layer.BACKGROUND, false);
        }
        line = null;
        crossingLine = null;
        crossing = null;
        span.removeAllSeries();
    }
}
