package workbench.app.layout;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * A table whose columns are each as wide as their header and their longest value, so that no cell
 * reads "Da..." or "0..."; where they do not all fit, the table scrolls sideways. Sized at layout,
 * where the header's font (larger in presenter mode) is known, again when the rows or the font change.
 * Each column gets what its text needs and no more: the header's text in its bold font with the
 * header's padding and room for the sort arrow, each value in the cells' plain font with the cell's
 * padding; a column padded by the header's measure for every value took a tenth more of the table
 * for each column.
 *
 * @param <T> the row type
 */
public class FittedTable<T> extends TableView<T> {
    /** The cell's and the header's padding in modena, 0.166667em a side, and their borders, in ems and pixels. */
    private static final double PADDING_EM = 2 * 0.166667;
    private static final double BORDERS = 3;
    /** Room for the arrow a sorted column's header shows beside its text (0.625em wide, with its padding). */
    private static final double SORT_ARROW_EM = 1.0;
    /** What each column shows of a row, as text. */
    private final Map<TableColumn<T, ?>, Function<T, String>> shown = new HashMap<>();
    private Font fittedFont;
    private int fittedRows = -1;
    /** Rows the table keeps on show however short its place: see {@link #setLeastRows}. */
    private int leastRows = 1;

    public FittedTable() {
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    }

    /** A column whose cells show {@code text} of the row (read-only). */
    public TableColumn<T, String> textColumn(String title, Function<T, String> text) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(text.apply(row.getValue())));
        c.setEditable(false);
        return fitted(c, text);
    }

    /** Sizes {@code column} to {@code text} of each row (its header included); returns the column. */
    public <C extends TableColumn<T, ?>> C fitted(C column, Function<T, String> text) {
        shown.put(column, text);
        return column;
    }

    /**
     * The table's least height shows its header and this many rows (as many as it has, when fewer):
     * a view too short for more scrolls, or squeezes a figure beside it, rather than the table to its
     * header. A TableView's own least height is several times that, which pushed a splitter off its
     * share and took a chart's room.
     */
    public void setLeastRows(int rows) {
        leastRows = rows;
        requestLayout();
    }

    @Override
    protected double computeMinHeight(double width) {
        return heightFor(Math.min(leastRows, Math.max(1, getItems().size())));
    }

    /**
     * The height that shows the header and {@code rows} whole rows under it, with the sideways scroll
     * bar when the columns do not all fit, in the fonts the table has now: what a view gives the
     * table as its least height so that it never shrinks to a header alone.
     */
    public double heightFor(int rows) {
        Font font = headerFont();
        double size = font == null ? Font.getDefault().getSize() : font.getSize();
        Node header = lookup(".column-header-background");
        double headerHeight = header == null ? 2 * size : header.prefHeight(-1);
        Node row = lookup(".table-row-cell");
        // a row not yet made (a table never laid out) is a line of text and its padding, as modena sizes it
        double rowHeight = row == null ? Math.ceil(size * (1.2 + PADDING_EM)) + BORDERS : row.prefHeight(-1);
        return snappedTopInset() + headerHeight + rows * rowHeight + sidewaysBar() + snappedBottomInset() + 1;
    }

    private double sidewaysBar() {
        double columns = 0;
        for (TableColumn<T, ?> c : getColumns()) {
            columns += c.getWidth();
        }
        if (columns <= getWidth() - snappedLeftInset() - snappedRightInset()) {
            return 0;
        }
        for (Node n : lookupAll(".scroll-bar")) {
            if (n instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL) {
                return bar.prefHeight(-1);
            }
        }
        return 0;
    }

    @Override
    protected void layoutChildren() {
        Font font = headerFont();
        if (font != null && (!font.equals(fittedFont) || getItems().size() != fittedRows)) {
            fittedFont = font;
            fittedRows = getItems().size();
            fitColumns(font);
        }
        super.layoutChildren();
    }

    private Font headerFont() {
        return lookup(".column-header .label") instanceof Labeled header ? header.getFont() : null;
    }

    private void fitColumns(Font headerFont) {
        Text header = new Text();
        header.setFont(headerFont);
        Text cell = new Text();
        cell.setFont(Font.font(headerFont.getFamily(), FontWeight.NORMAL, headerFont.getSize()));
        double padding = PADDING_EM * headerFont.getSize() + BORDERS;
        for (TableColumn<T, ?> c : getColumns()) {
            Function<T, String> text = shown.get(c);
            if (text == null) {
                continue;
            }
            double arrow = c.isSortable() ? SORT_ARROW_EM * headerFont.getSize() : 0;
            double w = widthOf(header, c.getText()) + arrow;
            for (T row : getItems()) {
                w = Math.max(w, widthOf(cell, text.apply(row)));
            }
            c.setPrefWidth(Math.ceil(w + padding));
        }
    }

    private static double widthOf(Text measure, String s) {
        measure.setText(s == null ? "" : s);
        return measure.getLayoutBounds().getWidth();
    }
}
