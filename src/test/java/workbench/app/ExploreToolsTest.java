package workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import workbench.app.image.SampleImages;
import workbench.app.viewmodel.RunViewModel.State;
import workbench.session.ModelHost;
import workbench.session.TrainingSnapshot;

/** The time slider, the interpolation strip and the manifold, driven through the window. */
@ExtendWith(ApplicationExtension.class)
class ExploreToolsTest {
    @TempDir
    Path dir;

    private WindowHarness w;

    @Start
    void start(Stage stage) {
        w = new WindowHarness(stage);
    }

    @Test
    void replayInterpolateTileAndReport(FxRobot robot) throws Exception {
        w.until(State.READY);
        WindowHarness.fx(() -> w.vm.training().epochsProperty().set(4));
        WindowHarness.fx(w.vm::train);
        w.until(State.FINISHED);
        OutputArea outputs = w.window.outputs();
        ModelHost run = WindowHarness.onFx(() -> w.vm.run().runProperty().get());
        assertEquals(java.util.List.of(1, 2, 3, 4), run.epochSnapshots().epochs());

        // the time slider at epoch 1 shows the codes kept at the end of epoch 1
        WindowHarness.fx(() -> outputs.replayBar().choose(1));
        TrainingSnapshot first = run.epochSnapshots().at(1);
        assertEquals(1, (int) WindowHarness.onFx(() -> outputs.shownSnapshot().epoch()));
        assertEquals(first, WindowHarness.onFx(outputs::shownSnapshot));
        for (int i : new int[] {0, 7, first.plane().numRows - 1}) {
            var p = WindowHarness.onFx(() -> outputs.latentScatter().point(i));
            assertEquals(first.plane().get(i, 0), p.getX(), 0);
            assertEquals(first.plane().get(i, 1), p.getY(), 0);
        }
        assertTrue(WindowHarness.onFx(() -> !outputs.replayBar().isLive()));
        robot.clickOn("#epochLive");
        w.until(() -> outputs.shownSnapshot().epoch() == 4);

        // interpolation between test samples 3 and 11: its ends are their reconstructions
        InterpolationTab tab = outputs.interpolationTab();
        WindowHarness.fx(() -> {
            outputs.exploreTabs().getSelectionModel().select(tab);
            tab.pick(3, false);
            tab.pick(11, true);
        });
        w.until(() -> tab.strip().steps() == InterpolationTab.STEPS);
        FMatrixRMaj rebuilt = run.queryAndWait(m -> m.reconstruct(run.data().test().features()));
        var shape = run.data().sampleShape();
        assertSamePixels(SampleImages.toImage(rebuilt, 3, shape, 1), tab.strip().imageAt(0));
        assertSamePixels(SampleImages.toImage(rebuilt, 11, shape, 1), tab.strip().imageAt(InterpolationTab.STEPS - 1));

        // the manifold tiles the plotted region once its tab is on show
        WindowHarness.fx(() -> outputs.exploreTabs().getSelectionModel().select(outputs.manifoldTab()));
        w.until(() -> outputs.manifoldTab().view().hasTiles());

        // Export > Report as HTML writes one self-contained page, and says so on the FX thread once written
        Path report = dir.resolve("report.html");
        java.util.List<String> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.atomic.AtomicBoolean written = new java.util.concurrent.atomic.AtomicBoolean();
        WindowHarness.fx(() -> {
            try {
                outputs.exports().exportReport(report, () -> written.set(javafx.application.Platform.isFxApplicationThread()
                        && Files.exists(report)), failures::add);
            } catch (java.io.IOException e) {
                failures.add(e.getMessage());
            }
        });
        w.until(() -> written.get() || !failures.isEmpty());
        assertTrue(failures.isEmpty(), failures.toString());
        String html = Files.readString(report);
        assertTrue(html.contains("<svg") && html.contains("data:image/png;base64,"), "figures embedded");
    }

    /** The strip may enlarge its pictures by a whole factor; every sample pixel must keep its grey. */
    private static void assertSamePixels(Image expected, Image actual) {
        int w = (int) expected.getWidth();
        int h = (int) expected.getHeight();
        int factor = (int) actual.getWidth() / w;
        assertEquals(h * factor, (int) actual.getHeight());
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int e = expected.getPixelReader().getArgb(x, y) & 0xff;
                int a = actual.getPixelReader().getArgb(x * factor, y * factor) & 0xff;
                assertTrue(Math.abs(e - a) <= 1, "pixel " + x + "," + y + ": " + e + " vs " + a);
            }
        }
    }
}
