package workbench.io.plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.plot.ValueMarker;

/**
 * A marker's label placed where it is whole and in the clear: beside its line, inside the data
 * area, on the side and at the height where it covers the fewest pieces of data and no other
 * label. When every place beside the line is on a curve (a short plot whose curves run along the
 * PCA line), the label goes to the nearest place in the plot clear of the curves, further from its
 * line: a label on the curves hides both. A faint series (the raw per-batch values behind a smoothed
 * curve, see {@link DataFootprint}) is avoided too, but never at the price of leaving the line. JFreeChart
 * puts a marker label at one fixed anchor, so near the plot's edge it is cut ("beats PCA at epoch"
 * without its number) and over the curves it is hidden.
 *
 * @param line where the marker is drawn, in pixels: vertical for a domain marker, horizontal for
 *             a range marker
 */
record MarkerLabel(ValueMarker marker, Line2D line, boolean vertical) {
    /** Space between a label and its line, and between a label and the plot's edge. */
    private static final double GAP = 6;
    private static final double PAD_X = 4;
    private static final double PAD_Y = 2;
    private static final float SMALLEST_FONT = 9f;
    /** Places tried along the line, beyond the first, on each side of it. */
    private static final int STEPS = 8;
    /**
     * What covering one thing costs a candidate place. Another label outweighs the own line, which
     * outweighs any amount of data: the data's cost is capped below the line's. A piece of a curve
     * outweighs a thousand of a faint series' (the raw values behind a smoothed curve).
     */
    private static final long OTHER_LABEL = 1_000_000_000_000L;
    private static final long OWN_LINE = 100_000_000_000L;
    private static final long MAX_DATA = OWN_LINE - 1;
    private static final long CURVE_PIECE = 1_000;
    /**
     * What a place costs for lying on faint values (how many does not matter: the label's light box
     * hides them alike), and for being away from the line: the faint values cost less than being away,
     * which costs less than one piece of a curve. So the label stays in its first place beside the line
     * over the faint values when the curves leave it room there, takes a place beside the line clear of
     * them too when there is one, and leaves the line only for the curves.
     */
    private static final long ON_FAINT = 1;
    private static final long AWAY = CURVE_PIECE / 2;

    /** Draws the label at its best place and returns the box it took. */
    Rectangle2D draw(Graphics2D g2, Rectangle2D area, DataFootprint data, List<Rectangle2D> taken,
            List<Line2D> otherLines) {
        String text = marker.getLabel();
        Font font = fittingFont(g2, text, marker.getLabelFont(), area.getWidth() - 2 * GAP);
        FontMetrics fm = FittedXYPlot.metrics(g2, font);
        double w = fm.stringWidth(text) + 2 * PAD_X;
        double h = fm.getAscent() + fm.getDescent() + 2 * PAD_Y;
        Rectangle2D best = null;
        long bestCost = Long.MAX_VALUE;
        List<Rectangle2D> beside = candidates(area, w, h);
        List<Rectangle2D> places = new ArrayList<>(beside);
        places.addAll(fartherPlaces(area, w, h));
        for (int i = 0; i < places.size(); i++) {
            Rectangle2D box = places.get(i);
            long covered = data.overlaps(box);
            for (Line2D other : otherLines) {
                covered += other.intersects(box) ? 1 : 0;
            }
            boolean away = i >= beside.size();
            long onData = Math.min(covered * CURVE_PIECE + (data.faintOverlaps(box) > 0 ? ON_FAINT : 0)
                    + (away ? AWAY : 0), MAX_DATA);
            long cost = onData + (line.intersects(box) ? OWN_LINE : 0);
            for (Rectangle2D t : taken) {
                cost += t.intersects(box) ? OTHER_LABEL : 0;
            }
            if (cost < bestCost) {
                best = box;
                bestCost = cost;
            }
            if (bestCost == 0 || away && bestCost <= AWAY) {
                break; // the places come in the order preferred: the first in the clear is the one
            }
        }
        Paint background = marker.getLabelBackgroundColor();
        g2.setPaint(background == null ? new Color(255, 255, 255, 210) : background);
        g2.fill(best);
        g2.setPaint(marker.getLabelPaint());
        g2.setFont(font);
        g2.drawString(text, (float) (best.getX() + PAD_X), (float) (best.getY() + PAD_Y + fm.getAscent()));
        return best;
    }

