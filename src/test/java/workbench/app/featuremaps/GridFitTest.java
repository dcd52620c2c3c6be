package workbench.app.featuremaps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The channel grid's column count: the one that makes the pictures largest. */
class GridFitTest {

    @Test
    void squareMapsInAWideAreaGoSideBySide() {
        GridFit fit = GridFit.of(4, 1, 800, 200, 0, 0);
        assertEquals(4, fit.columns());
        assertEquals(1, fit.rows());
        assertEquals(200, fit.imageWidth(), 1e-9);
    }

    @Test
    void sixteenSquareMapsInASquareAreaMakeFourByFour() {
        GridFit fit = GridFit.of(16, 1, 400, 400 + 4 * 16, 16, 0);
        assertEquals(4, fit.columns());
        assertEquals(4, fit.rows());
        assertEquals(100, fit.imageWidth(), 1e-9);
        assertEquals(100, fit.imageHeight(), 1e-9);
    }

    @Test
    void keepsTheMapsAspectRatioAndLeavesRoomForGaps() {
        GridFit fit = GridFit.of(3, 2, 620, 150, 0, 10);
        assertEquals(3, fit.columns());
        assertEquals(200, fit.imageWidth(), 1e-9);
        assertEquals(100, fit.imageHeight(), 1e-9);
    }
}
