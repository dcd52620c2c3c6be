package workbench.app.recon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import workbench.engine.Shape;

@ExtendWith(ApplicationExtension.class)
class ReconstructionGridTest {

    private static final int N = 16;
    private static final Shape DIGIT = Shape.image(1, 8, 8);
    private ReconstructionGrid grid;

    @Start
    void start(Stage stage) {
        grid = new ReconstructionGrid();
        stage.setScene(new Scene(grid, 1000, 420));
        stage.show();
    }

    private static FMatrixRMaj constant(int rows, int cols, float... perRow) {
        FMatrixRMaj m = new FMatrixRMaj(rows, cols);
        for (int r = 0; r < rows; r++) {
            float v = perRow[Math.min(r, perRow.length - 1)];
            for (int c = 0; c < cols; c++) {
                m.set(r, c, v);
            }
        }
        return m;
    }

    private static List<String> labels() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            out.add(Integer.toString(i % 10));
        }
        return out;
    }

    private Image snapshot(FxRobot robot) {
        Image[] image = new Image[1];
        robot.interact(() -> image[0] = grid.snapshotImage());
        return image[0];
    }

    private static int centreArgb(Image image, Rectangle2D cell) {
        PixelReader reader = image.getPixelReader();
        return reader.getArgb((int) (cell.getMinX() + cell.getWidth() / 2), (int) (cell.getMinY() + cell.getHeight() / 2));
    }

    private static void assertColour(int expected, int actual, String what) {
        for (int shift = 0; shift <= 16; shift += 8) {
            int e = (expected >> shift) & 0xFF;
            int a = (actual >> shift) & 0xFF;
            assertTrue(Math.abs(e - a) <= 2, what + ": expected " + Integer.toHexString(expected) + " but was "
                    + Integer.toHexString(actual));
        }
    }

    @Test
    void onesAreWhiteZerosBlackInTheOriginalRow(FxRobot robot) {
        // Sample 0 all 1.0, sample 1 all 0.0, the rest 0.25; every reconstruction 0.5.
        FMatrixRMaj originals = constant(N, DIGIT.size(), 1f, 0f, 0.25f);
        FMatrixRMaj recon = constant(N, DIGIT.size(), 0.5f);
        robot.interact(() -> grid.show(originals, recon, null, DIGIT, labels()));
        assertEquals(List.of(ReconstructionGrid.ORIGINAL_ROW, ReconstructionGrid.RECONSTRUCTION_ROW), grid.rowLabels());
        Image image = snapshot(robot);
        assertColour(0xFFFFFFFF, centreArgb(image, grid.cellBounds(0, 0)), "all-ones original");
        assertColour(0xFF000000, centreArgb(image, grid.cellBounds(0, 1)), "all-zeros original");
        assertColour(0xFF404040, centreArgb(image, grid.cellBounds(0, 2)), "0.25 original");
        assertColour(0xFF808080, centreArgb(image, grid.cellBounds(1, 0)), "0.5 reconstruction");

        Rectangle2D cell = grid.cellBounds(0, 0);
        assertEquals(cell.getWidth(), cell.getHeight(), 0, "square cell for a square image");
        assertTrue(cell.getWidth() >= 8, "the cell fills the space: " + cell.getWidth());
        assertEquals(0, (int) cell.getWidth() % 8, "whole-number enlargement keeps pixels square");
    }

    @Test
    void errorRowOnlyWhenToggledWithTheColourMapEnds(FxRobot robot) {
        FMatrixRMaj originals = constant(N, DIGIT.size(), 1f, 0.3f);
        // Sample 0 reconstructed as 0 (error 1, the largest), the others exactly (error 0).
        FMatrixRMaj recon = constant(N, DIGIT.size(), 0f, 0.3f);
        robot.interact(() -> grid.show(originals, recon, null, DIGIT, null));
        assertFalse(grid.rowLabels().contains(ReconstructionGrid.ERROR_ROW));

        robot.interact(() -> grid.setShowError(true));
        assertEquals(ReconstructionGrid.ERROR_ROW, grid.rowLabels().get(2));
        Image image = snapshot(robot);
        assertColour(Viridis.HIGH, centreArgb(image, grid.cellBounds(2, 0)), "largest error");
        assertColour(Viridis.LOW, centreArgb(image, grid.cellBounds(2, 1)), "no error");

        robot.interact(() -> grid.setShowError(false));
        assertEquals(2, grid.rowLabels().size());
    }

    @Test
    void denoisingAddsTheCorruptedRow(FxRobot robot) {
        FMatrixRMaj originals = constant(N, DIGIT.size(), 1f);
        FMatrixRMaj noisy = constant(N, DIGIT.size(), 0.25f);
        FMatrixRMaj recon = constant(N, DIGIT.size(), 0.75f);
        robot.interact(() -> grid.show(originals, recon, noisy, DIGIT, labels()));
        assertEquals(List.of(ReconstructionGrid.ORIGINAL_ROW, ReconstructionGrid.CORRUPTED_ROW,
                ReconstructionGrid.RECONSTRUCTION_ROW), grid.rowLabels());
        Image image = snapshot(robot);
        assertColour(0xFF404040, centreArgb(image, grid.cellBounds(1, 5)), "corrupted input");
        assertColour(0xFFBFBFBF, centreArgb(image, grid.cellBounds(2, 5)), "reconstruction");
    }

    @Test
    void aComparisonRowSitsUnderTheReconstructionsWithItsOwnLabel(FxRobot robot) {
        FMatrixRMaj originals = constant(N, DIGIT.size(), 1f);
        FMatrixRMaj recon = constant(N, DIGIT.size(), 0.75f);
        FMatrixRMaj pca = constant(N, DIGIT.size(), 0.25f, 0f);
        robot.interact(() -> {
            grid.show(originals, recon, null, DIGIT, labels());
            grid.setReconstructionLabel("autoencoder");
            grid.setComparison("PCA, 2 components", pca);
            grid.setShowError(true);
        });
        assertEquals(List.of(ReconstructionGrid.ORIGINAL_ROW, "autoencoder", "PCA, 2 components",
                ReconstructionGrid.ERROR_ROW), grid.rowLabels());
        Image image = snapshot(robot);
        assertColour(0xFFBFBFBF, centreArgb(image, grid.cellBounds(1, 3)), "autoencoder");
        assertColour(0xFF404040, centreArgb(image, grid.cellBounds(2, 0)), "PCA of sample 0");
        assertColour(0xFF000000, centreArgb(image, grid.cellBounds(2, 3)), "PCA of sample 3");

        // samples of another count drop a comparison that no longer fits
        FMatrixRMaj fewer = constant(4, DIGIT.size(), 1f);
        robot.interact(() -> grid.show(fewer, fewer, null, DIGIT, null));
        assertFalse(grid.rowLabels().contains("PCA, 2 components"));
        assertThrows(IllegalArgumentException.class, () -> grid.setComparison("PCA", pca));
        robot.interact(() -> {
            grid.setComparison(null, null);
            grid.setReconstructionLabel(null);
            grid.setShowError(false);
        });
        assertEquals(List.of(ReconstructionGrid.ORIGINAL_ROW, ReconstructionGrid.RECONSTRUCTION_ROW), grid.rowLabels());
    }

    @Test
    void rgbSamplesAreChannelMajor(FxRobot robot) {
        Shape rgb = Shape.image(3, 4, 4);
        FMatrixRMaj originals = new FMatrixRMaj(N, rgb.size());
        for (int r = 0; r < N; r++) {
            for (int p = 0; p < 16; p++) {
                originals.set(r, p, 1f);          // red plane
                originals.set(r, 32 + p, 0.5f);   // blue plane
            }
        }
        robot.interact(() -> grid.show(originals, originals, null, rgb, null));
        Image image = snapshot(robot);
        assertColour(0xFFFF0080, centreArgb(image, grid.cellBounds(0, 3)), "red plus half blue");
    }

    @Test
    void flatSamplesGetTheBarView(FxRobot robot) {
        Shape flat = Shape.flat(13);
        FMatrixRMaj originals = new FMatrixRMaj(N, 13);
        FMatrixRMaj recon = new FMatrixRMaj(N, 13);
        for (int r = 0; r < N; r++) {
            for (int c = 0; c < 13; c++) {
                originals.set(r, c, (float) Math.sin(r + c));
                recon.set(r, c, (float) (0.8 * Math.sin(r + c)));
            }
        }
        robot.interact(() -> {
            grid.show(originals, recon, null, flat, null);
            grid.setShowError(true); // has no picture row to add in the bar view
        });
        assertTrue(grid.isBarView());
        assertTrue(grid.rowLabels().isEmpty());
        assertNull(grid.cellBounds(0, 0));
        Image all = snapshot(robot);
        assertTrue(count(all, ReconstructionGrid.ORIGINAL_COLOUR) > 500, "original bars drawn");
        assertTrue(count(all, ReconstructionGrid.RECONSTRUCTION_COLOUR) > 500, "reconstruction bars drawn");

        robot.interact(() -> {
            grid.setFeatureNames(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m"));
            grid.setSelectedSample(3);
        });
        assertEquals(3, grid.getSelectedSample());
        Image one = snapshot(robot);
        assertTrue(count(one, ReconstructionGrid.ORIGINAL_COLOUR) > 500, "one sample, large");
        assertThrows(IllegalArgumentException.class, () -> grid.setSelectedSample(N));

        // Pictures never use the bar colours.
        robot.interact(() -> grid.show(constant(N, DIGIT.size(), 0.5f), constant(N, DIGIT.size(), 0.5f), null,
                DIGIT, null));
        assertFalse(grid.isBarView());
        assertEquals(0, count(snapshot(robot), ReconstructionGrid.ORIGINAL_COLOUR));
    }

    @Test
    void numberedTitlesTakeOneFormForTheWholeStrip(FxRobot robot) {
        FMatrixRMaj rows = new FMatrixRMaj(16, 13);
        robot.interact(() -> grid.show(rows, rows, null, Shape.flat(13), null));
        // the narrowest panel where the last sample's full title no longer fits
        double width = 20;
        while (!title(width, 15).equals("#16") && width < 400) {
            width += 1;
        }
        double at = width;
        assertEquals("#16", title(at, 15));
        assertEquals("#1", title(at, 0), "not 'sample 1' beside '#16'");
    }

    /** The grid's title for panel {@code i} at {@code width}, asked on the FX thread. */
    private String title(double width, int i) {
        return org.testfx.util.WaitForAsyncUtils.waitForAsyncFx(5_000, () -> grid.panelTitle(i, width));
    }

    @Test
    void rejectsMismatchedInputs(FxRobot robot) {
        FMatrixRMaj a = new FMatrixRMaj(N, 64);
        assertThrows(IllegalArgumentException.class, () -> grid.show(a, new FMatrixRMaj(N, 63), null, DIGIT, null));
        assertThrows(IllegalArgumentException.class, () -> grid.show(a, a, null, Shape.image(1, 7, 7), null));
        assertThrows(IllegalArgumentException.class, () -> grid.show(a, a, null, DIGIT, List.of("only one")));
    }

    private static int count(Image image, Color colour) {
        int target = 0xFF000000 | ((int) Math.round(colour.getRed() * 255) << 16)
                | ((int) Math.round(colour.getGreen() * 255) << 8) | (int) Math.round(colour.getBlue() * 255);
        PixelReader reader = image.getPixelReader();
        int n = 0;
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                if (reader.getArgb(x, y) == target) {
                    n++;
                }
            }
        }
        return n;
    }
}
