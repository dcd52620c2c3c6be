package workbench.io.plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * Class colours that stay distinguishable for readers with colour-vision deficiencies, who are
 * about one in twelve men in any audience.
 *
 * <p>The first eight are Okabe and Ito's "Color Universal Design" palette (Okabe &amp; Ito, 2008,
 * https://jfly.uni-koeln.de/color/), reordered so the strongest colours come first and yellow, weak
 * on white, comes late. Classes 9 to 17 take Paul Tol's "muted" qualitative scheme (Tol, "Colour
 * Schemes", SRON technical note, https://personal.sron.nl/~pault/). More classes than that cycle
 * through the list again; no palette keeps 20+ categories apart by colour alone.
 */
public final class Palette {

    private static final Color[] COLORS = {
        // Okabe-Ito
        new Color(0x0072B2), // blue
        new Color(0xE69F00), // orange
        new Color(0x009E73), // bluish green
        new Color(0xD55E00), // vermillion
        new Color(0xCC79A7), // reddish purple
        new Color(0x56B4E9), // sky blue
        new Color(0xF0E442), // yellow
        new Color(0x000000), // black
        // Paul Tol, muted
        new Color(0x332288), // indigo
        new Color(0xCC6677), // rose
        new Color(0x117733), // green
        new Color(0x88CCEE), // cyan
        new Color(0x882255), // wine
        new Color(0x44AA99), // teal
        new Color(0x999933), // olive
        new Color(0xDDCC77), // sand
        new Color(0xAA4499), // purple
    };

    /** Samples without a label: a neutral grey that recedes behind the class colours. */
    public static final Color UNLABELLED = new Color(0xA0A0A0);
    /** Training curves. */
    public static final Color TRAIN = COLORS[0];
    /** Validation curves. */
    public static final Color VALIDATION = COLORS[1];

    private Palette() {
    }

    /** Number of distinct colours before the palette repeats. */
    public static int size() {
        return COLORS.length;
    }

    /** The colour of class {@code index} (0-based); repeats after {@link #size()} classes. */
    public static Color color(int index) {
        if (index < 0) {
            return UNLABELLED;
        }
        return COLORS[index % COLORS.length];
    }

    /** The first n class colours. */
    public static List<Color> colors(int n) {
        List<Color> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(color(i));
        }
        return out;
    }
}
