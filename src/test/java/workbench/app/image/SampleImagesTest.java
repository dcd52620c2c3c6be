package workbench.app.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import workbench.engine.Shape;

/** Runs under the FX toolkit, which images need. */
@ExtendWith(ApplicationExtension.class)
class SampleImagesTest {

    @Test
    void allOnesGiveWhitePixelsAndScaleMultipliesTheSize() {
        float[] ones = new float[4 * 3];
        Arrays.fill(ones, 1f);
        WritableImage image = SampleImages.toImage(ones, 0, Shape.image(1, 4, 3), 5);
        assertEquals(15, (int) image.getWidth());
        assertEquals(20, (int) image.getHeight());
        PixelReader reader = image.getPixelReader();
        for (int y = 0; y < 20; y++) {
            for (int x = 0; x < 15; x++) {
                assertEquals(0xFFFFFFFF, reader.getArgb(x, y), "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void greyValuesAreClampedAndPlacedByRowAndColumn() {
        // 2 x 2: top-left 0, top-right 0.5, bottom-left 2 (clamped to 1), bottom-right -1 (to 0).
        float[] values = {9, 0f, 0.5f, 2f, -1f};
        PixelReader reader = SampleImages.toImage(values, 1, Shape.image(1, 2, 2), 2).getPixelReader();
        assertEquals(0xFF000000, reader.getArgb(1, 1));
        assertEquals(0xFF808080, reader.getArgb(3, 0));
        assertEquals(0xFFFFFFFF, reader.getArgb(0, 3));
        assertEquals(0xFF000000, reader.getArgb(2, 2));
    }

    @Test
    void rgbIsReadChannelMajor() {
        // 3 x 1 x 2: pixel 0 pure red, pixel 1 pure blue.
        float[] values = {1, 0, /* green */ 0, 0, /* blue */ 0, 1};
        PixelReader reader = SampleImages.toImage(values, 0, Shape.image(3, 1, 2), 1).getPixelReader();
        assertEquals(0xFFFF0000, reader.getArgb(0, 0));
        assertEquals(0xFF0000FF, reader.getArgb(1, 0));
    }

    @Test
    void matrixRowsSelectTheirSample() {
        FMatrixRMaj rows = new FMatrixRMaj(2, 4);
        Arrays.fill(rows.data, 4, 8, 1f);
        assertEquals(0xFF000000, SampleImages.toImage(rows, 0, Shape.image(1, 2, 2), 1).getPixelReader().getArgb(0, 0));
        assertEquals(0xFFFFFFFF, SampleImages.toImage(rows, 1, Shape.image(1, 2, 2), 1).getPixelReader().getArgb(1, 1));
        assertThrows(IllegalArgumentException.class, () -> SampleImages.toImage(rows, 0, Shape.flat(3), 1));
    }

    @Test
    void aFlatSampleBecomesABarStrip() {
        float[] values = {0f, 1f, 0.5f};
        WritableImage image = SampleImages.toImage(values, 0, Shape.flat(3), 4);
        assertEquals(12, (int) image.getWidth());
        int height = (int) image.getHeight();
        assertTrue(height >= 8, "tall enough to read");
        PixelReader reader = image.getPixelReader();
        int top = 0;
        int bottom = height - 1;
        assertEquals(reader.getArgb(0, top), reader.getArgb(0, bottom), "value 0: no bar");
        assertTrue(reader.getArgb(5, top) != reader.getArgb(0, top), "value 1: full bar");
        assertEquals(reader.getArgb(5, bottom), reader.getArgb(9, bottom), "value 0.5: bar at the bottom");
        assertEquals(reader.getArgb(0, top), reader.getArgb(9, top), "value 0.5: no bar at the top");
    }

    @Test
    void aGivenRangeMapsMinToEmptyAndMaxToFull() {
        float[] values = {-3f, 3f};
        PixelReader reader = SampleImages.toImage(values, 0, Shape.flat(2), 1, -3f, 3f).getPixelReader();
        assertTrue(reader.getArgb(1, 0) != reader.getArgb(0, 0));
    }
}
