package workbench.app.latent;

import javafx.scene.paint.Color;

/**
 * One anti-aliased dot of one colour, pre-blended for {@link DotRaster}: for each of SUB x SUB
 * sub-pixel positions of the centre, the premultiplied colour each pixel of the stamp receives and
 * how much of the pixel below survives. Stamping is then a few integer operations per pixel, with
 * no per-point shape set-up, which is what makes 10,000 points cheap on the software pipeline.
 */
final class DotBrush {

    /** Sub-pixel positions per axis: centres snap to a quarter pixel, finer than the eye sees. */
    static final int SUB = 4;
    /** Samples per axis and pixel when measuring how much of a pixel the disc covers. */
    private static final int SAMPLES = 5;

    /** Pixels from the stamp's centre pixel to its edge. */
    final int half;
    /** Side of the square stamp, 2 * half + 1. */
    final int side;
    /** [sub-position][stamp pixel] premultiplied ARGB added to the pixel; 0 where the disc misses. */
    final int[][] source;
    /** [sub-position][stamp pixel] share of the pixel below that survives, in 256ths. */
    final int[][] keep;

    DotBrush(Color color, double alpha, double radius) {
        half = (int) Math.ceil(radius + 0.5);
        side = 2 * half + 1;
        source = new int[SUB * SUB][side * side];
        keep = new int[SUB * SUB][side * side];
        for (int sy = 0; sy < SUB; sy++) {
            for (int sx = 0; sx < SUB; sx++) {
                fill(sy * SUB + sx, (sx + 0.5) / SUB, (sy + 0.5) / SUB, color, alpha, radius);
            }
        }
    }

    /** Index of the stamp for a centre at fractional pixel offset (fx, fy), each in [0, 1). */
    static int subPosition(double fx, double fy) {
        int sx = Math.min(SUB - 1, (int) (fx * SUB));
        int sy = Math.min(SUB - 1, (int) (fy * SUB));
        return sy * SUB + sx;
    }

    private void fill(int s, double cx, double cy, Color color, double alpha, double radius) {
        double r2 = radius * radius;
        for (int v = 0; v < side; v++) {
            for (int u = 0; u < side; u++) {
                int inside = 0;
                for (int j = 0; j < SAMPLES; j++) {
                    double dy = v - half + (j + 0.5) / SAMPLES - cy;
                    for (int i = 0; i < SAMPLES; i++) {
                        double dx = u - half + (i + 0.5) / SAMPLES - cx;
                        if (dx * dx + dy * dy <= r2) {
                            inside++;
                        }
                    }
                }
                double a = alpha * inside / (SAMPLES * SAMPLES);
                int k = v * side + u;
                if (inside == 0) {
                    source[s][k] = 0;
                    keep[s][k] = 256;
                    continue;
                }
                int aa = (int) Math.round(255 * a);
                int r = (int) Math.round(255 * a * color.getRed());
                int g = (int) Math.round(255 * a * color.getGreen());
                int b = (int) Math.round(255 * a * color.getBlue());
                source[s][k] = Math.max(1, aa) << 24 | r << 16 | g << 8 | b;
                keep[s][k] = 256 - (int) Math.round(256 * a);
            }
        }
    }
}
