package workbench.app.latent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class LatentScatterTest {

    private LatentScatter scatter;

    @Start
    void start(Stage stage) {
        scatter = new LatentScatter();
        stage.setScene(new Scene(scatter, 800, 600));
        stage.sizeToScene(); // TestFX shares the stage: a size an earlier test class gave it must not stay
        stage.show();
    }

    private static <T> T onFx(Callable<T> work) {
        T result = WaitForAsyncUtils.waitForAsyncFx(10_000, work);
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }

    private static void runFx(Runnable work) {
        onFx(() -> {
            work.run();
            return null;
        });
    }

    private Point2D screenOf(double dataX, double dataY) {
        return onFx(() -> scatter.localToScreen(scatter.dataToLocal(dataX, dataY)));
    }

    private void showThreePoints() {
        runFx(() -> {
            scatter.setPoints(new float[] {0, 1, 2}, new float[] {0, 1, 0}, new int[] {0, 1, 2},
                    List.of("zero", "one", "two"));
            scatter.redraw();
        });
    }

    /** Benchmark: the class comment claims a redraw in a few milliseconds; this measures it. */
    @Test
    @Tag("benchmark")
    void printsTheRedrawTimeOfTenThousandPointsAt800By600() {
        Blobs blobs = Blobs.of(10_000, 10, 7);
        runFx(() -> {
            scatter.setPoints(blobs.x(), blobs.y(), blobs.labels(), Blobs.FASHION);
            scatter.setAxisLabels("PC1", "PC2");
            scatter.setTitle("PCA projection of the 32-D code");
        });
        assertEquals(800, scatter.getWidth());
        assertEquals(600, scatter.getHeight());
        for (int i = 0; i < 5; i++) {
            runFx(scatter::redraw);
        }
        long[] nanos = new long[20];
        long[] withRendering = new long[20];
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = onFx(() -> {
                scatter.redraw();
                return scatter.lastRedrawNanos();
            });
            // For the record only: redraw plus the canvas actually rasterised, through a snapshot.
            withRendering[i] = onFx(() -> {
                long start = System.nanoTime();
                scatter.redraw();
                scatter.snapshotImage();
                return System.nanoTime() - start;
            });
        }
        Arrays.sort(nanos);
        Arrays.sort(withRendering);
        double median = (nanos[9] + nanos[10]) / 2e6;
        System.out.printf(Locale.ROOT, "BENCHMARK LatentScatter redraw of 10,000 points at 800x600: median %.2f ms,"
                + " min %.2f ms, max %.2f ms (20 redraws); redraw + snapshot: median %.2f ms, max %.2f ms%n",
                median, nanos[0] / 1e6,
                nanos[19] / 1e6, (withRendering[9] + withRendering[10]) / 2e6, withRendering[19] / 1e6);
        assertTrue(nanos[0] > 0, "every redraw timed itself");
    }

    @Test
    void clickingALegendEntryHidesAndShowsItsClass(FxRobot robot) {
        showThreePoints();
        Rectangle2D row = onFx(() -> scatter.legendEntryBounds(1));
        assertNotNull(row);
        Point2D centre = onFx(() -> scatter.localToScreen(row.getMinX() + row.getWidth() / 2,
                row.getMinY() + row.getHeight() / 2));
        robot.clickOn(centre);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(1), List.copyOf(scatter.hiddenClasses()));

        List<Integer> hovers = new ArrayList<>();
        runFx(() -> scatter.setOnHoverPoint(hovers::add));
        robot.moveTo(screenOf(1, 1));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(hovers.contains(1), "a hidden point cannot be hovered: " + hovers);

        robot.clickOn(centre);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(scatter.hiddenClasses().isEmpty());
    }

    @Test
    void hoveringAPointReportsItsIndexAndLeavingReportsMinusOne(FxRobot robot) {
        showThreePoints();
        List<Integer> hovers = new ArrayList<>();
        List<Integer> rendered = new ArrayList<>();
        runFx(() -> {
            scatter.setOnHoverPoint(hovers::add);
            scatter.setSampleRenderer(i -> {
                rendered.add(i);
                return new WritableImage(28, 28);
            });
        });
        Point2D onPoint = screenOf(1, 1);
        robot.moveTo(onPoint.add(3, -2));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, hovers.get(hovers.size() - 1), "hover events " + hovers);
        assertEquals(1, scatter.hoveredPoint());
        assertTrue(rendered.contains(1), "the card asked for the sample's image");
        assertTrue(onFx(scatter::hoverCardShown));

        robot.moveTo(screenOf(0.5, 0.5));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(-1, hovers.get(hovers.size() - 1), "hover events " + hovers);
        assertFalse(onFx(scatter::hoverCardShown));
    }

    @Test
    void clickingThePlotReportsTheDataCoordinatesUnderTheCursor(FxRobot robot) {
        showThreePoints();
        List<double[]> clicks = new ArrayList<>();
        runFx(() -> scatter.setOnPlotClicked((x, y) -> clicks.add(new double[] {x, y})));
        Rectangle2D area = onFx(scatter::plotArea);
        ViewRange view = scatter.viewRange();
        double px = area.getMinX() + 0.3 * area.getWidth();
        double py = area.getMinY() + 0.6 * area.getHeight();
        robot.clickOn(onFx(() -> scatter.localToScreen(px, py)));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, clicks.size());
        double expectedX = view.xMin() + 0.3 * view.width();
        double expectedY = view.yMax() - 0.6 * view.height();
        double pixelX = view.width() / area.getWidth();
        double pixelY = view.height() / area.getHeight();
        assertEquals(expectedX, clicks.get(0)[0], 1.5 * pixelX);
        assertEquals(expectedY, clicks.get(0)[1], 1.5 * pixelY);
        assertEquals(view, scatter.viewRange(), "a click does not pan");
    }

    @Test
    void draggingPansTheViewWithoutClicking(FxRobot robot) {
        showThreePoints();
        List<double[]> clicks = new ArrayList<>();
        runFx(() -> scatter.setOnPlotClicked((x, y) -> clicks.add(new double[] {x, y})));
        ViewRange before = scatter.viewRange();
        Rectangle2D area = onFx(scatter::plotArea);
        double cx = area.getMinX() + area.getWidth() / 2;
        double cy = area.getMinY() + area.getHeight() / 2;
        robot.drag(onFx(() -> scatter.localToScreen(cx, cy)))
                .dropTo(onFx(() -> scatter.localToScreen(cx + 100, cy)));
        WaitForAsyncUtils.waitForFxEvents();

        ViewRange after = scatter.viewRange();
        double expectedShift = -100 / area.getWidth() * before.width();
        assertEquals(expectedShift, after.xMin() - before.xMin(), 2 / area.getWidth() * before.width());
        assertEquals(before.yMin(), after.yMin(), 2 / area.getHeight() * before.height());
        assertTrue(clicks.isEmpty(), "a drag is not a click");

        runFx(scatter::resetView);
        assertEquals(before, scatter.viewRange());
    }

    @Test
    void theViewStaysWhilePointsMoveALittleAndRefitsWhenTheyLeave() {
        Blobs blobs = Blobs.of(2_000, 10, 3);
        runFx(() -> scatter.setPoints(blobs.x(), blobs.y(), blobs.labels(), Blobs.FASHION));
        ViewRange first = scatter.viewRange();
        float[] nudged = blobs.x().clone();
        for (int i = 0; i < nudged.length; i++) {
            nudged[i] *= 1.03f;
        }
        runFx(() -> scatter.setPoints(nudged, blobs.y(), blobs.labels(), Blobs.FASHION));
        assertEquals(first, scatter.viewRange());

        float[] far = blobs.x().clone();
        for (int i = 0; i < far.length; i++) {
            far[i] *= 3f;
        }
        runFx(() -> scatter.setPoints(far, blobs.y(), blobs.labels(), Blobs.FASHION));
        assertNotEquals(first, scatter.viewRange());
        assertTrue(scatter.viewRange().xMax() > 2 * first.xMax(), "refitted to " + scatter.viewRange());
    }

    /** Mean of blue minus red over the 15 x 15 pixels around {@code at}. */
    private static double blueMinusRed(Image image, Point2D at) {
        double sum = 0;
        int n = 0;
        for (int dy = -7; dy <= 7; dy++) {
            for (int dx = -7; dx <= 7; dx++) {
                javafx.scene.paint.Color c = image.getPixelReader().getColor((int) at.getX() + dx, (int) at.getY() + dy);
                sum += c.getBlue() - c.getRed();
                n++;
            }
        }
        return sum / n;
    }

    @Test
    void rendersAnExampleToLookAt(FxRobot robot) throws Exception {
        Blobs blobs = Blobs.of(10_000, 10, 11);
        WritableImage image = onFx(() -> {
            scatter.setPoints(blobs.x(), blobs.y(), blobs.labels(), Blobs.FASHION);
            scatter.setAxisLabels("PC1", "PC2");
            scatter.setTitle("PCA projection of the 32-D code");
            return scatter.snapshotImage();
        });
        assertEquals(800, (int) image.getWidth());
        assertEquals(600, (int) image.getHeight());
        PngFiles.write(image, "/tmp/latent-example.png");
        // Class 0 (blue) sits at (3, 0), class 1 (orange) at (2.43, 1.18): each window leans to its colour.
        double blueAt0 = blueMinusRed(image, onFx(() -> scatter.dataToLocal(3, 0)));
        double blueAt1 = blueMinusRed(image, onFx(() -> scatter.dataToLocal(2.43, 1.18)));
        assertTrue(blueAt0 > 0.1 && blueAt1 < -0.1, "blue minus red: " + blueAt0 + " at class 0, " + blueAt1
                + " at class 1");

        runFx(() -> {
            scatter.hiddenClasses().add(3);
            scatter.setSampleRenderer(i -> new WritableImage(56, 56));
        });
        robot.moveTo(screenOf(blobs.x()[5], blobs.y()[5]));
        WaitForAsyncUtils.waitForFxEvents();
        Image withCard = onFx(() -> scatter.getScene().snapshot(null));
        PngFiles.write(withCard, "/tmp/latent-example-hover.png");
    }
}
