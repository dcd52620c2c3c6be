package workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static workbench.app.WindowHarness.fx;
import static workbench.app.WindowHarness.onFx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import workbench.app.viewmodel.RunViewModel.State;
import workbench.io.ModelFile;
import workbench.session.ModelExports.Format;

/** Export > Model as ONNX, as a PyTorch script, and the codes for the Embedding Projector, from the window. */
@ExtendWith(ApplicationExtension.class)
class ModelExportWindowTest {
    @TempDir
    Path dir;

    private WindowHarness w;

    @Start
    void start(Stage stage) {
        w = new WindowHarness(stage);
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theShownModelLeavesInEachFormatAndTheStatusBarNamesTheFiles(FxRobot robot) throws IOException {
        w.until(State.READY);
        // a small image set keeps the training and the sprite quick
        fx(() -> w.vm.dataset().choose("digits-8x8"));
        w.until(() -> !w.vm.dataset().loadingProperty().get() && w.vm.dataset().loadedProperty().get() != null
                && w.vm.dataset().loadedProperty().get().train().name().startsWith("digits-8x8")
                && w.vm.run().stateProperty().get() == State.READY);
        fx(() -> {
            w.vm.training().epochsProperty().set(1);
            w.vm.train();
        });
        w.until(State.FINISHED);
        MainMenus menus = onFx(() -> new MainMenus(w.vm, w.window.outputs(), () -> null));

        Path onnx = dir.resolve("onnx");
        fx(() -> menus.exportInto(Format.ONNX, onnx));
        assertEquals(List.of("autoencoder.onnx", "decoder.onnx", "encoder.onnx"), listing(onnx));
        assertEquals("Wrote encoder.onnx, decoder.onnx, autoencoder.onnx to " + onnx,
                onFx(() -> robot.lookup("#statusMessage").queryAs(Label.class).getText()));

        // again into the same folder: the window asks, and Cancel, the default, leaves the files alone
        long before = Files.getLastModifiedTime(onnx.resolve("encoder.onnx")).toMillis();
        Files.setLastModifiedTime(onnx.resolve("encoder.onnx"), FileTime.fromMillis(before - 60_000));
        for (String answer : List.of("Cancel", "Replace")) {
            Platform.runLater(() -> menus.exportInto(Format.ONNX, onnx));
            w.until(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
            DialogPane question = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
            assertEquals("Replace encoder.onnx, decoder.onnx, autoencoder.onnx?", onFx(question::getHeaderText));
            Button cancel = (Button) onFx(() -> question.lookupButton(ButtonType.CANCEL));
            assertTrue(onFx(cancel::isDefaultButton), "Cancel is the default");
            Button chosen = robot.lookup(".dialog-pane .button").match(
                    (Button b) -> b.getText().equals(answer)).queryAs(Button.class);
            fx(chosen::fire);
            w.until(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
            long now = Files.getLastModifiedTime(onnx.resolve("encoder.onnx")).toMillis();
            assertEquals(answer.equals("Replace"), now > before - 60_000, answer + ": the file is "
                    + (answer.equals("Replace") ? "replaced" : "left as it was"));
        }

        // the script's folder runs on its own: the model and its rows go with it
        Path pytorch = dir.resolve("pytorch");
        fx(() -> menus.exportInto(Format.PYTORCH, pytorch));
        assertEquals(List.of("autoencoder.py", "model.npz", "splits.npz"), listing(pytorch));
        ModelFile.Loaded saved = ModelFile.load(pytorch.resolve("model.npz"));
        assertEquals(onFx(() -> w.vm.run().runProperty().get().spec()), saved.model().spec());
        assertEquals(1, saved.metadata().history().size());

        Path projector = dir.resolve("projector");
        fx(() -> menus.exportInto(Format.PROJECTOR, projector));
        assertEquals(List.of("metadata.tsv", "projector_config.json", "projector_config.pbtxt", "sprite.png",
                "vectors.tsv"), listing(projector));
        int testRows = onFx(() -> w.vm.run().runProperty().get().data().test().size());
        assertEquals(testRows, Files.readAllLines(projector.resolve("vectors.tsv")).size());
        assertTrue(onFx(() -> robot.lookup("#statusMessage").queryAs(Label.class).getText())
                .startsWith("Wrote vectors.tsv, metadata.tsv, sprite.png"));
    }
}
