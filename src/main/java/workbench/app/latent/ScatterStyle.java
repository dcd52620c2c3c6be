package workbench.app.latent;

import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * The look of the latent plot in one place. Text is at least 13 px because the plot is shown on
 * projectors, where JavaFX's 12 px default turns to mush; white background and a light grid so the
 * class colours carry the picture.
 */
final class ScatterStyle {

    private static final String FAMILY = Font.getDefault().getFamily();

    static final Font TITLE = Font.font(FAMILY, FontWeight.BOLD, 17);
    static final Font AXIS_LABEL = Font.font(FAMILY, 16);
    static final Font TICK_LABEL = Font.font(FAMILY, 14);
    static final Font LEGEND = Font.font(FAMILY, 15);
    static final Font LEGEND_HINT = Font.font(FAMILY, 13);
    static final Font CARD = Font.font(FAMILY, 14);

    static final Color BACKGROUND = Color.WHITE;
    static final Color TEXT = Color.web("#222222");
    static final Color MUTED_TEXT = Color.web("#9a9a9a");
    static final Color GRID = Color.web("#e6e6e6");
    static final Color FRAME = Color.web("#8a8a8a");
    static final Color MARKER = Color.web("#111111");

    /** Dot radius in pixels: big enough to see one point, small enough that 10,000 still separate. */
    static final double DOT_RADIUS = 2.5;
    /** Class dots are slightly transparent, so a dense cluster reads darker than a sparse one. */
    static final double DOT_ALPHA = 0.6;
    /** Unlabelled dots recede further: they are context, not the story. */
    static final double UNLABELLED_ALPHA = 0.4;
    /** How far from a point the cursor may be and still count as over it. */
    static final double HOVER_RADIUS = 8;

    private static final Text MEASURE = new Text();

    private ScatterStyle() {
    }

    /** Width of {@code text} set in {@code font}; FX thread only (one shared measuring node). */
    static double textWidth(String text, Font font) {
        MEASURE.setFont(font);
        MEASURE.setText(text);
        return MEASURE.getLayoutBounds().getWidth();
    }

    /** {@code text} cut with an ellipsis so that it fits in {@code maxWidth}. */
    static String fit(String text, Font font, double maxWidth) {
        if (textWidth(text, font) <= maxWidth) {
            return text;
        }
        String cut = text;
        while (cut.length() > 1 && textWidth(cut + "\u2026", font) > maxWidth) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "\u2026";
    }
}
