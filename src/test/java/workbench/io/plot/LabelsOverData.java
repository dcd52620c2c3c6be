package workbench.io.plot;

import java.awt.geom.Rectangle2D;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What each marker label of a plot's last drawing lies on: the number of pieces of its curves (line
 * segments, point marks, bars; not the faint background series, see {@link DataFootprint}) its box
 * touches, 0 for a label in the clear. For a chart drawn on screen, where the test cannot draw it again itself.
 */
public final class LabelsOverData {
    private LabelsOverData() {
    }

    /** By label text; empty before the first drawing. */
    public static Map<String, Integer> of(FittedXYPlot plot) {
        Rectangle2D area = plot.lastDataArea();
        Map<String, Integer> covered = new LinkedHashMap<>();
        if (area == null) {
            return covered;
        }
        DataFootprint data = DataFootprint.of(plot, area);
        plot.placedLabels().forEach((text, box) -> covered.put(text, data.overlaps(box)));
        return covered;
    }
}
