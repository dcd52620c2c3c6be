package workbench.app.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.Test;

class DownsampledSeriesTest {

    @Test
    void mergesNeighboursAndKeepsTheMean() {
        DownsampledSeries d = new DownsampledSeries("s", 8);
        for (int i = 0; i < 8; i++) {
            d.add(i, i);
        }
        d.sync();
        XYSeries s = d.series();
        assertEquals(4, s.getItemCount());
        assertEquals(2, d.stride());
        assertEquals(0.5, s.getX(0).doubleValue(), 0);
        assertEquals(6.5, s.getY(3).doubleValue(), 0);

        d.add(8, 8); // half a bucket: shown provisionally
        d.sync();
        assertEquals(5, s.getItemCount());
        assertEquals(8, s.getY(4).doubleValue(), 0);
        d.add(9, 9); // bucket complete: the provisional point becomes its mean
        d.sync();
        assertEquals(5, s.getItemCount());
        assertEquals(8.5, s.getY(4).doubleValue(), 0);

        for (int i = 10; i < 1000; i++) {
            d.add(i, i);
            d.sync();
            assertTrue(s.getItemCount() <= 8, "size " + s.getItemCount());
        }
        // Every shown point is a mean of consecutive inputs, so the series still climbs evenly to the end.
        assertTrue(s.getMaxX() > 900);
        assertEquals(s.getItemCount(), d.shownCount());
    }
}
