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
import org.testfx.util.WaitForAsyncUtils;
import workbench.app.anomaly.AnomalyTab;
import workbench.app.layout.FigureFrame;
import workbench.app.layout.FigureMaximiser;
import workbench.app.viewmodel.LayerRow;
import workbench.app.viewmodel.RunViewModel.State;
import workbench.engine.ActivationFunction;
import workbench.engine.VariantSpec;

/**
 * Renders the real window, headless, into the README's screenshots, at a projector's 1366x768 (and
 * a maximised manifold at 1920x1080). Runs only when asked:
 * {@code mvn -B test -Dtest=ScreenshotsTest -Dscreenshots.dir=$PWD/screenshots}, on a headless
 * screen of 1920x1080 ({@code -Dheadless.geometry=1920x1080-32}).
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
        w.resize(s, 1366, 768);
    }

    private void shoot(String name) throws Exception {
        Path dir = Path.of(System.getProperty("screenshots.dir"));
        Files.createDirectories(dir);
        // what the events so far asked for (a redraw, a layout) is done before the picture is taken
        WaitForAsyncUtils.waitForFxEvents();
        WindowHarness.fx(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
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

    /** The Health tab after the training doctor's most dramatic finding: SGD at 1e9 kills the digits network. */
    @Test
    void renderTheHealthTab() throws Exception {
        w.until(State.READY);
        WindowHarness.fx(() -> {
            w.vm.designer().lossProperty().set(workbench.engine.LossFunction.MSE);
            w.vm.training().optimizerProperty().set(workbench.engine.OptimizerKind.SGD);
            w.vm.training().learningRateProperty().set(1e9);
            w.vm.training().epochsProperty().set(3);
        });
        WindowHarness.fx(w.vm::train);
        w.until(State.FAILED);
        show(WindowHarness.onFx(() -> w.window.outputs().exploreTabs().getTabs().stream()
                .filter(t -> t instanceof workbench.app.health.HealthTab).findFirst().orElseThrow()));
        shoot("health");
    }

    private static workbench.session.Preset preset(String titleStart) {
        return workbench.session.Presets.all().stream().filter(p -> p.title().startsWith(titleStart)).findFirst()
                .orElseThrow();
    }

    private void show(javafx.scene.control.Tab tab) {
        WindowHarness.fx(() -> w.window.outputs().exploreTabs().getSelectionModel().select(tab));
    }

    private javafx.scene.control.Tab tab(String title) {
        return WindowHarness.onFx(() -> w.window.outputs().exploreTabs().getTabs().stream()
                .filter(t -> t.getText().equals(title)).findFirst().orElseThrow());
    }

    @Test
    void renderTheExploreTools() throws Exception {
        w.until(State.READY);

        // a 2-D VAE: the manifold, an interpolation, the PCA comparison and the time slider
        WindowHarness.fx(() -> w.vm.loadPreset(preset("Variational")));
        w.until(State.READY);
        WindowHarness.fx(() -> w.vm.training().epochsProperty().set(12));
        WindowHarness.fx(w.vm::train);
        w.until(State.FINISHED);
        show(w.window.outputs().manifoldTab());
        w.until(() -> w.window.outputs().manifoldTab().view().hasTiles());
        shoot("manifold");
        InterpolationTab interpolation = w.window.outputs().interpolationTab();
        show(interpolation);
        WindowHarness.fx(() -> {
            interpolation.pick(3, false);
            interpolation.pick(2, true);
        });
        w.until(() -> interpolation.strip().steps() == InterpolationTab.STEPS);
        WindowHarness.fx(() -> w.window.outputs().replayBar().choose(3));
        shoot("interpolation-and-time-slider");
        WindowHarness.fx(() -> w.window.outputs().replayBar().choose(12));
        show(tab("vs PCA"));
        shoot("vs-pca");

        // the Keras blog's convolutional autoencoder: its design, then its feature maps after an epoch
        WindowHarness.fx(() -> w.vm.loadPreset(preset("Convolutional")));
        w.until(State.READY);
        shoot("designer-conv");
        WindowHarness.fx(() -> w.vm.training().epochsProperty().set(1));
        WindowHarness.fx(w.vm::train);
        w.until(State.FINISHED);
        show(tab("Feature maps"));
        // as a user would: drag the divider up to give the maps room
        WindowHarness.fx(() -> w.window.outputs().setDividerPositions(0.4));
        w.until(() -> stage.getScene().lookup("#featureMapGrid").isVisible());
        shoot("feature-maps");

        // anomaly detection on breast cancer, then every run of the session side by side
        WindowHarness.fx(() -> w.vm.loadPreset(preset("Anomaly")));
        w.until(State.READY);
        WindowHarness.fx(w.vm::train);
        w.until(State.FINISHED);
        AnomalyTab anomalies = (AnomalyTab) tab("Anomalies");
        show(anomalies);
        w.until(() -> anomalies.view().report() != null);
        shoot("anomalies");
        show(tab("Runs"));
        shoot("runs");

        // presenter mode on a 1366x768 projector: the main views
        WindowHarness.fx(() -> w.vm.view().presenterModeProperty().set(true));
        show(tab("Reconstructions"));
        shoot("presenter-mode");
        shoot("presenter-1366x768-reconstructions");
        show(anomalies);
        shoot("presenter-1366x768-anomalies");
        show(tab("Runs"));
        shoot("presenter-1366x768-runs");
        WindowHarness.fx(() -> w.vm.view().presenterModeProperty().set(false));
    }

    @Test
    void renderTheVaeManifoldInPresenterModeAndMaximisedAt1080p() throws Exception {
        w.until(State.READY);
        WindowHarness.fx(() -> w.vm.loadPreset(preset("Variational")));
        w.until(State.READY);
        WindowHarness.fx(() -> w.vm.training().epochsProperty().set(8));
        WindowHarness.fx(w.vm::train);
        w.until(State.FINISHED);
        ManifoldTab manifold = w.window.outputs().manifoldTab();
        show(manifold);
        w.until(() -> manifold.view().hasTiles());
        WindowHarness.fx(() -> w.vm.view().presenterModeProperty().set(true));
        shoot("presenter-1366x768-manifold");
        WindowHarness.fx(() -> w.vm.view().presenterModeProperty().set(false));

        w.resize(stage, 1920, 1080);
        FigureFrame frame = (FigureFrame) manifold.getContent();
        WindowHarness.fx(() -> w.window.maximiser().maximise(frame, FigureMaximiser.Level.SCREEN));
        w.until(() -> stage.isFullScreen());
        // the grid is decoded again for the larger view
        w.until(() -> manifold.view().hasTiles() && manifold.view().tileBounds(0, 0).getWidth() >= 40);
        shoot("manifold-maximised-1920x1080");
        WindowHarness.fx(() -> w.window.maximiser().restore());
        w.until(() -> !stage.isFullScreen());
        w.resize(stage, 1366, 768);
    }
}
