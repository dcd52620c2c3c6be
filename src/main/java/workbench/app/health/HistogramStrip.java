package workbench.app.health;

import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import workbench.analysis.Histogram;

/**
 * A layer's histograms over the epochs as one heat-map, as TensorBoard's histogram view but
 * compact enough for every layer on one screen: an epoch per column, left to right, the values on
 * a scale common to all the epochs shown (low at the bottom), and each column's cells darker where
 * more values fell. Each column is scaled to its own fullest cell, on a log scale of the counts, so
 * an epoch's shape and its tails read even where one bin holds most values (the zeros of a ReLU
 * layer, the near-zero gradients of most weights).
 */
final class HistogramStrip extends Canvas {
    static final double WIDTH = 180;
    static final double HEIGHT = 56;
    /** Cells a column is cut into. */
    private static final int ROWS = 28;
    private static final Color EMPTY = Color.WHITE;
    private static final Color FULL = Color.web("#08306b");
    private static final Color FRAME = Color.web("#b0b0b0");

    private double low;
    private double high;
    private int columns;

    HistogramStrip() {
        super(WIDTH, HEIGHT);
        getStyleClass().add("histogram-strip");
    }

    /** Draws one column per histogram (null: that epoch has none, left blank). */
    void show(List<Histogram> perEpoch) {
        GraphicsContext g = getGraphicsContext2D();
        g.setFill(EMPTY);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        low = Double.POSITIVE_INFINITY;
        high = Double.NEGATIVE_INFINITY;
        for (Histogram h : perEpoch) {
            if (h != null && h.total() > 0) {
                low = Math.min(low, h.min());
                high = Math.max(high, h.max());
            }
        }
        columns = perEpoch.size();
        if (low <= high) {
            double span = high > low ? high - low : 1;
            double columnWidth = WIDTH / Math.max(1, columns);
            double cell = HEIGHT / ROWS;
            for (int c = 0; c < columns; c++) {
                Histogram h = perEpoch.get(c);
                if (h == null || h.total() == 0) {
                    continue;
                }
                double[] cells = cells(h, low, span);
                double fullest = 0;
                for (double v : cells) {
                    fullest = Math.max(fullest, v);
                }
                double x = Math.floor(c * columnWidth);
                double w = Math.max(1, Math.floor((c + 1) * columnWidth) - x);
                for (int r = 0; r < ROWS; r++) {
                    if (cells[r] > 0) {
                        g.setFill(EMPTY.interpolate(FULL, 0.15 + 0.85 * Math.log1p(cells[r]) / Math.log1p(fullest)));
                        g.fillRect(x, HEIGHT - (r + 1) * cell, w, cell + 0.5);
                    }
                }
            }
        }
        g.setStroke(FRAME);
        g.setLineWidth(1);
        g.strokeRect(0.5, 0.5, WIDTH - 1, HEIGHT - 1);
    }

    /** A histogram's counts spread over the strip's cells, each bin by how much of it a cell covers. */
    static double[] cells(Histogram h, double low, double span) {
        double[] cells = new double[ROWS];
        double binWidth = (h.max() - h.min()) / h.bins();
        for (int b = 0; b < h.bins(); b++) {
            int count = h.count(b);
            if (count == 0) {
                continue;
            }
            double from = (h.min() + b * binWidth - low) / span * ROWS;
            double to = (h.min() + (b + 1) * binWidth - low) / span * ROWS;
            if (to - from < 1e-9) {
                cells[Math.min(ROWS - 1, Math.max(0, (int) from))] += count;
                continue;
            }
            for (int r = Math.max(0, (int) from); r < Math.min(ROWS, (int) Math.ceil(to)); r++) {
                double overlap = Math.min(to, r + 1) - Math.max(from, r);
                cells[r] += count * overlap / (to - from);
            }
        }
        return cells;
    }

    /** The scale's bottom and top, over every epoch drawn; low above high when nothing was drawn. */
    double low() {
        return low;
    }

    double high() {
        return high;
    }

    /** Epochs drawn. */
    int columns() {
        return columns;
    }
}
