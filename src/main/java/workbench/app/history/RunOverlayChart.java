package workbench.app.history;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.labels.StandardXYSeriesLabelGenerator;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import workbench.app.charts.ChartRegion;
import workbench.app.charts.ChartScale;
import workbench.engine.EpochStats;
import workbench.io.plot.BriefLegend;
import workbench.io.plot.ChartStyle;
import workbench.io.plot.FittedChart;
import workbench.io.plot.FittedXYPlot;
import workbench.io.plot.LossAxisLabel;
import workbench.io.plot.Palette;
import workbench.io.plot.ReadableLogAxis;
import workbench.io.plot.RoundTickUnits;
import workbench.session.RunRecord;

/**
 * The loss curves of chosen runs on one chart: per epoch, training solid and validation dashed, in
 * the run's own colour (taken from its number, so a run keeps its colour whatever else is shown).
 * Styled like the live loss chart. It is rebuilt only when the chosen runs or the scale change.
 */
final class RunOverlayChart extends ChartRegion {
    static final String VALIDATION_SUFFIX = " (validation)";
    static final String EMPTY_HINT = "Tick runs in the table to compare their loss curves.";
    private static final Font SUBTITLE = new Font(ChartStyle.FAMILY, Font.PLAIN, 16);
    private static final BasicStroke SOLID = new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final BasicStroke DASHED = new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND,
            1f, new float[] {10f, 6f}, 0f);
    /** Beyond this many epochs the point marks crowd into a thick line. */
    private static final int MAX_MARKED_EPOCHS = 60;

    private final XYSeriesCollection data = new XYSeriesCollection();
    private final XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    private final FittedXYPlot plot;
    private final FittedChart chart;
    private final TextTitle subtitle = new TextTitle(EMPTY_HINT, SUBTITLE);
    private List<RunRecord> shown = List.of();
    private boolean logScale;
    private int rebuilds;

    RunOverlayChart() {
        super(900, 420);
        NumberAxis x = new NumberAxis("Epoch");
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setAutoRangeIncludesZero(false);
        renderer.setDrawSeriesLineAsPath(true);
        renderer.setDefaultShapesFilled(true);
        // names the run under the pointer, for when the chart is too small for its legend
        renderer.setDefaultToolTipGenerator(new StandardXYToolTipGenerator());
        plot = new FittedXYPlot(data, x, linearAxis(), renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        // "#3" when the chart is too small for "#3 Dense 784-256-[32]-256-784" in its legend
        BriefLegend names = new BriefLegend(key -> key.split(" ", 2)[0]);
        renderer.setLegendItemLabelGenerator(names);
        renderer.setLegendItemToolTipGenerator(new StandardXYSeriesLabelGenerator());
        chart = new FittedChart(plot);
        chart.setBriefLegend(names);
        ChartStyle.apply(chart);
        subtitle.setPaint(ChartStyle.TEXT);
        subtitle.setHorizontalAlignment(HorizontalAlignment.LEFT);
        subtitle.setPosition(RectangleEdge.BOTTOM);
        chart.addSubtitle(subtitle);
        show(chart);
        setId("runOverlay");
        rebuild();
    }

    /** Draws these runs, in this order; the same runs as last time cost nothing. */
    void show(List<RunRecord> runs) {
        if (sameRuns(runs)) {
            return;
        }
        shown = List.copyOf(runs);
        rebuild();
    }

    /** Records never change in place, so the same objects mean the same curves. */
    private boolean sameRuns(List<RunRecord> runs) {
        if (runs.size() != shown.size()) {
            return false;
        }
        for (int i = 0; i < runs.size(); i++) {
            if (runs.get(i) != shown.get(i)) {
                return false;
            }
        }
        return true;
    }

    void setLogScale(boolean log) {
        if (log == logScale) {
            return;
        }
        logScale = log;
        ValueAxis axis = log ? new ReadableLogAxis("") : linearAxis();
        ChartStyle.styleAxis(axis);
        ChartScale.rescale(axis, scale());
        plot.setRangeAxis(axis);
        plot.setRangeMinorGridlinesVisible(log);
        plot.setRangeMinorGridlinePaint(ChartStyle.MINOR_GRID);
        plot.setRangeMinorGridlineStroke(new BasicStroke(1f));
        rebuild();
    }

    private static NumberAxis linearAxis() {
        NumberAxis y = new NumberAxis("Loss");
        y.setAutoRangeIncludesZero(false);
        y.setStandardTickUnits(RoundTickUnits.create());
        ChartStyle.styleAxis(y);
        return y;
    }

    private void rebuild() {
        rebuilds++;
        chart.setNotify(false); // one redraw for the whole rebuild, not one per series
        data.removeAllSeries();
        int maxEpochs = 0;
        for (RunRecord run : shown) {
            Color colour = Palette.color((run.number() - 1) % Palette.size());
            XYSeries train = new XYSeries(run.label(), false, true);
            XYSeries validation = new XYSeries(run.label() + VALIDATION_SUFFIX, false, true);
            for (EpochStats e : run.epochs()) {
                addIfShowable(train, e.epoch(), e.train().objective());
                if (e.validation() != null) {
                    addIfShowable(validation, e.epoch(), e.validation().objective());
                }
            }
            maxEpochs = Math.max(maxEpochs, run.epochCount());
            style(data.getSeriesCount(), colour, SOLID, true);
            data.addSeries(train);
            if (validation.getItemCount() > 0) {
                // the legend names each run once; the subtitle says what dashes mean
                style(data.getSeriesCount(), colour, DASHED, false);
                data.addSeries(validation);
            }
        }
        renderer.setDefaultShapesVisible(maxEpochs <= MAX_MARKED_EPOCHS);
        Set<String> units = units();
        plot.setAxisLabel(plot.getRangeAxis(), units.size() > 1
                ? List.of("Loss (mixed units)" + (logScale ? ", log scale" : ""), logScale ? "Loss (log)" : "Loss")
                : LossAxisLabel.forms(units.isEmpty() ? "" : units.iterator().next(), logScale));
        subtitle.setText(subtitleText(units));
        chart.setNotify(true);
    }

    private void style(int index, Color colour, BasicStroke stroke, boolean inLegend) {
        renderer.setSeriesPaint(index, colour, false);
        renderer.setSeriesStroke(index, scaled(stroke), false);
        renderer.setSeriesShape(index, scaled(new Ellipse2D.Double(-3.5, -3.5, 7, 7)), false);
        renderer.setSeriesVisibleInLegend(index, inLegend, false);
    }

    private void addIfShowable(XYSeries series, int epoch, double loss) {
        if (Double.isFinite(loss) && (!logScale || loss > 0)) {
            series.add(epoch, loss, false);
        }
    }

    private Set<String> units() {
        Set<String> units = new LinkedHashSet<>();
        for (RunRecord r : shown) {
            units.add(r.lossUnit());
        }
        return units;
    }

    private String subtitleText(Set<String> units) {
        if (shown.isEmpty()) {
            return EMPTY_HINT;
        }
        String legend = "Solid: training loss per epoch; dashed: validation.";
        if (units.size() <= 1) {
            return legend;
        }
        return legend + " These runs measure different losses (" + String.join("; ", units)
                + "): their heights are not comparable, only the shapes of their curves.";
    }

    /** The chart, for export. */
    JFreeChart chart() {
        return chart;
    }

    FittedXYPlot plot() {
        return plot;
    }

    // Package-private views for tests.

    List<String> seriesNames() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < data.getSeriesCount(); i++) {
            names.add(data.getSeriesKey(i).toString());
        }
        return names;
    }

    String subtitle() {
        return subtitle.getText();
    }

    String rangeLabel() {
        return plot.getRangeAxis().getLabel();
    }

    int rebuilds() {
        return rebuilds;
    }


    @Override
    protected double computeMinWidth(double height) {
        return 240;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 180;
    }
}
