package workbench.app.latent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.concurrent.Callable;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The plot's text stays inside the component however low the pane: presenter mode at 1366x768
 * gave the latent plot about 112 px of height (at its zoom), and the x-axis label "PC1" was drawn
 * under the component's edge, where the time slider covered it.
 */
@ExtendWith(ApplicationExtension.class)
class PlotLayoutTest {

    @Start
    void start(Stage stage) {
        // text is measured with JavaFX's fonts: the toolkit must be up, no window is needed
    }

    private static <T> T onFx(Callable<T> work) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, work);
    }

    private static PlotLayout layout(double height) {
        return onFx(() -> PlotLayout.compute(500, height, ViewRange.DEFAULT, true, true, true, new Legend()));
    }

    @Test
    void theAxisLabelAndTheTitleStayInsideALowPane() {
        for (double height = 112; height <= 600; height += 4) {
            PlotLayout l = layout(height);
            assertTrue(l.xAxisLabelBottom() <= height, "at " + height + " px the x label ends at " + l.xAxisLabelBottom());
            assertTrue(l.titleTop() >= 0, "at " + height + " px the title starts at " + l.titleTop());
            assertTrue(l.projection().height() >= 40, "at " + height + " px the plot is " + l.projection().height());
        }
    }

    @Test
    void aRoomyPaneKeepsItsLabelUnderTheTicksAndALowOneMovesItIntoTheirRow() {
        PlotLayout roomy = layout(400);
        assertFalse(roomy.xLabelInTickRow());
        assertTrue(roomy.xAxisLabelBottom() > roomy.xTickLabelTop() + 30, "a band of its own under the tick labels");
        PlotLayout low = layout(120);
        assertTrue(low.xLabelInTickRow());
        assertTrue(low.titleBand() < roomy.titleBand(), "the title's band narrows first");
        assertTrue(low.projection().height() > 40, "the room given up goes to the plot");
    }

    @Test
    void aLowPaneStillShowsTwoTicksOnEachAxis() {
        // a VAE's codes span about -4.3 to 4.3: a step of 5 leaves only 0 in view
        ViewRange codes = new ViewRange(-3.6, 3.6, -4.3, 4.3);
        PlotLayout l = onFx(() -> PlotLayout.compute(330, 150, codes, true, true, true, new Legend()));
        assertTrue(l.yTicks().length >= 2, "y ticks " + Arrays.toString(l.yTicks()));
        assertTrue(l.xTicks().length >= 2, "x ticks " + Arrays.toString(l.xTicks()));
        // close ticks keep their marks, and labels go on every other one, zero among them
        double spacing = l.yStep() / codes.height() * l.projection().height();
        long labelled = Arrays.stream(l.yTicks()).filter(l::labelsYTick).count();
        assertTrue(l.labelsYTick(0), "zero is labelled");
        assertTrue(labelled >= 2 || l.yTicks().length < 3, "two labels at least: " + labelled);
        double[] shown = Arrays.stream(l.yTicks()).filter(l::labelsYTick).map(t -> l.projection().toY(t)).toArray();
        for (int i = 1; i < shown.length; i++) {
            assertTrue(Math.abs(shown[i] - shown[i - 1]) >= 24, "labels " + Math.abs(shown[i] - shown[i - 1])
                    + " px apart, ticks " + spacing + " px");
        }
    }

    @Test
    void aSecondPassKeepsTheFirstPassBands() {
        PlotLayout first = layout(120);
        PlotLayout second = onFx(() -> PlotLayout.compute(300, 200, ViewRange.DEFAULT, true, true, new Legend(), first));
        assertEquals(first.titleBand(), second.titleBand());
        assertEquals(first.xLabelInTickRow(), second.xLabelInTickRow());
        assertEquals(first.projection().top(), second.projection().top(), 1e-9);
    }
}
