package workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.ChoiceBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import workbench.app.viewmodel.RunViewModel.State;

/** The latent plot's t-SNE option: computed in the background, shown when ready, decodable by nearest sample. */
@ExtendWith(ApplicationExtension.class)
class TsneViewTest {
    private WindowHarness w;

    @Start
    void start(Stage stage) {
        w = new WindowHarness(stage);
    }

    @Test
    void tsneMapOfAnEightDimensionalCode(FxRobot robot) {
        w.until(State.READY);
        WindowHarness.fx(() -> {
            w.vm.designer().latentSizeProperty().set(8);
            w.vm.training().epochsProperty().set(3);
        });
        WindowHarness.fx(w.vm::train);
        w.until(State.FINISHED);
        OutputArea outputs = w.window.outputs();
        @SuppressWarnings("unchecked")
        ChoiceBox<String> choice = robot.lookup("#projection").queryAs(ChoiceBox.class);
        WindowHarness.fx(() -> choice.setValue("t-SNE"));
        w.until(outputs::showsTsne);
        var scatter = outputs.latentScatter();
        var area = WindowHarness.onFx(scatter::plotArea);
        robot.clickOn(WindowHarness.onFx(() -> scatter.localToScreen(area.getMinX() + area.getWidth() / 2,
                area.getMinY() + area.getHeight() / 2)));
        w.until(() -> outputs.decodedImage() != null);
        assertNotNull(outputs.decodedImage());
        WindowHarness.fx(() -> choice.setValue("PCA"));
        w.until(() -> !outputs.showsTsne());
        assertEquals(8, (int) WindowHarness.onFx(() -> w.vm.run().snapshotProperty().get().codes().numCols));
        assertTrue(WindowHarness.onFx(() -> w.vm.run().snapshotProperty().get().projection() != null));
    }
}
