package workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static workbench.app.WindowHarness.fx;
import static workbench.app.WindowHarness.onFx;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import workbench.app.viewmodel.RunViewModel.State;
import workbench.engine.LayerKind;
import workbench.engine.LayerSpec;
import workbench.session.Presets;

/** What the window tells the user where they look: refused values, design problems, pauses, files written. */
@ExtendWith(ApplicationExtension.class)
class FeedbackWindowTest {
    @TempDir
    Path dir;

    private WindowHarness w;

    @Start
    void start(Stage stage) {
        w = new WindowHarness(stage);
    }

    private String status(FxRobot robot) {
        return onFx(() -> robot.lookup("#statusMessage").queryAs(Label.class).getText());
    }

    @Test
    void aKernelOutOfRangeIsExplainedAtTheFieldAndInTheStatusBar(FxRobot robot) {
        w.until(State.READY);
        fx(() -> w.vm.designer().encoder().get(0).kindProperty().set(LayerKind.CONV));
        w.until(() -> robot.lookup("#encoderKernel0").tryQuery().isPresent());
        Spinner<?> kernel = robot.lookup("#encoderKernel0").queryAs(Spinner.class);
        fx(() -> {
            kernel.getEditor().setText("99");
            kernel.commitValue();
        });
        String why = "Kernel: 99 is too large; it can be 1 to 64, so it is 64.";
        assertEquals(64, onFx(() -> w.vm.designer().encoder().get(0).kernelProperty().get()));
        assertEquals(why, onFx(() -> kernel.getTooltip().getText()));
        assertEquals(why, status(robot));
        fx(() -> {
            kernel.getEditor().setText("5");
            kernel.commitValue();
        });
        assertEquals("", onFx(kernel::getStyle), "a good value clears the red outline");
    }

    @Test
    void aPaddingRowShowsItsBorderAloneUnderThatName(FxRobot robot) {
        w.until(State.READY);
        fx(() -> {
            w.vm.designer().encoder().get(0).kindProperty().set(LayerKind.ZERO_PADDING);
            w.vm.designer().encoder().get(0).kernelProperty().set(2);
        });
        Spinner<?> border = robot.lookup("#encoderKernel0").queryAs(Spinner.class);
        assertTrue(onFx(() -> shown(border)), "the border field is shown");
        assertEquals("border", onFx(() -> ((Label) border.getParent().getChildrenUnmodifiable().get(0)).getText()));
        assertFalse(onFx(() -> shown(robot.lookup("#encoderUnits0").query())), "no units for a padding");
        assertFalse(onFx(() -> shown(robot.lookup("#encoderShape0").query())), "nor a shape");
        assertEquals(LayerSpec.zeroPadding(2), onFx(() -> w.vm.designer().encoder().get(0).toSpec()));
        fx(() -> w.vm.designer().encoder().get(0).kindProperty().set(LayerKind.DENSE));
        assertTrue(onFx(() -> shown(robot.lookup("#encoderUnits0").query())), "a dense row's units again");
    }

    /** True when the node and everything it sits in are visible. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void theDesignProblemIsShownUnderTheRowAtFaultAndInTheStatusBar(FxRobot robot) {
        w.until(State.READY);
        fx(() -> w.vm.designer().encoder().get(1).unitsProperty().set(0));
        Node problem = robot.lookup("#designProblem").query();
        Node units = robot.lookup("#encoderUnits1").query();
        Pane row = onFx(() -> (Pane) problem.getParent());
        assertTrue(onFx(() -> isInside(units, row)), "the words sit in the faulty row's box");
        assertTrue(status(robot).startsWith("Design: "), status(robot));
        fx(() -> w.vm.designer().encoder().get(1).unitsProperty().set(4));
        assertEquals("", status(robot), "mended: the words go");
        assertFalse(onFx(problem::isVisible));
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aPausedRunShowsPausedOnTheToolbarAndWhereInTheStatusBar(FxRobot robot) {
        w.until(State.READY);
        fx(() -> {
            w.vm.training().epochsProperty().set(5);
            w.vm.stepBatch();
        });
        w.until(() -> w.vm.run().stateProperty().get() == State.PAUSED && w.vm.run().progressProperty().get() != null);
        ToggleButton pause = robot.lookup("#pause").queryAs(ToggleButton.class);
        assertTrue(onFx(pause::isSelected));
        assertEquals("Paused", onFx(pause::getText));
        assertEquals("Paused at epoch 1, batch 1",
                onFx(() -> robot.lookup("#statusPosition").queryAs(Label.class).getText()));
        fx(pause::fire);
        w.until(() -> w.vm.run().stateProperty().get() != State.PAUSED);
        assertEquals("Pause", onFx(pause::getText));
        fx(() -> w.vm.run().stop());
        w.until(State.FINISHED);
    }

    @Test
    void anExportIsConfirmedWithItsFileName(FxRobot robot) throws Exception {
        w.until(State.READY);
        Path file = dir.resolve("loss.png");
        MainMenus menus = onFx(() -> new MainMenus(w.vm, w.window.outputs(), () -> null));
        fx(() -> menus.write(file, "the loss chart", w.window.outputs().exports()::exportLossPng, false));
        assertTrue(Files.size(file) > 0);
        assertEquals("Saved the loss chart to " + file, status(robot));
    }

    @Test
    void thePresetsMenuDescribesEachPresetBeforeItIsLoaded() {
        MenuBar bar = onFx(() -> new MainMenus(w.vm, w.window.outputs(), () -> null).create());
        Menu presets = onFx(() -> bar.getMenus().stream().filter(m -> m.getText().equals("Presets")).findFirst()
                .orElseThrow());
        var all = Presets.all();
        assertEquals(all.size(), presets.getItems().size());
        for (int i = 0; i < all.size(); i++) {
            CustomMenuItem item = (CustomMenuItem) presets.getItems().get(i);
            var texts = onFx(() -> ((Pane) item.getContent()).getChildren().stream()
                    .map(n -> ((Label) n).getText()).toList());
            assertEquals(all.get(i).title(), texts.get(0));
            assertTrue(all.get(i).explanation().startsWith(texts.get(1)), texts.get(1));
            assertTrue(texts.get(1).endsWith("."), "a whole sentence: " + texts.get(1));
        }
    }

    @Test
    void theQuitQuestionCountsTheUnsavedRuns() {
        assertEquals("Quit and lose 5 unsaved runs?", MainMenus.quitQuestion(5));
        assertEquals("Quit and lose 1 unsaved run?", MainMenus.quitQuestion(1));
    }
}
