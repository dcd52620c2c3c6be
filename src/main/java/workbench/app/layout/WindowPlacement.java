package workbench.app.layout;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;

/**
 * Where the main window opens: where it was last time, when that place is still on a screen, or
 * else centred on the primary screen, never larger than the screen's visible bounds (the part
 * without task bars and docks), so that neither the menu bar nor the status bar is off-screen.
 * Pure geometry, so it is tested without a screen; {@link WindowMemory} applies it to a stage.
 */
public final class WindowPlacement {
    /** The size the window likes on a large screen; a smaller screen gets all of its visible area. */
    public static final double PREFERRED_WIDTH = 1600;
    public static final double PREFERRED_HEIGHT = 1000;
    /** How much of a remembered window must be on a screen for the place to count: a title bar's worth. */
    static final double MIN_VISIBLE_WIDTH = 160;
    static final double MIN_VISIBLE_HEIGHT = 40;

    /** A window's outer bounds, in screen coordinates, and whether it was maximised. */
    public record Bounds(double x, double y, double width, double height, boolean maximized) {
        Rectangle2D rectangle() {
            return new Rectangle2D(x, y, width, height);
        }
    }

    private WindowPlacement() {
    }

    /**
     * The bounds to open at.
     *
     * @param remembered the last bounds, if any
     * @param screens    every screen's visible bounds
     * @param primary    the primary screen's visible bounds
     */
    public static Bounds choose(Optional<Bounds> remembered, List<Rectangle2D> screens, Rectangle2D primary) {
        if (remembered.isPresent()) {
            Bounds last = remembered.get();
            Optional<Rectangle2D> home = screens.stream().filter(s -> showsEnoughOf(s, last.rectangle()))
                    .max((a, b) -> Double.compare(overlap(a, last.rectangle()), overlap(b, last.rectangle())));
            if (home.isPresent() && last.width() > 0 && last.height() > 0) {
                return fitInside(last, home.get());
            }
        }
        double w = Math.min(PREFERRED_WIDTH, primary.getWidth());
        double h = Math.min(PREFERRED_HEIGHT, primary.getHeight());
        return new Bounds(primary.getMinX() + (primary.getWidth() - w) / 2,
                primary.getMinY() + (primary.getHeight() - h) / 2, w, h, false);
    }

    /** The bounds shrunk to the screen and moved onto it, as little as it takes. */
    static Bounds fitInside(Bounds b, Rectangle2D screen) {
        double w = Math.min(b.width(), screen.getWidth());
        double h = Math.min(b.height(), screen.getHeight());
        double x = Math.max(screen.getMinX(), Math.min(b.x(), screen.getMaxX() - w));
        double y = Math.max(screen.getMinY(), Math.min(b.y(), screen.getMaxY() - h));
        return new Bounds(x, y, w, h, b.maximized());
    }

    private static boolean showsEnoughOf(Rectangle2D screen, Rectangle2D window) {
        double w = Math.min(screen.getMaxX(), window.getMaxX()) - Math.max(screen.getMinX(), window.getMinX());
        // the top strip, where the title bar is: a window whose title bar is off every screen cannot be dragged back
        double top = Math.max(screen.getMinY(), window.getMinY());
        double h = Math.min(screen.getMaxY(), window.getMaxY()) - top;
        return w >= Math.min(MIN_VISIBLE_WIDTH, window.getWidth()) && h >= Math.min(MIN_VISIBLE_HEIGHT, window.getHeight())
                && window.getMinY() >= screen.getMinY() - MIN_VISIBLE_HEIGHT / 2 && window.getMinY() < screen.getMaxY();
    }

    private static double overlap(Rectangle2D a, Rectangle2D b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return w > 0 && h > 0 ? w * h : 0;
    }
}
