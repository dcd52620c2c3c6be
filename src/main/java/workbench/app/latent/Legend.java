package workbench.app.latent;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

/**
 * The class legend, right of the plot so it never covers points: one row per class (colour and
 * name), "no label" last, in as many columns as the height needs. Each row is also the switch that
 * hides or shows its class, which is how a reader picks one cluster out of ten overlapping ones.
 */
final class Legend {

    /** The class -1 stands for: the unlabelled points. */
    static final int UNLABELLED = -1;

    private static final double ROW = 22;
    private static final double SWATCH = 6;
    private static final double TEXT_GAP = 8;
    private static final double COLUMN_GAP = 16;
    private static final double MAX_NAME = 170;
    /** Names cut shorter than this say nothing; below it the legend is left out. */
    private static final double MIN_NAME = 48;
    private static final String HINT = "click to hide / show";
    private static final double HINT_ROW = 22;

    private double left;
    private double top;

    private record Entry(int cls, String name) {
    }

    private final List<Entry> entries = new ArrayList<>();
    /** The names as drawn: cut to {@link #shownWidth} when the legend has to be narrow. */
    private final List<String> shown = new ArrayList<>();
    private final List<Rectangle2D> boxes = new ArrayList<>();
    /** Width of the widest name, as wide as the hint needs at least. */
    private double nameWidth;
    /** Width of the widest name alone: digits fit a narrow column even where the hint does not. */
    private double classNameWidth;
    private double shownWidth = -1;
    private int shownColumns;
    private String hint = HINT;
    private int rowsPerColumn = 1;
    private int columns = 1;

    /** Lists the classes of {@code cloud}; names too long for the legend end in an ellipsis. */
    void setClasses(PointCloud cloud) {
        entries.clear();
        nameWidth = 0;
        for (int c = 0; c < cloud.classCount(); c++) {
            entries.add(new Entry(c, ScatterStyle.fit(cloud.classNames.get(c), ScatterStyle.LEGEND, MAX_NAME)));
        }
        if (cloud.hasUnlabelled) {
            entries.add(new Entry(UNLABELLED, "no label"));
        }
        for (Entry e : entries) {
            nameWidth = Math.max(nameWidth, ScatterStyle.textWidth(e.name, ScatterStyle.LEGEND));
        }
        classNameWidth = nameWidth;
        if (!entries.isEmpty()) {
            nameWidth = Math.max(nameWidth, ScatterStyle.textWidth(HINT, ScatterStyle.LEGEND_HINT) - 2 * SWATCH - TEXT_GAP);
        }
        shownWidth = -1;
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    /**
     * Arranges the rows in as many columns as {@code maxHeight} needs and returns the legend's
     * width. When that exceeds {@code maxWidth}, the names are cut short rather than the plot
     * squeezed: with 30 classes, the points matter more than full names. When even cut names do
     * not fit (many classes in a small window) the legend is left out and the width is 0.
     */
    double arrange(double maxHeight, double maxWidth) {
        if (entries.isEmpty()) {
            return 0;
        }
        rowsPerColumn = Math.max(1, (int) ((maxHeight - HINT_ROW) / ROW));
        columns = (entries.size() + rowsPerColumn - 1) / rowsPerColumn;
        double fits = (maxWidth + COLUMN_GAP) / columns - columnWidthExtra();
        if (fits < Math.min(MIN_NAME, classNameWidth)) {
            boxes.clear();
            columns = 0;
            return 0;
        }
        double width = Math.min(nameWidth, fits);
        if (width != shownWidth || columns != shownColumns) {
            shownWidth = width;
            shownColumns = columns;
            shown.clear();
            for (Entry e : entries) {
                shown.add(ScatterStyle.fit(e.name, ScatterStyle.LEGEND, width));
            }
            hint = ScatterStyle.fit(HINT, ScatterStyle.LEGEND_HINT, columns * (width + columnWidthExtra()) - COLUMN_GAP);
        }
        return columns * (shownWidth + columnWidthExtra()) - COLUMN_GAP;
    }

    private static double columnWidthExtra() {
        return 2 * SWATCH + TEXT_GAP + COLUMN_GAP;
    }

    /** Places the arranged legend with its top-left corner at (x, y). */
    void place(double x, double y) {
        left = x;
        top = y;
        boxes.clear();
        if (columns == 0) {
            return;
        }
        double columnWidth = shownWidth + columnWidthExtra();
        for (int k = 0; k < entries.size(); k++) {
            double ex = left + (k / rowsPerColumn) * columnWidth;
            double ey = top + HINT_ROW + (k % rowsPerColumn) * ROW;
            boxes.add(new Rectangle2D(ex, ey, columnWidth - COLUMN_GAP / 2, ROW));
        }
    }

    void paint(GraphicsContext gc, Set<Integer> hidden) {
        if (boxes.isEmpty()) {
            return;
        }
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.CENTER);
        gc.setFont(ScatterStyle.LEGEND_HINT);
        gc.setFill(ScatterStyle.MUTED_TEXT);
        gc.fillText(hint, left, top + HINT_ROW / 2 - 2);
        gc.setFont(ScatterStyle.LEGEND);
        for (int k = 0; k < entries.size(); k++) {
            Entry e = entries.get(k);
            Rectangle2D box = boxes.get(k);
            double cx = box.getMinX() + SWATCH;
            double cy = box.getMinY() + ROW / 2;
            boolean off = hidden.contains(e.cls);
            Color color = ClassColors.of(e.cls);
            if (off) {
                gc.setStroke(ScatterStyle.MUTED_TEXT);
                gc.setLineWidth(1.5);
                gc.strokeOval(cx - SWATCH + 0.75, cy - SWATCH + 0.75, 2 * SWATCH - 1.5, 2 * SWATCH - 1.5);
            } else {
                gc.setFill(color);
                gc.fillOval(cx - SWATCH, cy - SWATCH, 2 * SWATCH, 2 * SWATCH);
            }
            gc.setFill(off ? ScatterStyle.MUTED_TEXT : ScatterStyle.TEXT);
            gc.fillText(shown.get(k), cx + SWATCH + TEXT_GAP, cy);
        }
    }

    /** The class whose row contains (px, py), or empty. */
    OptionalInt hit(double px, double py) {
        for (int k = 0; k < boxes.size(); k++) {
            if (boxes.get(k).contains(px, py)) {
                return OptionalInt.of(entries.get(k).cls);
            }
        }
        return OptionalInt.empty();
    }

    /** Where the row of class {@code cls} is, or null when the legend does not list it. */
    Rectangle2D bounds(int cls) {
        for (int k = 0; k < entries.size(); k++) {
            if (entries.get(k).cls == cls && k < boxes.size()) {
                return boxes.get(k);
            }
        }
        return null;
    }
}
