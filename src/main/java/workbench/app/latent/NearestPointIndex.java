package workbench.app.latent;

import java.util.Arrays;
import java.util.Set;

/**
 * Finds the point under the cursor without scanning all of them on every mouse move: a uniform
 * grid over the plot area, in pixels, with cells as wide as the hover radius, so a query looks at
 * the 3 x 3 cells around the cursor only. Built in screen space because "near" means near on
 * screen, whatever the zoom; rebuilt (a linear pass) when the points, the view or the hidden
 * classes change.
 */
final class NearestPointIndex {

    private final double cell;
    private Projection projection;
    private int cols;
    private int rows;
    /** Points of cell c are items[cellStart[c] .. cellStart[c + 1]). */
    private int[] cellStart = new int[1];
    private int[] items = new int[0];
    private float[] screenX = new float[0];
    private float[] screenY = new float[0];

    NearestPointIndex(double cellSize) {
        this.cell = cellSize;
    }

    /** Indexes the points of {@code cloud} not in a hidden class that fall inside the plot area. */
    void build(PointCloud cloud, Projection area, Set<Integer> hidden) {
        projection = area;
        cols = Math.max(1, (int) Math.ceil(area.width() / cell));
        rows = Math.max(1, (int) Math.ceil(area.height() / cell));
        int n = cloud.drawOrder.length;
        screenX = new float[cloud.size()];
        screenY = new float[cloud.size()];
        int[] cellOf = new int[n];
        cellStart = new int[cols * rows + 1];
        for (int k = 0; k < n; k++) {
            int i = cloud.drawOrder[k];
            cellOf[k] = -1;
            if (hidden.contains(cloud.labels[i])) {
                continue;
            }
            double px = area.toX(cloud.x[i]);
            double py = area.toY(cloud.y[i]);
            if (!area.contains(px, py)) {
                continue;
            }
            screenX[i] = (float) px;
            screenY[i] = (float) py;
            int c = cellIndex(px, py);
            cellOf[k] = c;
            cellStart[c + 1]++;
        }
        for (int c = 0; c < cols * rows; c++) {
            cellStart[c + 1] += cellStart[c];
        }
        items = new int[cellStart[cols * rows]];
        int[] fill = Arrays.copyOf(cellStart, cols * rows);
        // Filled in draw order, so of points on the same spot the one drawn on top wins.
        for (int k = 0; k < n; k++) {
            if (cellOf[k] >= 0) {
                items[fill[cellOf[k]]++] = cloud.drawOrder[k];
            }
        }
    }

    /** Index of the point nearest to (px, py) within {@code radius} pixels, or -1. */
    int nearest(double px, double py, double radius) {
        if (projection == null || !projection.contains(px, py)) {
            return -1;
        }
        int cx = (int) ((px - projection.left()) / cell);
        int cy = (int) ((py - projection.top()) / cell);
        int reach = (int) Math.ceil(radius / cell);
        double best = radius * radius;
        int found = -1;
        for (int y = Math.max(0, cy - reach); y <= Math.min(rows - 1, cy + reach); y++) {
            for (int x = Math.max(0, cx - reach); x <= Math.min(cols - 1, cx + reach); x++) {
                int c = y * cols + x;
                for (int k = cellStart[c]; k < cellStart[c + 1]; k++) {
                    int i = items[k];
                    double dx = screenX[i] - px;
                    double dy = screenY[i] - py;
                    double d = dx * dx + dy * dy;
                    if (d <= best) {
                        best = d;
                        found = i;
                    }
                }
            }
        }
        return found;
    }

    private int cellIndex(double px, double py) {
        int x = Math.min(cols - 1, Math.max(0, (int) ((px - projection.left()) / cell)));
        int y = Math.min(rows - 1, Math.max(0, (int) ((py - projection.top()) / cell)));
        return y * cols + x;
    }
}
