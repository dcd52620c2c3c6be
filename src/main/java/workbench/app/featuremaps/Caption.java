package workbench.app.featuremaps;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A channel tile's caption, its number and the range its colours span, in the first form that
 * fits the tile's width: on one line, then with fewer digits, then number above range, then in
 * smaller type, and at last one value a line. Never cut with an ellipsis: "#1 0 ..." tells the reader nothing.
 *
 * @param text one line, or two separated by a line break
 */
record Caption(String text, Font font) {
    private static final Text MEASURE = new Text();

    /**
     * @param channel counted from 1
     * @param width   the tile's width, pixels
     */
    static Caption fit(int channel, double min, double max, double width, double fontSize, double smallestSize) {
        String number = "#" + channel;
        String[] lines = {
            number + "  " + range(min, max, 3, " \u2013 "),
            number + " " + range(min, max, 2, "\u2013"),
            number + "\n" + range(min, max, 3, " \u2013 "),
            number + "\n" + range(min, max, 2, "\u2013"),
            // the narrowest tiles (64 channels in a small tab): one value a line, in small type
            number + "\n" + ChannelTile.format(min, 2) + " \u2013\n" + ChannelTile.format(max, 2),
        };
        for (double size = fontSize; ; size = Math.max(smallestSize, size - 1)) {
            Font font = Font.font(size);
            for (String text : lines) {
                if (text.split("\n").length > 2 && size > smallestSize) {
                    continue; // three lines only fit the caption's height in the smallest type
                }
                if (width(text, font) <= width && height(text, font) <= ChannelTile.CAPTION) {
                    return new Caption(text, font);
                }
            }
            if (size <= smallestSize) {
                return new Caption(lines[lines.length - 1], font);
            }
        }
    }

    private static String range(double min, double max, int digits, String dash) {
        return ChannelTile.format(min, digits) + dash + ChannelTile.format(max, digits);
    }

    /** Height of all lines of {@code text}; FX thread only. */
    static double height(String text, Font font) {
        MEASURE.setFont(font);
        MEASURE.setText(text);
        return MEASURE.getLayoutBounds().getHeight();
    }

    /** Width of the widest line of {@code text}; FX thread only (one shared measuring node). */
    static double width(String text, Font font) {
        MEASURE.setFont(font);
        double widest = 0;
        for (String line : text.split("\n")) {
            MEASURE.setText(line);
            widest = Math.max(widest, MEASURE.getLayoutBounds().getWidth());
        }
        return widest;
    }
}
