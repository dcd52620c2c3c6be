package workbench.app.charts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Figures as the window draws them (JavaFX text, the viewer's canvas), saved as PNG for looking at:
 * tests write them only when run with -Dui.examples=true, into /tmp/ui-figures.
 */
public final class FigureSnapshots {
    public static final boolean ENABLED = Boolean.getBoolean("ui.examples");
    public static final Path DIR = Path.of("/tmp/ui-figures");

    private FigureSnapshots() {
    }

    /**
     * A stage whose scene holds the figures, each at whatever size {@link #save} gives it (a node's
     * snapshot may be larger than the scene, which stays within the headless screen's 1280 x 800).
     */
    public static void host(Stage stage, Region... figures) {
        Group root = new Group(figures);
        root.setAutoSizeChildren(false);
        stage.setScene(new Scene(root, 1280, 800));
        stage.show();
    }

    /** Sizes {@code figure} (on the FX thread), lets it draw, and saves it as DIR/name.png. */
    public static void save(Region figure, int width, int height, boolean presenting, String name) {
        if (!ENABLED) {
            return;
        }
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            ((Presentable) figure).setPresentation(presenting);
            figure.resize(width, height);
            figure.layout();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            figure.layout();
            SnapshotParameters parameters = new SnapshotParameters();
            try {
                Files.createDirectories(DIR);
                ImageIO.write(SwingFXUtils.fromFXImage(figure.snapshot(parameters, null), null), "png",
                        DIR.resolve(name + (presenting ? "-presenter" : "") + "-" + width + "x" + height + ".png").toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
    }
}
