package workbench.io.plot;

import java.awt.image.BufferedImage;
import org.ejml.data.FMatrixRMaj;
import workbench.engine.Shape;

/**
 * The Embedding Projector's sprite: one thumbnail per sample in a square grid, row-major (the first
 * sample top left, the last bottom right), nothing between them, as the projector cuts the image
 * into cells of its {@code singleImageDim}. The projector refuses sprites larger than
 * {@value #MAX_PIXELS} pixels a side (a WebGL texture limit), so thumbnails of many or large
 * samples are scaled down to fit.
 */
public final class Sprite {
    /** The largest side the projector accepts. */
    public static final int MAX_PIXELS = 8192;

    /**
     * How the sprite is cut: {@code side} x {@code side} cells of {@code width} x {@code height}
     * pixels each.
     */
    public record Layout(int side, int width, int height) {
        public int pixelsWide() {
            return side * width;
        }

        public int pixelsHigh() {
            return side * height;
        }
    }

    private Sprite() {
    }

    /**
     * The grid for {@code count} samples of {@code shape}: thumbnails at the samples' own size when
     * they fit, else scaled down by one factor so the longer side of the sprite is at most
     * {@value #MAX_PIXELS}.
     *
     * @throws IllegalArgumentException when even 1-pixel thumbnails would not fit
     */
    public static Layout layout(int count, Shape shape) {
        if (!shape.isImage()) {
            throw new IllegalArgumentException("samples of shape " + shape + " are not pictures; a sprite needs images");
        }
        int side = Math.max(1, (int) Math.ceil(Math.sqrt(count)));
        int longer = Math.max(shape.width(), shape.height());
        if (side * (long) longer <= MAX_PIXELS) {
            return new Layout(side, shape.width(), shape.height());
        }
        int cell = MAX_PIXELS / side;
        if (cell < 1) {
            throw new IllegalArgumentException(count + " samples need a " + side + " x " + side + " grid, more cells"
                    + " than a sprite of " + MAX_PIXELS + " pixels a side has pixels; export fewer samples");
        }
        // one factor for both sides keeps the pictures' proportions
        double factor = cell / (double) longer;
        return new Layout(side, Math.max(1, (int) (shape.width() * factor)), Math.max(1, (int) (shape.height() * factor)));
    }

    /** The sprite of {@code samples} (one per row, values in [0, 1] drawn black to white), laid out by {@code layout}. */
    public static BufferedImage draw(FMatrixRMaj samples, Shape shape, Layout layout) {
        if (samples.numRows > layout.side() * layout.side()) {
            throw new IllegalArgumentException(samples.numRows + " samples do not fit a " + layout.side() + " x "
                    + layout.side() + " grid");
        }
        // RGB even for grey pictures: setRGB into a TYPE_BYTE_GRAY image converts sRGB to linear grey and
        // darkens the mid-tones (a level of 16 came out 13); at the 8192-pixel limit this is 256 MB
        BufferedImage sprite = new BufferedImage(layout.pixelsWide(), layout.pixelsHigh(), BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < samples.numRows; i++) {
            int left = (i % layout.side()) * layout.width();
            int top = (i / layout.side()) * layout.height();
            ImageGrid.drawPicture(sprite, samples, i, shape, left, top, layout.width(), layout.height());
        }
        return sprite;
    }
}
