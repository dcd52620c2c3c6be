package workbench.app.history;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxTableCell;
import workbench.app.layout.FittedTable;
import workbench.session.RunRecord;

/**
 * The runs of the session, one per line, with a box to tick for the overlay. Numbers stay numbers
 * underneath, so a column sorts by value and not by its text. Each column is as wide as what it
 * shows, a long model summary shortened; the table scrolls sideways when they do not all fit.
 */
final class RunTable extends FittedTable<RunRow> {

    RunTable(ObservableList<RunRow> rows) {
        SortedList<RunRow> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        setEditable(true); // only the check box column is editable
        setPlaceholder(new Label("Runs appear here when they end: train a model to record the first."));

        TableColumn<RunRow, Boolean> overlay = new TableColumn<>("Plot");
        overlay.setCellValueFactory(c -> c.getValue().overlayProperty());
        overlay.setCellFactory(CheckBoxTableCell.forTableColumn(overlay));
        overlay.setEditable(true);
        overlay.setSortable(false);
        fitted(overlay, r -> "");

        TableColumn<RunRow, Integer> number = new TableColumn<>("#");
        number.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().record().number()));
        fitted(number, r -> String.valueOf(r.record().number()));

        TableColumn<RunRow, Integer> epochs = new TableColumn<>("Epochs");
        epochs.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().record().epochCount()));
        epochs.setEditable(false);
        fitted(epochs, r -> String.valueOf(r.record().epochCount()));

        getColumns().addAll(List.of(overlay, number,
                model(),
                text("Dataset", RunRecord::dataset),
                text("Variant", r -> r.variant().name().toLowerCase(Locale.ROOT)),
                text("Loss", r -> r.loss().displayName()),
                epochs,
                value("Train loss", RunRecord::finalTrainLoss, RunFormat::loss),
                value("Val. loss", RunRecord::finalValidationLoss, RunFormat::loss),
                value("Test loss", RunRecord::testLoss, RunFormat::loss),
                value("Time", RunRecord::trainSeconds, RunFormat::seconds),
                text("Status", RunTable::status)));
        setId("runTable");
        setLeastRows(2); // the tab is short in presenter mode: the rest of the runs scroll
    }

    private static String status(RunRecord r) {
        return r.continuations() == 0 ? r.status().text()
                : r.status().text() + ", continued " + (r.continuations() == 1 ? "once" : r.continuations() + " times");
    }

    /** The model's summary, shortened where it is long (see {@link BriefSummary}), the whole of it in the cell's tooltip. */
    private TableColumn<RunRow, String> model() {
        TableColumn<RunRow, String> c = new TableColumn<>("Model");
        c.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().record().summary()));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String summary, boolean empty) {
                super.updateItem(summary, empty);
                boolean none = empty || summary == null;
                setText(none ? null : BriefSummary.of(summary));
                setTooltip(none ? null : new Tooltip(summary));
            }
        });
        c.setEditable(false);
        return fitted(c, row -> BriefSummary.of(row.record().summary()));
    }

    private TableColumn<RunRow, String> text(String title, Function<RunRecord, String> of) {
        return textColumn(title, row -> of.apply(row.record()));
    }

    private TableColumn<RunRow, Double> value(String title, ToDoubleFunction<RunRecord> of,
                                              Function<Double, String> format) {
        TableColumn<RunRow, Double> c = new TableColumn<>(title);
        c.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(of.applyAsDouble(row.getValue().record())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Double v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : format.apply(v));
            }
        });
        c.setEditable(false);
        return fitted(c, r -> format.apply(of.applyAsDouble(r.record())));
    }
}
