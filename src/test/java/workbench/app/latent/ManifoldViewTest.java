package workbench.app.latent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import workbench.engine.Shape;

/** The mosaic puts tile (r, c) where its code lies: row 0 at the top, tiles keeping their shape. */
@ExtendWith(ApplicationExtension.class)
class ManifoldViewTest {

    private ManifoldView view;

    @Start
    void start(Stage stage) {
        view = new ManifoldView();
        stage.setScene(new Scene(view, 700, 520));
        stage.show();
    }

    private static <T> T onFx(Callable<T> work) {
        T result = WaitForAsyncUtils.waitForAsyncFx(10_000, work);
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }

    /** Six 4x4 grey tiles, tile i all at level 40 * (i + 1). */
    private static float[][] greyTiles() {
        float[][] tiles = new float[6][16];
        for (int i = 0; i < 6; i++) {
            java.util.Arrays.fill(tiles[i], 40 * (i + 1) / 255f);
        }
        return tiles;
    }

    @Test
    void tilesRunRowByRowFromTheTopLeft() {
        ViewRange codes = new ViewRange(-1, 1, -2, 2);
        WritableImage shot = onFx(() -> {
            view.setAxisLabels("z1", "z2");
            view.show(greyTiles(), Shape.image(1, 4, 4), 3, 2, codes);
            return view.snapshotImage();
        });
        assertTrue(onFx(view::hasTiles));
        ViewRange extent = onFx(view::extent);
        assertEquals(-1.5, extent.xMin(), 1e-12, "half a tile past the first code");
        assertEquals(4, extent.yMax(), 1e-12);
        for (int r = 0; r < 2; r++) {
            for (int c = 0; c < 3; c++) {
                int rr = r;
                int cc = c;
                Rectangle2D tile = onFx(() -> view.tileBounds(rr, cc));
                assertEquals(tile.getWidth(), tile.getHeight(), 0.5, "square pictures stay square");
                int argb = shot.getPixelReader().getArgb((int) tile.getMinX() + (int) tile.getWidth() / 2,
                        (int) tile.getMinY() + (int) tile.getHeight() / 2);
                assertEquals(40 * (r * 3 + c + 1), argb & 0xFF, "tile (" + r + ", " + c + ")");
            }
        }
        assertTrue(onFx(() -> view.tileBounds(0, 0)).getMinY() < onFx(() -> view.tileBounds(1, 0)).getMinY());
    }

    @Test
    void tableRowsBecomeHeatStripsAndClearingSaysWhy() {
        float[][] rows = {{0, 1}, {1, 0}};
        WritableImage shot = onFx(() -> {
            view.show(rows, Shape.flat(2), 2, 1, new ViewRange(0, 1, 0, 1));
            return view.snapshotImage();
        });
        Rectangle2D tile = onFx(() -> view.tileBounds(0, 0));
        int left = shot.getPixelReader().getArgb((int) (tile.getMinX() + tile.getWidth() * 0.25),
                (int) (tile.getMinY() + tile.getHeight() / 2));
        int right = shot.getPixelReader().getArgb((int) (tile.getMinX() + tile.getWidth() * 0.75),
                (int) (tile.getMinY() + tile.getHeight() / 2));
        assertEquals(0xFF440154, left);
        assertEquals(0xFFFDE725, right);
        onFx(() -> {
            view.clear("t-SNE has no inverse");
            return null;
        });
        assertFalse(onFx(view::hasTiles));
    }
}
