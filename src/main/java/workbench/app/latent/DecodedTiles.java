package workbench.app.latent;

import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import workbench.app.recon.Viridis;
import workbench.engine.Shape;

/**
 * Decoded samples as pixels at their own resolution, for the strip and the manifold: a grey or
 * RGB picture (values clamped to [0, 1], as the reconstructions show them), or for any other data
 * a heat strip, one viridis cell per value on a scale shared by all tiles. Bars would be taller
 * and clearer alone, but hundreds of tiles side by side read better as colour: a drifting feature
 * shows as a band of colour changing across the grid.
 */
final class DecodedTiles {

    private DecodedTiles() {
    }

    /** Pixels across one tile. */
    static int width(Shape shape) {
        return shape.isImage() ? shape.width() : shape.size();
    }

    /** Pixels down one tile. */
    static int height(Shape shape) {
        return shape.isImage() ? shape.height() : 1;
    }

    /**
     * The colour scale: [0, 1] for pictures, else the range of all finite values (widened when
     * they are all equal), so that tiles are compared on one scale.
     */
    static float[] scale(float[][] samples, Shape shape) {
        if (shape.isImage()) {
            return new float[] {0f, 1f};
        }
        float lo = Float.POSITIVE_INFINITY;
        float hi = Float.NEGATIVE_INFINITY;
        for (float[] s : samples) {
            for (float v : s) {
                if (Float.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (lo > hi) {
            return new float[] {0f, 1f};
        }
        if (!(hi > lo)) {
            return new float[] {lo - 0.5f, hi + 0.5f};
        }
        return new float[] {lo, hi};
    }

    /** Writes one sample into {@code argb} (rows of {@code stride} pixels) with its top left at (x0, y0). */
    static void draw(float[] sample, Shape shape, float[] scale, int[] argb, int stride, int x0, int y0) {
        if (sample.length != shape.size()) {
            throw new IllegalArgumentException("a decoded sample has " + sample.length + " values but the shape "
                    + shape + " holds " + shape.size());
        }
        if (!shape.isImage()) {
            for (int i = 0; i < sample.length; i++) {
                argb[y0 * stride + x0 + i] = Viridis.argb((sample[i] - scale[0]) / (scale[1] - scale[0]));
            }
            return;
        }
        int w = shape.width();
        int plane = shape.height() * w;
        boolean rgb = shape.channels() == 3;
        for (int y = 0; y < shape.height(); y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                int r = level(sample[i]);
                int g = rgb ? level(sample[i + plane]) : r;
                int b = rgb ? level(sample[i + 2 * plane]) : r;
                argb[(y0 + y) * stride + x0 + x] = 0xFF000000 | r << 16 | g << 8 | b;
            }
        }
    }

    /** One sample as an image of {@link #width} x {@link #height} pixels. */
    static WritableImage image(float[] sample, Shape shape, float[] scale) {
        int w = width(shape);
        int h = height(shape);
        int[] argb = new int[w * h];
        draw(sample, shape, scale, argb, w, 0, 0);
        return write(argb, w, h, null);
    }

    /**
     * The image enlarged by whole factors, each pixel a sx x sy block. An image view asked to
     * enlarge without smoothing still smooths in JavaFX's software pipeline (and shows stray
     * texels above a 1-pixel-tall image), so views get images already at their screen size.
     */
    static WritableImage enlarge(Image source, int sx, int sy) {
        int w = (int) source.getWidth();
        int h = (int) source.getHeight();
        int[] src = new int[w * h];
        source.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), src, 0, w);
        int outW = w * sx;
        int outH = h * sy;
        int[] out = new int[outW * outH];
        for (int y = 0; y < outH; y++) {
            int from = (y / sy) * w;
            for (int x = 0; x < outW; x++) {
                out[y * outW + x] = src[from + x / sx];
            }
        }
        return write(out, outW, outH, null);
    }

    /** The pixels into {@code reuse} when it has the size, else into a new image. */
    static WritableImage write(int[] argb, int w, int h, WritableImage reuse) {
        WritableImage image = reuse != null && (int) reuse.getWidth() == w && (int) reuse.getHeight() == h
                ? reuse : new WritableImage(w, h);
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return image;
    }

    /** 0..255 for a value in [0, 1], clamped; NaN draws as 0, as in the reconstructions. */
    static int level(float v) {
        if (!(v > 0)) {
            return 0;
        }
        return v >= 1 ? 255 : Math.round(v * 255f);
    }
}
