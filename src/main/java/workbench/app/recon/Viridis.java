package workbench.app.recon;

/**
 * The viridis colour map (van der Walt and Smith, matplotlib's default): perceptually uniform, so
 * equal steps in error look like equal steps in colour, readable in greyscale and by readers with
 * colour-vision deficiencies. Linear interpolation between its eleven tenth-steps, which stays
 * within a few levels of the full 256-entry table.
 */
public final class Viridis {

    private static final int[] STOPS = {
        0x440154, 0x482475, 0x414487, 0x355F8D, 0x2A788E, 0x21918C,
        0x22A884, 0x44BF70, 0x7AD151, 0xBDDF26, 0xFDE725,
    };

    /** Colour at the low end (no error). */
    static final int LOW = 0xFF000000 | STOPS[0];
    /** Colour at the high end (the largest error shown). */
    static final int HIGH = 0xFF000000 | STOPS[STOPS.length - 1];

    private Viridis() {
    }

    /** Opaque ARGB colour for t in [0, 1]; values outside are clamped, NaN counts as 0. */
    public static int argb(double t) {
        if (!(t > 0)) {
            return LOW;
        }
        if (t >= 1) {
            return HIGH;
        }
        double pos = t * (STOPS.length - 1);
        int i = (int) pos;
        double f = pos - i;
        int a = STOPS[i];
        int b = STOPS[i + 1];
        int r = mix((a >> 16) & 0xFF, (b >> 16) & 0xFF, f);
        int g = mix((a >> 8) & 0xFF, (b >> 8) & 0xFF, f);
        int bl = mix(a & 0xFF, b & 0xFF, f);
        return 0xFF000000 | (r << 16) | (g << 8) | bl;
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }
}
