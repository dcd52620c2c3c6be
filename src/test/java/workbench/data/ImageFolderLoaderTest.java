package workbench.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.engine.Shape;

class ImageFolderLoaderTest {
    @TempDir
    Path root;

    /** A grey image whose pixel (x, y) is {@code base + x + 4y}. */
    private Path grey(String file, int w, int h, int base) throws IOException {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.getRaster().setSample(x, y, 0, base + x + 4 * y);
            }
        }
        return save(image, file, "png");
    }

    private Path solid(String file, int w, int h, int rgb, String format) throws IOException {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, rgb);
            }
        }
        return save(image, file, format);
    }

    private Path save(BufferedImage image, String file, String format) throws IOException {
        Path path = root.resolve(file);
        Files.createDirectories(path.getParent());
        assertTrue(ImageIO.write(image, format, path.toFile()));
        return path;
    }

    @Test
    void greyImagesKeepTheirExactValuesAndClassesAreSortedFolders() throws IOException {
        grey("zebra/1.png", 4, 4, 100);
        grey("apple/b.PNG", 4, 4, 0);
        grey("apple/a.png", 4, 4, 50);
        TestData.write(root.resolve("apple/notes.txt"), "not an image");
        Files.createDirectories(root.resolve("empty"));

        Dataset d = ImageFolderLoader.load(root);
        assertEquals(List.of("apple", "zebra"), d.classNames());
        assertEquals(Shape.image(1, 4, 4), d.sampleShape());
        assertArrayEquals(new int[] {0, 0, 1}, d.labels());
        // a.png comes before b.PNG: first row starts at 50
        assertEquals(50 / 255f, d.features().get(0, 0), 0f);
        assertEquals((50 + 3 + 4) / 255f, d.features().get(0, 7), 0f);
        assertEquals(0f, d.features().get(1, 0), 0f);
        assertEquals((100 + 15) / 255f, d.features().get(2, 15), 0f);
        assertEquals(root.getFileName().toString(), d.name());
    }

    @Test
    void colourImagesAreChannelMajorInAutoMode() throws IOException {
        grey("a/grey.png", 2, 2, 10);
        solid("b/red.bmp", 2, 2, 0xFF0000, "bmp");
        Dataset d = ImageFolderLoader.load(root);
        assertEquals(Shape.image(3, 2, 2), d.sampleShape());
        assertRange(new float[] {1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0}, d.features().data, 12, 24, 0f);
        // the grey image repeats its plane in every channel
        for (int i = 0; i < 4; i++) {
            assertEquals(d.features().get(0, i), d.features().get(0, 4 + i), 0f);
            assertEquals(d.features().get(0, i), d.features().get(0, 8 + i), 0f);
        }
    }

    private static void assertRange(float[] expected, float[] data, int from, int to, float delta) {
        assertArrayEquals(expected, Arrays.copyOfRange(data, from, to), delta);
    }

    @Test
    void greyModeUsesLuminanceAndRgbModeTriplesGrey() throws IOException {
        solid("a/red.png", 2, 2, 0xFF0000, "png");
        Dataset grey = ImageFolderLoader.load(root, ColourMode.GREY);
        assertEquals(Shape.image(1, 2, 2), grey.sampleShape());
        assertEquals(0.299f, grey.features().get(0, 0), 1e-6f);

        Path other = root.resolve("other");
        Files.createDirectories(other);
        BufferedImage g = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
        g.getRaster().setSample(0, 0, 0, 128);
        ImageIO.write(g, "png", Files.createDirectories(other.resolve("c")).resolve("x.png").toFile());
        Dataset rgb = ImageFolderLoader.load(other, ColourMode.RGB);
        assertRange(new float[] {128 / 255f, 128 / 255f, 128 / 255f}, rgb.features().data, 0, 3, 0f);
    }

    @Test
    void imagesAreResizedToTheChosenOrFirstSize() throws IOException {
        solid("a/1.png", 8, 6, 0x404040, "png");
        solid("a/2.jpg", 3, 3, 0x808080, "jpg");
        // GREY: a decoded JPEG may differ by one level between channels, which AUTO would call colour
        Dataset first = ImageFolderLoader.load(root, ColourMode.GREY);
        assertEquals(Shape.image(1, 6, 8), first.sampleShape());
        assertEquals(0x80 / 255f, first.features().get(1, 47), 3f / 255f);
        Dataset small = ImageFolderLoader.load(root, ColourMode.GREY, 4, 2);
        assertEquals(Shape.image(1, 2, 4), small.sampleShape());
        for (int i = 0; i < 8; i++) {
            assertEquals(0x40 / 255f, small.features().get(0, i), 1.5f / 255f);
            assertEquals(0x80 / 255f, small.features().get(1, i), 3f / 255f); // JPEG is lossy
        }
    }

    /** A PNG of a few dozen bytes whose header announces {@code w x h} grey pixels (its data is not there). */
    private Path pngHeaderOnly(String file, int w, int h) throws IOException {
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.allocate(17).put("IHDR".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .putInt(w).putInt(h).put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(ihdr.array());
        png.write(java.nio.ByteBuffer.allocate(4).putInt(13).array());
        png.write(ihdr.array());
        png.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        Path path = root.resolve(file);
        Files.createDirectories(path.getParent());
        return Files.write(path, png.toByteArray());
    }

    @Test
    void anImageTooLargeToBeASampleIsRefusedFromItsHeaderBeforeDecoding() throws IOException {
        // issue 13, finding 5: a 1.5 MB PNG of 40000x40000 asked the decoder for gigabytes
        grey("cats/small.png", 8, 8, 0);
        grey("dogs/small.png", 8, 8, 9);
        Path huge = pngHeaderOnly("dogs/huge.png", 40_000, 40_000);
        DataFileException e = assertThrows(DataFileException.class, () -> ImageFolderLoader.load(root));
        assertTrue(e.getMessage().startsWith(huge + " is 40000x40000 pixels, more than the 16 megapixels"),
                e.getMessage());
    }

    @Test
    void folderProblemsAreReported() throws IOException {
        DataFileException e = assertThrows(DataFileException.class, () -> ImageFolderLoader.load(root));
        assertTrue(e.getMessage().contains("no subfolders"), e.getMessage());

        TestData.write(root.resolve("cats/readme.md"), "no pictures");
        e = assertThrows(DataFileException.class, () -> ImageFolderLoader.load(root));
        assertTrue(e.getMessage().contains("no images"), e.getMessage());

        grey("cats/good.png", 2, 2, 0);
        Path bad = TestData.write(root.resolve("cats/broken.png"), "this is not a png");
        e = assertThrows(DataFileException.class, () -> ImageFolderLoader.load(root));
        assertTrue(e.getMessage().contains(bad.toString()), e.getMessage());

        Files.write(bad, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H'});
        e = assertThrows(DataFileException.class, () -> ImageFolderLoader.load(root));
        assertTrue(e.getMessage().contains(bad.toString()), e.getMessage());
    }
}
