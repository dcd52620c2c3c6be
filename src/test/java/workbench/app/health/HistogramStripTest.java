package workbench.app.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import workbench.analysis.Histogram;

/** A histogram laid on the strip's common scale keeps every value, in the cells its bins cover. */
class HistogramStripTest {

    @Test
    void everyValueLandsOnTheStripInTheCellsItsBinCovers() {
        float[] values = new float[100];
        for (int i = 0; i < 100; i++) {
            values[i] = i < 90 ? 0 : 1; // a ReLU layer's zeros and a few that fire
        }
        Histogram h = Histogram.of(values, values.length, 24);
        assertEquals(90, h.count(0));
        assertEquals(10, h.count(23));
        // on a scale from -1 to 1 the zeros fall in the middle cell and the ones in the top cell
        double[] cells = HistogramStrip.cells(h, -1, 2);
        assertEquals(100, Arrays.stream(cells).sum(), 1e-9);
        int rows = cells.length;
        assertEquals(90, cells[rows / 2], 1e-9, Arrays.toString(cells));
        assertEquals(10, cells[rows - 1], 1e-9);
    }

    @Test
    void aLayerWhoseValuesAreAllTheSameStillDrawsThem() {
        Histogram h = Histogram.of(new float[] {0.25f, 0.25f, 0.25f, Float.NaN}, 4, 24);
        assertEquals(3, h.total(), "the NaN is left out");
        double[] cells = HistogramStrip.cells(h, 0, 1);
        assertEquals(3, cells[(int) (0.25 * cells.length)], 1e-9);
        assertTrue(Arrays.stream(cells).sum() == 3);
    }
}
