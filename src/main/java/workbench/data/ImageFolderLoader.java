package workbench.data;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.ejml.data.FMatrixRMaj;
import workbench.engine.Shape;

/**
 * Loads a folder of images sorted into one subfolder per class (the layout most image collections
 * and "ImageFolder" tools use) as an image dataset: every image resized to one size, values in
 * [0, 1], channel-major. Files are visited in name order so that the same folder always gives the
 * same rows, which keeps seeded splits reproducible.
 */
public final class ImageFolderLoader {
    private static final Set<String> EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "bmp");

    private ImageFolderLoader() {
    }

    /** AUTO colour, every image resized to the size of the first one. */
    public static Dataset load(Path root) throws DataFileException {
        return load(root, ColourMode.AUTO, 0, 0);
    }

    public static Dataset load(Path root, ColourMode mode) throws DataFileException {
        return load(root, mode, 0, 0);
    }

    /**
     * @param width  width to resize every image to (bilinear), or 0 together with {@code height} 0
     *               for the size of the first image (first class folder, first file by name)
     */
    public static Dataset load(Path root, ColourMode mode, int width, int height) throws DataFileException {
        if ((width == 0) != (height == 0) || width < 0 || height < 0) {
            throw new IllegalArgumentException("width and height must both be positive, or both 0 for the "
                    + "first image's size; got " + width + "x" + height);
        }
        List<Path> classDirs = classFolders(root);
        List<String> classNames = new ArrayList<>();
        List<int[]> pixels = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (Path dir : classDirs) {
            List<Path> files = imageFiles(dir);
            if (files.isEmpty()) {
                continue; // a folder without images is not a class
            }
            int label = classNames.size();
            classNames.add(dir.getFileName().toString());
            for (Path file : files) {
                BufferedImage image = read(file);
                if (width == 0) {
                    width = image.getWidth();
                    height = image.getHeight();
                }
                pixels.add(resizedRgb(image, width, height));
                labels.add(label);
            }
        }
        if (pixels.isEmpty()) {
            throw new DataFileException(root + " has class subfolders but no images in them. Put PNG, JPEG, "
                    + "GIF or BMP files in the subfolders (one subfolder per class).");
        }
        boolean colour = mode == ColourMode.RGB || (mode == ColourMode.AUTO && anyColour(pixels));
        int channels = colour ? 3 : 1;
        int plane = width * height;
        FMatrixRMaj features = new FMatrixRMaj(pixels.size(), channels * plane);
        int[] labelArray = new int[pixels.size()];
        for (int i = 0; i < pixels.size(); i++) {
            writeRow(pixels.get(i), colour, features.data, i * channels * plane);
            labelArray[i] = labels.get(i);
        }
        String name = root.getFileName() == null ? root.toString() : root.getFileName().toString();
        return new Dataset(name, features, labelArray, classNames, Shape.image(channels, height, width));
    }

    private static List<Path> classFolders(Path root) throws DataFileException {
        if (!Files.isDirectory(root)) {
            throw new DataFileException(root + " is not a folder. Give a folder holding one subfolder per "
                    + "class, each with that class's images.");
        }
        List<Path> dirs;
        try (Stream<Path> children = Files.list(root)) {
            dirs = children.filter(Files::isDirectory).filter(p -> !hidden(p)).sorted().toList();
        } catch (IOException e) {
            throw new DataFileException(root + " could not be listed: " + e.getMessage(), e);
        }
        if (dirs.isEmpty()) {
            throw new DataFileException(root + " has no subfolders. Expected one subfolder per class "
                    + "(its name is the class name), each holding that class's PNG, JPEG, GIF or BMP images.");
        }
        return dirs;
    }

    private static List<Path> imageFiles(Path dir) throws DataFileException {
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(Files::isRegularFile).filter(p -> !hidden(p))
                    .filter(ImageFolderLoader::isImageName).sorted().toList();
        } catch (IOException e) {
            throw new DataFileException(dir + " could not be listed: " + e.getMessage(), e);
        }
    }

    /** Hidden files are skipped: macOS leaves "._x.png" companions that are not images at all. */
    private static boolean hidden(Path p) {
        return p.getFileName().toString().startsWith(".");
    }

    private static boolean isImageName(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * The most pixels an image of a dataset may have: 16 megapixels (4096x4096), far beyond the
     * samples an autoencoder here learns from, and far below the 40000x40000 PNG of 1.5 MB (1.6
     * billion pixels) that ran the program out of memory.
     */
    static final long MAX_PIXELS = 1L << 24;

    /** Refuses an image too large to be a sample, from its header, before its pixels are decoded. */
    private static void checkSize(Path file) throws DataFileException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return; // not an image ImageIO knows: read() says so in its words
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw new DataFileException(file + " is " + reader.getWidth(0) + "x" + reader.getHeight(0)
                            + " pixels, more than the " + (MAX_PIXELS >> 20) + " megapixels a sample may have. Resize"
                            + " the images to the size the model should see (28x28 for digits, say), or remove it.");
                }
                HeapBudget.require(pixels * 8, file.toString());
            } finally {
                reader.dispose();
            }
        } catch (DataFileException refused) {
            throw refused;
        } catch (IOException e) {
            // a header that cannot be read: read() reports the file in its words
        }
    }

    private static BufferedImage read(Path file) throws DataFileException {
        checkSize(file);
        BufferedImage image;
        try {
            image = ImageIO.read(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw new DataFileException(file + " could not be read as an image (" + e.getMessage()
                    + "). It may be damaged or in an unsupported variant: re-save it as PNG, or remove it.", e);
        }
        if (image == null) {
            throw new DataFileException(file + " is not a readable image: its contents are not PNG, JPEG, "
                    + "GIF or BMP despite its name. Re-save it in one of those formats, or remove it.");
        }
        return image;
    }

    /** The image as packed 0xRRGGBB values at the target size; alpha is ignored. */
    private static int[] resizedRgb(BufferedImage image, int width, int height) {
        BufferedImage rgb = toIntRgb(image);
        if (rgb.getWidth() != width || rgb.getHeight() != height) {
            BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = scaled.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.drawImage(rgb, 0, 0, width, height, null);
            } finally {
                g.dispose();
            }
            rgb = scaled;
        }
        return rgb.getRGB(0, 0, width, height, null, 0, width);
    }

    /**
     * Copies the image into 8-bit RGB. Grey images are copied from their raster, not through
     * {@code getRGB}, because Java treats their grey as linear light and would brighten mid-greys when
     * converting to sRGB.
     */
    private static BufferedImage toIntRgb(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        ColorModel cm = image.getColorModel();
        if (cm.getColorSpace().getType() == ColorSpace.TYPE_GRAY && !(cm instanceof IndexColorModel)) {
            Raster raster = image.getRaster();
            float max = (1 << cm.getComponentSize(0)) - 1;
            int[] row = new int[w];
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int v = Math.round(raster.getSample(x, y, 0) * 255f / max);
                    row[x] = (v << 16) | (v << 8) | v;
                }
                out.setRGB(0, y, w, 1, row, 0, w);
            }
        } else {
            out.setRGB(0, 0, w, h, image.getRGB(0, 0, w, h, null, 0, w), 0, w);
        }
        return out;
    }

    private static boolean anyColour(List<int[]> images) {
        for (int[] image : images) {
            for (int p : image) {
                int r = (p >> 16) & 0xFF;
                int g = (p >> 8) & 0xFF;
                int b = p & 0xFF;
                if (r != g || g != b) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Channel-major: the whole red plane, then green, then blue (or one luminance plane). */
    private static void writeRow(int[] rgb, boolean colour, float[] out, int offset) {
        int plane = rgb.length;
        for (int i = 0; i < plane; i++) {
            int p = rgb[i];
            float r = ((p >> 16) & 0xFF) / 255f;
            float g = ((p >> 8) & 0xFF) / 255f;
            float b = (p & 0xFF) / 255f;
            if (colour) {
                out[offset + i] = r;
                out[offset + plane + i] = g;
                out[offset + 2 * plane + i] = b;
            } else {
                out[offset + i] = (r == g && g == b) ? r : Math.min(1f, 0.299f * r + 0.587f * g + 0.114f * b);
            }
        }
    }
}
