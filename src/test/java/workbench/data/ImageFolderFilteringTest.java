package workbench.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which files {@link ImageFolderLoader} takes for images, how it turns colour to grey, and that it
 * resizes by interpolating rather than by repeating pixels.
 */
class ImageFolderFilteringTest {
    @TempDir
    Path root;

    private Path png(String file, BufferedImage image) throws IOException {
        Path path = root.resolve(file);
        Files.createDirectories(path.getParent());
        assertTrue(ImageIO.write(image, "png", path.toFile()));
        return path;
    }

    private static BufferedImage solid(int w, int h, int rgb) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, rgb);
            }
        }
        return image;
    }

    @Test
    void hiddenFoldersHiddenFilesAndOtherFilesAreSkipped() throws IOException {
        png("a/1.png", solid(2, 2, 0x101010));
        png(".hidden/1.png", solid(2, 2, 0x202020));
        png("a/._1.png", solid(2, 2, 0x303030));
        Files.writeString(root.resolve("a/notes.txt"), "not an image");
        Files.createDirectories(root.resolve("a/folder.png"));
        Files.writeString(root.resolve("loose.png"), "a file beside the class folders");
        Dataset d = ImageFolderLoader.load(root, ColourMode.GREY);
        assertEquals(List.of("a"), d.classNames());
        assertEquals(1, d.size());
        assertEquals(0x10 / 255f, d.features().get(0, 0), 0f);
    }

    @Test
    void greyModeWeighsColourChannelsByTheirLuma() throws IOException {
        png("c/red.png", solid(1, 1, 0xFF0000));
        png("c/green.png", solid(1, 1, 0x00FF00));
        png("c/white.png", solid(1, 1, 0xFFFFFF));
        png("c/blue.png", solid(1, 1, 0x0000FF));
        Dataset d = ImageFolderLoader.load(root, ColourMode.GREY);
        // files sorted by name: blue, green, red, white; ITU-R BT.601 weights 0.299 R + 0.587 G + 0.114 B
        assertEquals(0.114f, d.features().get(0, 0), 1e-6f);
        assertEquals(0.587f, d.features().get(1, 0), 1e-6f);
        assertEquals(0.299f, d.features().get(2, 0), 1e-6f);
        assertEquals(1f, d.features().get(3, 0), 0f);
    }

    @Test
    void enlargingInterpolatesBetweenPixels() throws IOException {
        BufferedImage edge = solid(2, 1, 0x000000);
        edge.setRGB(1, 0, 0xFFFFFF);
        png("e/edge.png", edge);
        Dataset d = ImageFolderLoader.load(root, ColourMode.GREY, 8, 1);
        boolean between = false;
        for (int x = 0; x < 8; x++) {
            float v = d.features().get(0, x);
            between |= v > 0.05f && v < 0.95f;
        }
        assertTrue(between, "only black and white after enlarging: pixels were repeated, not interpolated");
    }
}
