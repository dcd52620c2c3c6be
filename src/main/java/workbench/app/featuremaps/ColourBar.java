package workbench.app.featuremaps;

import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import workbench.app.recon.Viridis;

/**
 * The viridis ramp, low on the left: the key to every channel's colours. Drawn at the size it is
 * shown, because stretching a small image is smoothed differently by each rendering pipeline.
 */
final class ColourBar {
    private ColourBar() {
    }

    static WritableImage image(int width, int height) {
        int[] argb = new int[width * height];
        for (int x = 0; x < width; x++) {
            int colour = Viridis.argb(width == 1 ? 1 : x / (double) (width - 1));
            for (int y = 0; y < height; y++) {
                argb[y * width + x] = colour;
            }
        }
        WritableImage image = new WritableImage(width, height);
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return image;
    }
}
