package workbench.app.latent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.concurrent.Callable;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import workbench.app.charts.FigureSnapshots;
import workbench.engine.Shape;

/** The manifold's axis labels stay beside its tiles at any aspect, and presenter mode enlarges them and undoes exactly. */
@ExtendWith(ApplicationExtension.class)
class ManifoldViewPresentationTest {
    /** Room between the y label and the tiles: the widest tick label ("-2.5", about 30 px), ticks and gaps. */
    static final double MAX_LABEL_GAP = 80;

    private ManifoldView view;

    @Start
    void start(Stage stage) {
        view = new ManifoldView();
        FigureSnapshots.host(stage, view);
        int n = 15;
        float[][] tiles = new float[n * n][28 * 28];
        for (int i = 0; i < tiles.length; i++) {
            for (int p = 0; p < 28 * 28; p++) {
                int x = p % 28;
                int y = p / 28;
                double ring = Math.hypot(x - 14, y - 14);
                tiles[i][p] = Math.abs(ring - 4 - (i % n) / 3.0 - (i / n) / 4.0) < 1.6 ? 1f : 0f;
            }
        }
        view.setAxisLabels("z1", "z2");
        view.setTitle("Decoded manifold");
        view.show(tiles, Shape.image(1, 28, 28), n, n, new ViewRange(-2.5, 2.5, -2.5, 2.5));
    }

    private <T> T onFx(Callable<T> work) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, work);
    }

    private void size(double w, double h) {
        onFx(() -> {
            view.resize(w, h);
            view.layout();
            return null;
        });
    }

    /**
     * Under the plots the manifold's tab is wide and low: the title goes to the free column right of
     * the square grid, and the band it took above the grid (30 units more than the bare frame needs) goes to the grid. A view too
     * narrow for that column keeps the title above.
     */
    @Test
    void aWideLowViewPutsTheTitleBesideTheGridAndGivesTheGridItsBand() {
        for (boolean presenting : new boolean[] {false, true}) {
            onFx(() -> {
                view.setPresentation(presenting);
                return null;
            });
            double zoom = presenting ? ManifoldView.PRESENTATION_SCALE : 1;
            size(1000, 330);
            assertTrue(onFx(view::titleBeside), "wide: the title beside the grid");
            Rectangle2D wide = onFx(view::plotArea);
            // 12 units of padding and 4 above the frame; no title band
            assertEquals(16 * zoom, wide.getMinY(), 0.5, "wide: the grid starts at the top");
            size(380, 330);
            assertFalse(onFx(view::titleBeside), "narrow: no column beside the grid, so the title is above");
            Rectangle2D narrow = onFx(view::plotArea);
            assertTrue(narrow.getMinY() >= 46 * zoom, "narrow: the title's band above the grid, top at " + narrow.getMinY());
            assertTrue(wide.getHeight() >= narrow.getHeight() + 29 * zoom, "the wide view's grid is taller by the band: "
                    + wide.getHeight() + " vs " + narrow.getHeight());
        }
        onFx(() -> {
            view.setPresentation(false);
            return null;
        });
    }

    @Test
    void theYLabelStaysBesideTheTilesWhateverTheAspect() {
        for (double[] size : new double[][] {{1200, 400}, {400, 1000}, {600, 600}}) {
            for (boolean presenting : new boolean[] {false, true}) {
                onFx(() -> {
                    view.setPresentation(presenting);
                    return null;
                });
                size(size[0], size[1]);
                Rectangle2D plot = onFx(view::plotArea);
                double label = onFx(view::yAxisLabelLeft);
                double gap = plot.getMinX() - label;
                assertTrue(gap > 0 && gap <= MAX_LABEL_GAP * (presenting ? ManifoldView.PRESENTATION_SCALE : 1),
                        "the z2 label is " + gap + " px left of the tiles at " + size[0] + " x " + size[1]);
            }
        }
    }

    @Test
    void presenterModeEnlargesTheAxesAndOffRestoresTheLayoutExactly() {
        size(900, 600);
        Rectangle2D before = onFx(view::plotArea);
        Rectangle2D firstTile = onFx(() -> view.tileBounds(0, 0));
        double labelBefore = onFx(view::yAxisLabelLeft);
        onFx(() -> {
            view.setPresentation(true);
            return null;
        });
        Rectangle2D presenting = onFx(view::plotArea);
        assertTrue(presenting.getHeight() < before.getHeight(), "larger text leaves the tiles less height: "
                + presenting + " against " + before);
        assertTrue(onFx(view::isPresentation));
        onFx(() -> {
            view.setPresentation(false);
            return null;
        });
        assertEquals(before, onFx(view::plotArea));
        assertEquals(firstTile, onFx(() -> view.tileBounds(0, 0)));
        assertEquals(labelBefore, onFx(view::yAxisLabelLeft), 0);
    }

    @Test
    @EnabledIfSystemProperty(named = "ui.examples", matches = "true")
    void examplesForLookingAt() {
        for (boolean presenting : new boolean[] {false, true}) {
            FigureSnapshots.save(view, 900, 420, presenting, "manifold");
            FigureSnapshots.save(view, 420, 700, presenting, "manifold");
        }
        assertTrue(Arrays.asList(FigureSnapshots.DIR.toFile().list()).contains("manifold-900x420.png"));
    }
}
