package workbench.app.image;

import java.util.Arrays;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.ejml.data.FMatrixRMaj;
import workbench.engine.Shape;

/**
 * Turns one sample (a row of floats) into a picture for the window: grey or RGB images scaled up
 * with nearest neighbour, so each input pixel stays a crisp square (smoothing a 28 x 28 digit
 * blurs exactly the strokes a reader wants to see), and any other sample as a strip of bars, one
 * per value, so a table row or a code can be compared at a glance too.
 *
 * <p>Pixels are written through an int[] in one {@link javafx.scene.image.PixelWriter} call,
 * which is fast enough to redraw a grid of reconstructions every epoch.
 */
public final class SampleImages {

    /** Height of the bar strip of a flat sample, in pixels per unit of scale. */
    static final int BAR_HEIGHT = 8;
    private static final int BAR_BACKGROUND = 0xFFEDEDED;
    private static final int BAR_FILL = 0xFF3D5A80;

    private SampleImages() {
    }

    /**
     * Draws the sample at {@code values[offset .. offset + shape.size())}, values in [0, 1]
     * (clamped; NaN shows as 0).
     *
     * @param scale screen pixels per sample pixel (images) or bar width (flat samples), at least 1
     */
    public static WritableImage toImage(float[] values, int offset, Shape shape, int scale) {
        return toImage(values, offset, shape, scale, 0f, 1f);
    }

    /** Draws row {@code row} of {@code rows} (one sample per row), values in [0, 1]. */
    public static WritableImage toImage(FMatrixRMaj rows, int row, Shape shape, int scale) {
        if (row < 0 || row >= rows.numRows) {
            throw new IllegalArgumentException("row " + row + " is outside 0.." + (rows.numRows - 1));
        }
        if (rows.numCols != shape.size()) {
            throw new IllegalArgumentException("rows hold " + rows.numCols + " values each, but shape " + shape
                    + " has " + shape.size());
        }
        return toImage(rows.data, row * rows.numCols, shape, scale);
    }

    /**
     * Draws the sample with {@code min} shown as black (or an empty bar) and {@code max} as white
     * (a full bar); values outside are clamped. For data that is not in [0, 1], such as z-scored
     * table rows or codes.
     */
    public static WritableImage toImage(float[] values, int offset, Shape shape, int scale, float min, float max) {
        if (scale < 1) {
            throw new IllegalArgumentException("scale must be at least 1, got " + scale);
        }
        if (!(max > min)) {
            throw new IllegalArgumentException("need min < max, got " + min + " and " + max);
        }
        if (offset < 0 || offset + shape.size() > values.length) {
            throw new IllegalArgumentException("a " + shape + " sample at offset " + offset + " does not fit in "
                    + values.length + " values");
        }
        return shape.isImage() ? picture(values, offset, shape, scale, min, max)
                : bars(values, offset, shape.size(), scale, min, max);
    }

    private static WritableImage picture(float[] values, int offset, Shape shape, int scale, float min, float max) {
        int h = shape.height();
        int w = shape.width();
        int plane = h * w;
        boolean rgb = shape.channels() == 3;
        int outW = w * scale;
        int outH = h * scale;
        int[] pixels = new int[outW * outH];
        int[] row = new int[outW];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int at = offset + y * w + x;
                int r = level(values[at], min, max);
                int g = rgb ? level(values[at + plane], min, max) : r;
                int b = rgb ? level(values[at + 2 * plane], min, max) : r;
                int argb = 0xFF000000 | r << 16 | g << 8 | b;
                for (int s = 0; s < scale; s++) {
                    row[x * scale + s] = argb;
                }
            }
            for (int s = 0; s < scale; s++) {
                System.arraycopy(row, 0, pixels, (y * scale + s) * outW, outW);
            }
        }
        return write(pixels, outW, outH);
    }

    /** One bar per value, rising from the bottom in proportion to the value within [min, max]. */
    private static WritableImage bars(float[] values, int offset, int n, int scale, float min, float max) {
        int outW = n * scale;
        int outH = BAR_HEIGHT * scale;
        int[] pixels = new int[outW * outH];
        Arrays.fill(pixels, BAR_BACKGROUND);
        for (int i = 0; i < n; i++) {
            int filled = Math.round(level(values[offset + i], min, max) / 255f * outH);
            for (int y = outH - filled; y < outH; y++) {
                Arrays.fill(pixels, y * outW + i * scale, y * outW + (i + 1) * scale, BAR_FILL);
            }
        }
        return write(pixels, outW, outH);
    }

    /** {@code v} mapped from [min, max] to 0..255, clamped; NaN gives 0. */
    private static int level(float v, float min, float max) {
        float t = (v - min) / (max - min);
        float clamped = t >= 1f ? 1f : t > 0f ? t : 0f;
        return Math.round(clamped * 255f);
    }

    private static WritableImage write(int[] pixels, int w, int h) {
        WritableImage image = new WritableImage(w, h);
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
        return image;
    }
}
