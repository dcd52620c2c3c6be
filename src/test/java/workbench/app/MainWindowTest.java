package workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import workbench.app.viewmodel.RunViewModel.State;

/** The whole path a user takes through the window, headless, clicking the real controls. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    Path dir;

    private WindowHarness w;

    @Start
    void start(Stage stage) {
        w = new WindowHarness(stage);
    }

    private void setSpinner(FxRobot robot, String id, int value) {
        Spinner<?> spinner = robot.lookup(id).queryAs(Spinner.class);
        WindowHarness.fx(() -> WindowHarness.reveal(spinner));
        robot.doubleClickOn(spinner.getEditor());
        robot.eraseText(8).write(Integer.toString(value)).type(KeyCode.ENTER);
    }

    @Test
    void chooseDesignTrainWatchPauseResumeStopSaveOpenExport(FxRobot robot) throws Exception {
        w.until(State.READY);
        assertEquals("digits-8x8", WindowHarness.onFx(() -> w.vm.dataset().sourceProperty().get()));

        // change the encoder: add a third layer, give it 8 units, then remove the second
        robot.clickOn("#encoderAddLayer");
        w.until(() -> w.vm.designer().encoder().size() == 3);
        setSpinner(robot, "#encoderUnits2", 8);
        robot.clickOn("#encoderRemove1");
        w.until(() -> w.vm.designer().encoder().size() == 2);
        String summary = robot.lookup("#designSummary").queryAs(Label.class).getText();
        assertTrue(summary.startsWith("64-32-8-[2]-8-32-64"), summary);

        // a layer without units is explained and disables Train
        setSpinner(robot, "#encoderUnits1", 0);
        w.until(() -> !w.vm.designer().problemProperty().get().isEmpty());
        assertTrue(robot.lookup("#train").queryAs(Button.class).isDisabled());
        assertTrue(robot.lookup("#designProblem").queryAs(Label.class).getText().contains("at least 1 unit"));
        setSpinner(robot, "#encoderUnits1", 8);
        w.until(State.READY);

        // train two epochs and watch every view fill
        setSpinner(robot, "#epochs", 2);
        robot.clickOn("#train");
        w.until(State.FINISHED);
        OutputArea outputs = w.window.outputs();
        assertTrue(WindowHarness.onFx(() -> outputs.lossChart().batchCount()) > 0, "loss chart gained points");
        assertEquals(2, WindowHarness.onFx(() -> w.vm.run().history().size()));
        assertEquals(java.util.List.of("original", "reconstruction"),
                WindowHarness.onFx(() -> outputs.reconstructionGrid().rowLabels()));
        assertEquals(359, WindowHarness.onFx(() -> w.vm.run().snapshotProperty().get().codes().numRows));
        assertTrue(robot.lookup("#statusPosition").queryAs(Label.class).getText().startsWith("Epoch 2/2"));

        // clicking in the latent plot decodes that point into an 8x8 picture
        var scatter = outputs.latentScatter();
        var area = WindowHarness.onFx(scatter::plotArea);
        var onScreen = WindowHarness.onFx(() -> scatter.localToScreen(area.getMinX() + area.getWidth() / 2,
                area.getMinY() + area.getHeight() / 2));
        robot.clickOn(onScreen);
        w.until(() -> outputs.decodedImage() != null);
        assertEquals(8 * 12, (int) Math.round(WindowHarness.onFx(() -> outputs.decodedImage().getWidth())), "8 pixels at 12x");

        // a long run: pause, resume, stop
        setSpinner(robot, "#epochs", 100_000);
        robot.clickOn("#train");
        w.until(State.RUNNING);
        robot.clickOn("#pause");
        w.until(State.PAUSED);
        int pausedAt = WindowHarness.onFx(() -> w.vm.run().progressProperty().get().batch());
        // three round trips to the training thread, which answers between batches: a trainer that had not
        // paused would run batches in between; then the frames that would publish them
        for (int i = 0; i < 3; i++) {
            w.vm.run().withModel(m -> m).get(30, java.util.concurrent.TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals(pausedAt, (int) WindowHarness.onFx(() -> w.vm.run().progressProperty().get().batch()),
                "no batch runs while paused");
        robot.clickOn("#train");
        w.until(State.RUNNING);
        robot.clickOn("#stop");
        w.until(State.FINISHED);
        assertTrue(WindowHarness.onFx(() -> w.vm.run().messageProperty().get()).startsWith("Training was stopped"));
        int epochsTrained = WindowHarness.onFx(() -> w.vm.run().history().size());
        assertTrue(epochsTrained >= 2);

        // save the model and open it again: design, history and plots come back
        Path model = dir.resolve("model.npz");
        WindowHarness.fx(() -> w.window.perform(w.vm::saveModel, model));
        assertTrue(Files.size(model) > 0);
        WindowHarness.fx(w.vm::reset);
        w.until(() -> w.vm.run().history().isEmpty());
        WindowHarness.fx(() -> w.window.perform(w.vm::openModel, model));
        w.until(State.READY);
        assertEquals(epochsTrained, (int) WindowHarness.onFx(() -> w.vm.run().history().size()));
        assertEquals(8, (int) WindowHarness.onFx(() -> w.vm.designer().encoder().get(1).unitsProperty().get()));

        // export the loss chart as PNG and check the file
        Path png = dir.resolve("loss.png");
        WindowHarness.fx(() -> w.window.perform(outputs.exports()::exportLossPng, png));
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1200, image.getWidth());
        assertEquals(800, image.getHeight());
        Path latent = dir.resolve("latent.png");
        WindowHarness.fx(() -> w.window.perform(outputs.exports()::exportLatentPng, latent));
        assertTrue(ImageIO.read(latent.toFile()).getWidth() > 100);
        assertFalse(Files.exists(dir.resolve("loss.png.tmp")));
    }

    @Test
    void aDivergingRunIsExplainedInTheWindowAndTheDesignStays(FxRobot robot) {
        w.until(State.READY);
        WindowHarness.fx(() -> {
            w.vm.training().optimizerProperty().set(workbench.engine.OptimizerKind.SGD);
            w.vm.training().learningRateProperty().set(1e6);
            w.vm.training().epochsProperty().set(20);
            w.vm.designer().outputActivationProperty().set(workbench.engine.ActivationFunction.LINEAR);
            w.vm.designer().lossProperty().set(workbench.engine.LossFunction.MSE);
        });
        robot.clickOn("#train");
        w.until(State.FAILED);
        javafx.scene.control.DialogPane dialog = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
        assertTrue(dialog.getContentText().startsWith("Training diverged at epoch "), dialog.getContentText());
        assertTrue(dialog.getContentText().contains("try 0.0100"), "the usual rate: " + dialog.getContentText());
        assertFalse(dialog.getContentText().contains("Exception"));
        assertTrue(robot.lookup("#statusMessage").queryAs(Label.class).getText().startsWith("Training diverged"));
        assertEquals(2, (int) WindowHarness.onFx(() -> w.vm.designer().encoder().size()), "the design is kept");
        WindowHarness.fx(() -> ((javafx.stage.Stage) dialog.getScene().getWindow()).close());

        // with a sane learning rate, Train starts afresh from the failed state
        assertFalse(robot.lookup("#train").queryAs(Button.class).isDisabled());
        WindowHarness.fx(() -> {
            w.vm.training().learningRateProperty().set(0.01);
            w.vm.training().epochsProperty().set(2);
        });
        robot.clickOn("#train");
        w.until(State.FINISHED);
        assertEquals(1, (int) WindowHarness.onFx(() -> w.vm.run().history().get(0).epoch()));
    }
}
