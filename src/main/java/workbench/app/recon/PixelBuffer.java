package workbench.app.recon;

import java.util.Arrays;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import workbench.engine.Shape;

/**
 * An ARGB int[] the size of the drawing, written pixel by pixel and handed to JavaFX in one
 * {@code PixelWriter.setPixels} call. Samples are enlarged with nearest neighbour: every screen
 * pixel takes the sample pixel it falls in, so pixels stay sharp-edged squares.
 */
final class PixelBuffer {

    static final int WHITE = 0xFFFFFFFF;

    private final int width;
    private final int height;
    private final int[] argb;

    PixelBuffer(int width, int height) {
        this.width = width;
        this.height = height;
        this.argb = new int[Math.max(0, width) * Math.max(0, height)];
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    int get(int x, int y) {
        return argb[y * width + x];
    }

    void fill(int colour) {
        Arrays.fill(argb, colour);
    }

    void fillRect(int x, int y, int w, int h, int colour) {
        int x0 = Math.max(0, x);
        int y0 = Math.max(0, y);
        int x1 = Math.min(width, x + w);
        int y1 = Math.min(height, y + h);
        for (int yy = y0; yy < y1; yy++) {
            Arrays.fill(argb, yy * width + x0, Math.max(yy * width + x0, yy * width + x1), colour);
        }
    }

    /** A one-pixel outline just outside the rectangle (x, y, w, h). */
    void frame(int x, int y, int w, int h, int colour) {
        fillRect(x - 1, y - 1, w + 2, 1, colour);
        fillRect(x - 1, y + h, w + 2, 1, colour);
        fillRect(x - 1, y, 1, h, colour);
        fillRect(x + w, y, 1, h, colour);
    }

    /**
     * Draws sample {@code row} of {@code data} (one sample per row, channel-major) into the cell,
     * values clamped to [0, 1]: one channel as grey, three as RGB.
     */
    void drawSample(float[] data, int row, Shape shape, int x, int y, int cellW, int cellH) {
        int w = shape.width();
        int plane = shape.height() * w;
        int base = row * shape.size();
        boolean rgb = shape.channels() == 3;
        drawScaled(shape.height(), w, x, y, cellW, cellH, (sy, sx) -> {
            int i = base + sy * w + sx;
            if (rgb) {
                return 0xFF000000 | (level(data[i]) << 16) | (level(data[i + plane]) << 8) | level(data[i + 2 * plane]);
            }
            int g = level(data[i]);
            return 0xFF000000 | (g << 16) | (g << 8) | g;
        });
    }

    /** Draws a per-pixel error map (values already in [0, 1] of the shared scale) with viridis. */
    void drawHeat(float[] values, int h, int w, int x, int y, int cellW, int cellH) {
        drawScaled(h, w, x, y, cellW, cellH, (sy, sx) -> Viridis.argb(values[sy * w + sx]));
    }

    /** The colour of source pixel (row sy, column sx). */
    private interface SourceColour {
        int at(int sy, int sx);
    }

    /** Fills a cell from an h x w source by nearest neighbour, clipped to the buffer. */
    private void drawScaled(int h, int w, int x, int y, int cellW, int cellH, SourceColour colour) {
        for (int dy = 0; dy < cellH; dy++) {
            int py = y + dy;
            if (py < 0 || py >= height) {
                continue;
            }
            int sy = (int) ((long) dy * h / cellH);
            for (int dx = 0; dx < cellW; dx++) {
                int px = x + dx;
                if (px < 0 || px >= width) {
                    continue;
                }
                argb[py * width + px] = colour.at(sy, (int) ((long) dx * w / cellW));
            }
        }
    }

    /** A horizontal viridis ramp, low on the left. */
    void drawColourBar(int x, int y, int w, int h) {
        for (int dx = 0; dx < w; dx++) {
            fillRect(x + dx, y, 1, h, Viridis.argb(w == 1 ? 1 : (double) dx / (w - 1)));
        }
    }

    WritableImage toImage(WritableImage reuse) {
        WritableImage image = reuse != null && (int) reuse.getWidth() == width && (int) reuse.getHeight() == height
                ? reuse : new WritableImage(Math.max(1, width), Math.max(1, height));
        if (width > 0 && height > 0) {
            image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        }
        return image;
    }

    /** 0..255 for a value in [0, 1], clamped; NaN draws as 0. */
    static int level(float v) {
        if (!(v > 0)) {
            return 0;
        }
        if (v >= 1) {
            return 255;
        }
        return Math.round(v * 255f);
    }
}
