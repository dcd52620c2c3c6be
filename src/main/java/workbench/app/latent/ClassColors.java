package workbench.app.latent;

import javafx.scene.paint.Color;
import workbench.io.plot.Palette;

/**
 * The workbench's colour-blind-safe class palette as JavaFX colours, so the window and the exported
 * PNG charts (drawn by {@link Palette} in AWT) give each class the same colour.
 */
final class ClassColors {

    private ClassColors() {
    }

    /** Colour of class {@code cls}; below 0 means unlabelled, a neutral grey. */
    static Color of(int cls) {
        java.awt.Color c = Palette.color(cls);
        return Color.rgb(c.getRed(), c.getGreen(), c.getBlue());
    }

    /** Opacity of the dots of class {@code cls}. */
    static double dotAlpha(int cls) {
        return cls < 0 ? ScatterStyle.UNLABELLED_ALPHA : ScatterStyle.DOT_ALPHA;
    }
}
