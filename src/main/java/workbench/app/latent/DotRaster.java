package workbench.app.latent;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Paints the points into a pixel buffer of our own and hands the canvas one image. Ten thousand
 * canvas fillOval calls cost tens of milliseconds on the software pipeline (each is a path to
 * rasterise) and are rasterised after our code returns, so their cost hides from any timer; a
 * stamp per point into an int[] is a couple of milliseconds, all of it measured.
 *
 * <p>The buffer is premultiplied ARGB and transparent where no point is, so the grid drawn on the
 * canvas underneath shows through. Two images alternate, so the one the render thread may still be
 * drawing from the previous frame is never overwritten.
 */
final class DotRaster {

    private final Map<Integer, DotBrush> brushes = new HashMap<>();
    private final WritableImage[] images = new WritableImage[2];
    private int current;
    private int[] pixels = new int[0];
    private int width;
    private int height;
    private double brushScale = Double.NaN;

    /**
     * Paints the visible points of {@code cloud} and returns the image covering the plot area of
     * {@code projection}, {@code scale} device pixels per layout pixel.
     */
    WritableImage paint(PointCloud cloud, Projection projection, Set<Integer> hidden, double scale) {
        resize(Math.max(1, (int) Math.ceil(projection.width() * scale)),
                Math.max(1, (int) Math.ceil(projection.height() * scale)));
        if (scale != brushScale) {
            brushes.clear();
            brushScale = scale;
        }
        Arrays.fill(pixels, 0, width * height, 0);
        ViewRange view = projection.view();
        // Pixel = data * a + b, folded once so the loop does two multiply-adds per point.
        double ax = projection.width() * scale / view.width();
        double bx = -view.xMin() * ax;
        double ay = -projection.height() * scale / view.height();
        double by = -view.yMax() * ay;
        for (int group = 0; group + 1 < cloud.groupStart.length; group++) {
            int cls = group - 1;
            int from = cloud.groupStart[group];
            int to = cloud.groupStart[group + 1];
            if (from == to || hidden.contains(cls)) {
                continue;
            }
            DotBrush brush = brushes.computeIfAbsent(cls, c -> new DotBrush(ClassColors.of(c),
                    ClassColors.dotAlpha(c), ScatterStyle.DOT_RADIUS * scale));
            for (int k = from; k < to; k++) {
                int i = cloud.drawOrder[k];
                stamp(brush, cloud.x[i] * ax + bx, cloud.y[i] * ay + by);
            }
        }
        WritableImage image = images[current];
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbPreInstance(), pixels, 0, width);
        current = 1 - current;
        return image;
    }

    private void resize(int w, int h) {
        if (images[0] != null && w == width && h == height) {
            return;
        }
        width = w;
        height = h;
        if (pixels.length < w * h) {
            pixels = new int[w * h];
        }
        images[0] = new WritableImage(w, h);
        images[1] = new WritableImage(w, h);
    }

    /** Blends one dot centred at device pixel position (px, py) into the buffer: source over. */
    private void stamp(DotBrush brush, double px, double py) {
        int half = brush.half;
        if (!(px > -half && py > -half && px < width + half && py < height + half)) {
            return; // outside the plot area, or NaN
        }
        int ix = (int) Math.floor(px);
        int iy = (int) Math.floor(py);
        int s = DotBrush.subPosition(px - ix, py - iy);
        int[] source = brush.source[s];
        int[] keep = brush.keep[s];
        int side = brush.side;
        int x0 = ix - half;
        int y0 = iy - half;
        int uFrom = Math.max(0, -x0);
        int uTo = Math.min(side, width - x0);
        int vFrom = Math.max(0, -y0);
        int vTo = Math.min(side, height - y0);
        int[] buffer = pixels;
        for (int v = vFrom; v < vTo; v++) {
            int row = (y0 + v) * width + x0;
            int k = v * side;
            for (int u = uFrom; u < uTo; u++) {
                int src = source[k + u];
                if (src == 0) {
                    continue;
                }
                int keepOf = keep[k + u];
                int dst = buffer[row + u];
                int a = (src >>> 24) + (((dst >>> 24) * keepOf) >>> 8);
                int r = ((src >> 16) & 0xff) + ((((dst >> 16) & 0xff) * keepOf) >>> 8);
                int g = ((src >> 8) & 0xff) + ((((dst >> 8) & 0xff) * keepOf) >>> 8);
                int b = (src & 0xff) + (((dst & 0xff) * keepOf) >>> 8);
                buffer[row + u] = Math.min(a, 255) << 24 | Math.min(r, 255) << 16 | Math.min(g, 255) << 8
                        | Math.min(b, 255);
            }
        }
    }
}
