package workbench.io.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.engine.Shape;

class ImageGridTest {

    private static final int GAP = ImageGrid.GAP;

    private static int rgb(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) & 0xFFFFFF;
    }

    @Test
    void greyPicturesWithKnownPixels(@TempDir Path dir) throws IOException {
        Shape shape = Shape.image(1, 4, 4);
        FMatrixRMaj originals = new FMatrixRMaj(3, 16);
        originals.fill(1f); // all white
        for (int j = 0; j < 16; j++) {
            originals.set(1, j, 0f); // sample 1 all black
            originals.set(2, j, j == 0 ? 0.5f : 7f); // sample 2: grey top-left, clamped white elsewhere
        }
        FMatrixRMaj rebuilt = new FMatrixRMaj(2, 16); // fewer samples: the row is shorter
        rebuilt.fill(-3f); // clamped to black
        int cell = 32;
        BufferedImage image = ImageGrid.grid(List.of(originals, rebuilt), null, shape, cell);
        assertEquals(GAP + 3 * (cell + GAP), image.getWidth());
        assertEquals(GAP + 2 * (cell + GAP), image.getHeight());
        int left0 = GAP;
        int left1 = GAP + cell + GAP;
        int left2 = GAP + 2 * (cell + GAP);
        int top1 = GAP + cell + GAP;
        assertEquals(0xFFFFFF, rgb(image, left0 + cell / 2, GAP + cell / 2));
        assertEquals(0x000000, rgb(image, left1 + cell / 2, GAP + cell / 2));
        assertEquals(0x808080, rgb(image, left2, GAP), "0.5 is mid grey, enlarged to the cell's first block");
        assertEquals(0x808080, rgb(image, left2 + cell / 4 - 1, GAP + cell / 4 - 1));
        assertEquals(0xFFFFFF, rgb(image, left2 + cell / 4, GAP));
        assertEquals(0x000000, rgb(image, left0 + 1, top1 + 1));
        assertEquals(0xFFFFFF, rgb(image, left2 + 1, top1 + 1), "missing samples leave white space");

        Path file = dir.resolve("grid.png");
        ImageGrid.savePng(image, file);
        BufferedImage back = ImageIO.read(file.toFile());
        assertEquals(image.getWidth(), back.getWidth());
        assertEquals(0x808080, rgb(back, left2, GAP));
    }

    @Test
    void rgbPicturesAreChannelMajor() {
        Shape shape = Shape.image(3, 2, 2);
        FMatrixRMaj sample = new FMatrixRMaj(1, 12);
        for (int p = 0; p < 4; p++) {
            sample.set(0, p, 1f); // red plane full
            sample.set(0, 8 + p, p == 3 ? 1f : 0f); // blue only in the bottom-right pixel
        }
        BufferedImage image = ImageGrid.grid(List.of(sample), null, shape, 20);
        assertEquals(0xFF0000, rgb(image, GAP + 2, GAP + 2));
        assertEquals(0xFF00FF, rgb(image, GAP + 19, GAP + 19));
    }

    @Test
    void labelsWidenTheImageOnTheLeft() {
        Shape shape = Shape.image(1, 2, 2);
        FMatrixRMaj ones = new FMatrixRMaj(2, 4);
        ones.fill(1f);
        BufferedImage plain = ImageGrid.grid(List.of(ones, ones), null, shape, 40);
        BufferedImage labelled = ImageGrid.grid(List.of(ones, ones), List.of("original", "reconstruction"), shape, 40);
        assertEquals(plain.getHeight(), labelled.getHeight());
        assertTrue(labelled.getWidth() > plain.getWidth() + 40, "room for the labels");
        // Cells keep their place counted from the right edge.
        int x = labelled.getWidth() - (40 + GAP) + 5;
        assertEquals(0xFFFFFF, rgb(labelled, x, GAP + 5));
        boolean anyInk = false;
        for (int px = 0; px < labelled.getWidth() - plain.getWidth(); px++) {
            for (int py = 0; py < labelled.getHeight(); py++) {
                anyInk |= rgb(labelled, px, py) != 0xFFFFFF;
            }
        }
        assertTrue(anyInk, "the labels must be drawn");
        assertThrows(IllegalArgumentException.class, () -> ImageGrid.grid(List.of(ones), List.of(), shape, 40));
        assertThrows(IllegalArgumentException.class,
                () -> ImageGrid.grid(List.of(ones), null, Shape.image(1, 3, 3), 40));
    }

    @Test
    void flatSamplesAreDrawnAsBars() {
        Shape shape = Shape.flat(4);
        FMatrixRMaj original = new FMatrixRMaj(2, 4, true, 1, -1, 2, 0, 0.5f, 0.5f, 0.5f, 0.5f);
        FMatrixRMaj rebuilt = new FMatrixRMaj(2, 4, true, 1, -1, 2, 0, 0, 0, 0, 0);
        int cell = 80;
        BufferedImage image = ImageGrid.grid(List.of(original, rebuilt), null, shape, cell);
        int cellH = cell * 2 / 3;
        assertEquals(GAP + 2 * (cell + GAP), image.getWidth());
        assertEquals(GAP + 2 * (cellH + GAP), image.getHeight());
        // Feature 2 (value 2, the maximum) fills its slot from the top: positive bar colour there.
        assertEquals(Palette.color(0).getRGB() & 0xFFFFFF, rgb(image, GAP + 2 * cell / 4 + 5, GAP + 3));
        // Feature 1 is negative: vermillion below the baseline.
        assertEquals(Palette.color(3).getRGB() & 0xFFFFFF, rgb(image, GAP + cell / 4 + 5, GAP + cellH - 3));
        // Feature 3 is zero: no bar, background at the top of its slot.
        assertNotEquals(Palette.color(0).getRGB() & 0xFFFFFF, rgb(image, GAP + 3 * cell / 4 + 5, GAP + 3));
    }
}
