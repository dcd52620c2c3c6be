package workbench.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import workbench.app.viewmodel.LayerRow;
import workbench.app.viewmodel.RunViewModel.State;
import workbench.engine.ActivationFunction;
import workbench.engine.VariantSpec;

/**
 * Renders the real window, headless, into the README's screenshots. Runs only when asked:
 * {@code mvn -B test -Dtest=ScreenshotsTest -Dscreenshots.dir=screenshots}.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "screenshots.dir", matches = ".+")
class ScreenshotsTest {
    private WindowHarness w;
    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        w = new WindowHarness(s);
    }

    private void shoot(String name) throws Exception {
        Path dir = Path.of(System.getProperty("screenshots.dir"));
        Files.createDirectories(dir);
        Thread.sleep(400);
        WritableImage image = WindowHarness.onFx(() -> stage.getScene().snapshot(null));
        Path file = dir.resolve(name + ".png");
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        assertTrue(Files.size(file) > 10_000, file + " was written");
    }

    private void useMnist(int latent, VariantSpec.Kind variant) {
        WindowHarness.fx(() -> w.vm.dataset().choose("mnist-10k"));
        w.until(() -> w.vm.designer().inputShapeProperty().get() != null
                && w.vm.designer().inputShapeProperty().get().size() == 784
                && w.vm.run().stateProperty().get() == State.READY);
        WindowHarness.fx(() -> {
            w.vm.designer().encoder().setAll(LayerRow.dense(256, ActivationFunction.RELU),
                    LayerRow.dense(64, ActivationFunction.RELU));
            w.vm.designer().latentSizeProperty().set(latent);
            w.vm.designer().variantProperty().set(variant);
            w.vm.training().batchSizeProperty().set(128);
        });
    }

    @Test
    void renderTheMainViews() throws Exception {
        w.until(State.READY);
        shoot("designer");

        useMnist(2, VariantSpec.Kind.PLAIN);
        WindowHarness.fx(() -> w.vm.training().epochsProperty().set(1000));
        WindowHarness.fx(w.vm::train);
        w.until(() -> w.vm.run().history().size() >= 3);
        shoot("training");
        WindowHarness.fx(() -> w.vm.run().stop());
        w.until(State.FINISHED);
        shoot("latent-space");

        WindowHarness.fx(w.vm::reset);
        useMnist(32, VariantSpec.Kind.DENOISING);
        WindowHarness.fx(() -> {
            w.vm.training().epochsProperty().set(4);
            ((javafx.scene.control.CheckBox) stage.getScene().lookup("#errorHeatmap")).fire();
        });
        WindowHarness.fx(w.vm::train);
        w.until(State.FINISHED);
        shoot("reconstructions");
    }
}
