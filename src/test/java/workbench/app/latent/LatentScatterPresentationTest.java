package workbench.app.latent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** In presenter mode the plot is drawn larger, and the mouse still lands where the eye says. */
@ExtendWith(ApplicationExtension.class)
class LatentScatterPresentationTest {

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

    private void present(boolean on) {
        onFx(() -> {
            scatter.setPoints(new float[] {0, 1, 2}, new float[] {0, 1, 0}, new int[] {0, 1, 2},
                    List.of("zero", "one", "two"));
            scatter.setPresentation(on);
            scatter.redraw();
            return null;
        });
    }

    @Test
    void textAndLegendGrowByTheScale() {
        present(false);
        Rectangle2D desk = onFx(() -> scatter.legendEntryBounds(0));
        present(true);
        Rectangle2D large = onFx(() -> scatter.legendEntryBounds(0));
        assertEquals(desk.getHeight() * LatentScatter.PRESENTATION_SCALE, large.getHeight(), 1.0);
        assertTrue(large.getWidth() > desk.getWidth());
    }

    @Test
    void hoverClickAndLegendStillHitTheirTargets(FxRobot robot) {
        present(true);
        List<double[]> clicks = new ArrayList<>();
        onFx(() -> {
            scatter.setOnPlotClicked((x, y) -> clicks.add(new double[] {x, y}));
            return null;
        });
        Point2D onPoint = onFx(() -> scatter.localToScreen(scatter.dataToLocal(1, 1)));
        robot.moveTo(onPoint.add(2, -2));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, scatter.hoveredPoint());

        Point2D spot = onFx(() -> scatter.localToScreen(scatter.dataToLocal(0.5, 0.25)));
        robot.clickOn(spot);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, clicks.size());
        double pixel = scatter.viewRange().width() / onFx(scatter::plotArea).getWidth();
        assertEquals(0.5, clicks.get(0)[0], 2 * pixel);
        assertEquals(0.25, clicks.get(0)[1], 2 * pixel);

        Rectangle2D row = onFx(() -> scatter.legendEntryBounds(2));
        robot.clickOn(onFx(() -> scatter.localToScreen(row.getMinX() + row.getWidth() / 2,
                row.getMinY() + row.getHeight() / 2)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(2), List.copyOf(scatter.hiddenClasses()));
    }
}
