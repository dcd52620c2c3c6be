package workbench.app.latent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ViewRangeTest {

    @Test
    void fitAddsAFivePercentMargin() {
        ViewRange v = ViewRange.fit(0, 10, -2, 2);
        assertEquals(-0.5, v.xMin(), 1e-12);
        assertEquals(10.5, v.xMax(), 1e-12);
        assertEquals(-2.2, v.yMin(), 1e-12);
        assertEquals(2.2, v.yMax(), 1e-12);
    }

    @Test
    void aSinglePointGetsARangeAroundIt() {
        ViewRange v = ViewRange.fit(3, 3, 3, 3);
        assertTrue(v.xMin() < 3 && v.xMax() > 3 && v.yMin() < 3 && v.yMax() > 3);
    }

    @Test
    void smallMovesKeepTheViewLargeOnesDoNot() {
        ViewRange v = ViewRange.fit(0, 10, 0, 10);
        assertTrue(v.stillShows(0.2, 10.3, -0.1, 9.8));
        assertFalse(v.stillShows(0, 13, 0, 10), "strays far to the right");
        assertFalse(v.stillShows(4, 6, 0, 10), "shrank to a strip");
    }

    @Test
    void zoomKeepsTheCentreFixed() {
        ViewRange v = new ViewRange(0, 10, 0, 10).zoom(0.5, 2, 8);
        assertEquals(new ViewRange(1, 6, 4, 9), v);
    }

    @Test
    void rejectsEmptyRanges() {
        assertThrows(IllegalArgumentException.class, () -> new ViewRange(1, 1, 0, 1));
    }
}
