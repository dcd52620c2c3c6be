package workbench.app.latent;

/**
 * The rectangle of data space the plot shows. Kept apart from the points so the view can stay put
 * while training moves the codes a little each epoch: a plot that rescales every epoch makes the
 * clusters jump, and the eye then follows the axes instead of the codes.
 */
public record ViewRange(double xMin, double xMax, double yMin, double yMax) {

    /** The view of an empty plot. */
    public static final ViewRange DEFAULT = new ViewRange(-1, 1, -1, 1);

    /** Share of the data span added on each side when fitting, so no point sits on the frame. */
    static final double MARGIN = 0.05;
    /** Points may stray this share of the view span past an edge before the view refits. */
    private static final double STRAY = 0.10;
    /** The view refits when the data shrank below this share of its span on either axis. */
    private static final double SHRINK = 0.40;

    public ViewRange {
        if (!(xMax > xMin) || !(yMax > yMin) || !Double.isFinite(xMax - xMin) || !Double.isFinite(yMax - yMin)) {
            throw new IllegalArgumentException("a view needs finite min < max, got x [" + xMin + ", " + xMax
                    + "], y [" + yMin + ", " + yMax + "]");
        }
    }

    public double width() {
        return xMax - xMin;
    }

    public double height() {
        return yMax - yMin;
    }

    /** The bounds plus a 5% margin; a zero span (one point, or all equal) widens to a unit around it. */
    static ViewRange fit(double minX, double maxX, double minY, double maxY) {
        double[] x = padded(minX, maxX);
        double[] y = padded(minY, maxY);
        return new ViewRange(x[0], x[1], y[0], y[1]);
    }

    private static double[] padded(double min, double max) {
        double span = max - min;
        if (!(span > 0)) {
            double half = Math.max(0.5, Math.abs(min) * 0.1);
            return new double[] {min - half, min + half};
        }
        return new double[] {min - span * MARGIN, max + span * MARGIN};
    }

    /**
     * True when data with these bounds is still well shown by this view: no point strays far past
     * an edge, and the data has not shrunk to a small patch in the middle.
     */
    boolean stillShows(double minX, double maxX, double minY, double maxY) {
        double sx = width() * STRAY;
        double sy = height() * STRAY;
        boolean strays = minX < xMin - sx || maxX > xMax + sx || minY < yMin - sy || maxY > yMax + sy;
        boolean shrank = (maxX - minX) < width() * SHRINK || (maxY - minY) < height() * SHRINK;
        return !strays && !shrank;
    }

    /** This view scaled by {@code factor} (below 1 zooms in) about the data point (cx, cy). */
    ViewRange zoom(double factor, double cx, double cy) {
        return new ViewRange(cx - (cx - xMin) * factor, cx + (xMax - cx) * factor,
                cy - (cy - yMin) * factor, cy + (yMax - cy) * factor);
    }

    /** This view moved by (dx, dy) in data units. */
    ViewRange shift(double dx, double dy) {
        return new ViewRange(xMin + dx, xMax + dx, yMin + dy, yMax + dy);
    }
}
