package workbench.app.layout;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A table whose columns are each as wide as their header and their longest value, so that no cell
 * reads "Da..." or "0..."; where they do not all fit, the table scrolls sideways. Sized at layout,
 * where the header's font (larger in presenter mode) is known, again when the rows or the font change.
 *
 * @param <T> the row type
 */
public class FittedTable<T> extends TableView<T> {
    /** What each column shows of a row, as text. */
    private final Map<TableColumn<T, ?>, Function<T, String>> shown = new HashMap<>();
    private Font fittedFont;
    private int fittedRows = -1;

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

    @Override
    protected void layoutChildren() {
        Font font = lookup(".column-header .label") instanceof Labeled header ? header.getFont() : null;
        if (font != null && (!font.equals(fittedFont) || getItems().size() != fittedRows)) {
            fittedFont = font;
            fittedRows = getItems().size();
            fitColumns(font);
        }
        super.layoutChildren();
    }

    private void fitColumns(Font font) {
        Text measure = new Text();
        measure.setFont(font);
        // the cell's and the header's padding, and the header's sort arrow
        double extra = 2.2 * font.getSize() + 6;
        for (TableColumn<T, ?> c : getColumns()) {
            Function<T, String> text = shown.get(c);
            if (text == null) {
                continue;
            }
            double w = widthOf(measure, c.getText());
            for (T row : getItems()) {
                w = Math.max(w, widthOf(measure, text.apply(row)));
            }
            c.setPrefWidth(Math.ceil(w + extra));
        }
    }

    private static double widthOf(Text measure, String s) {
        measure.setText(s == null ? "" : s);
        return measure.getLayoutBounds().getWidth();
    }
}
