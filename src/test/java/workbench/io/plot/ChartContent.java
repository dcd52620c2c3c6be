package workbench.io.plot;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYDataset;

/**
 * What an XY chart shows, line by line: its title, axis labels, every series with its points, and
 * every value marker with its label. Two charts that list the same show the same, and a failed
 * comparison says where they differ.
 */
public final class ChartContent {
    private ChartContent() {
    }

    public static List<String> of(JFreeChart chart) {
        XYPlot plot = chart.getXYPlot();
        List<String> out = new ArrayList<>();
        out.add("title: " + (chart.getTitle() == null ? null : chart.getTitle().getText()));
        out.add("x axis: " + plot.getDomainAxis().getLabel());
        out.add("y axis: " + plot.getRangeAxis().getLabel() + " (" + plot.getRangeAxis().getClass().getSimpleName() + ")");
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            XYDataset data = plot.getDataset(d);
            for (int s = 0; data != null && s < data.getSeriesCount(); s++) {
                StringBuilder points = new StringBuilder();
                for (int i = 0; i < data.getItemCount(s); i++) {
                    points.append(" (").append(data.getXValue(s, i)).append(", ").append(data.getYValue(s, i)).append(')');
                }
                out.add("dataset " + d + " series " + data.getSeriesKey(s) + ":" + points);
            }
        }
        for (int d = 0; d < Math.max(1, plot.getDatasetCount()); d++) {
            for (Layer layer : new Layer[] {Layer.FOREGROUND, Layer.BACKGROUND}) {
                add(out, "domain marker", plot.getDomainMarkers(d, layer));
                add(out, "range marker", plot.getRangeMarkers(d, layer));
            }
        }
        return out;
    }

    /** The lines of {@link #of} for the value markers along {@code axis}, "domain" or "range". */
    public static List<String> markers(JFreeChart chart, String axis) {
        List<String> lines = new ArrayList<>();
        for (String line : of(chart)) {
            if (line.startsWith(axis + " marker ")) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static void add(List<String> out, String kind, Collection<?> markers) {
        if (markers == null) {
            return;
        }
        for (Object o : markers) {
            Marker m = (Marker) o;
            String at = m instanceof ValueMarker v ? String.valueOf(v.getValue()) : m.toString();
            out.add(kind + " " + at + ": " + m.getLabel());
        }
    }
}