    /**
     * Places beside the line, in the order preferred when they are equally clear: a vertical
     * line's label at the top right, top left, then lower down; a horizontal line's above its
     * right end, below it, a label's height further above and below, then further left. Every box
     * is moved inside the area.
     */
    private List<Rectangle2D> candidates(Rectangle2D area, double w, double h) {
        List<Rectangle2D> out = new ArrayList<>();
        if (vertical) {
            double x = line.getX1();
            double[] lefts = {x + GAP, x - GAP - w};
            double step = Math.max(4, (area.getHeight() - h - 2 * GAP) / STEPS);
            for (double top = area.getMinY() + GAP; top + h <= area.getMaxY() - GAP + 0.5 || out.isEmpty();
                    top += step) {
                for (double left : lefts) {
                    out.add(inside(area, left, top, w, h));
                }
            }
        } else {
            double y = line.getY1();
            // just above and below the line first; a label height further off each way when the data crowds
            // the line (a small plot whose curves run along the baseline)
            double[] tops = {y - GAP / 2 - h, y + GAP / 2, y - GAP / 2 - 2 * h, y + GAP / 2 + h};
            double step = Math.max(8, (area.getWidth() - w - 2 * GAP) / STEPS);
            for (double right = area.getMaxX() - GAP; right - w >= area.getMinX() + GAP - 0.5 || out.isEmpty();
                    right -= step) {
                for (double top : tops) {
                    out.add(inside(area, right - w, top, w, h));
                }
            }
        }
        return out;
    }

    /**
     * Places anywhere in the area, on a grid, nearest the line first (then, as beside it, a vertical
     * line's from the top and a horizontal line's from the right): where the label goes when the data
     * crowds every place beside its line.
     */
    private List<Rectangle2D> fartherPlaces(Rectangle2D area, double w, double h) {
        List<Rectangle2D> out = new ArrayList<>();
        double across = Math.max(8, (area.getWidth() - w - 2 * GAP) / STEPS);
        double down = Math.max(4, (area.getHeight() - h - 2 * GAP) / STEPS);
        for (double top = area.getMinY() + GAP; top + h <= area.getMaxY() - GAP + 0.5; top += down) {
            for (double right = area.getMaxX() - GAP; right - w >= area.getMinX() + GAP - 0.5; right -= across) {
                out.add(inside(area, right - w, top, w, h));
            }
        }
        out.sort(Comparator.comparingDouble(this::distanceFromLine)); // a stable sort: ties keep the order above
        return out;
    }

    private double distanceFromLine(Rectangle2D box) {
        return vertical ? Math.max(0, Math.max(box.getMinX() - line.getX1(), line.getX1() - box.getMaxX()))
                : Math.max(0, Math.max(box.getMinY() - line.getY1(), line.getY1() - box.getMaxY()));
    }

    private static Rectangle2D inside(Rectangle2D area, double x, double y, double w, double h) {
        double left = Math.max(area.getMinX() + 1, Math.min(x, area.getMaxX() - 1 - w));
        double top = Math.max(area.getMinY() + 1, Math.min(y, area.getMaxY() - 1 - h));
        return new Rectangle2D.Double(left, top, w, h);
    }

    /** The label's font, made smaller (down to 9 points) when the plot is too narrow for the text. */
    private static Font fittingFont(Graphics2D g2, String text, Font font, double room) {
        Font f = font;
        while (f.getSize2D() > SMALLEST_FONT && FittedXYPlot.metrics(g2, f).stringWidth(text) + 2 * PAD_X > room) {
            f = f.deriveFont(Math.max(SMALLEST_FONT, f.getSize2D() - 1));
        }
        return f;
    }
}
