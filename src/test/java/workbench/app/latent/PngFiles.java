package workbench.app.latent;

import java.io.File;
import java.io.IOException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;

/** Writes test pictures to disk, to look at them. */
final class PngFiles {

    private PngFiles() {
    }

    static void write(Image image, String path) throws IOException {
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", new File(path));
    }
}
