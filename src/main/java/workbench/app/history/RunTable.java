package workbench.app.history;

import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import workbench.session.RunRecord;

/**
 * The runs of the session, one per line, with a box to tick for the overlay. Numbers stay numbers
 * underneath, so a column sorts by value and not by its text.
 */
final class RunTable extends TableView<RunRow> {

    RunTable(ObservableList<RunRow> rows) {
        SortedList<RunRow> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        setEditable(true); // only the check box column is editable
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label("Runs appear here when they end: train a model to record the first."));

        TableColumn<RunRow, Boolean> overlay = new TableColumn<>("Plot");
        overlay.setCellValueFactory(c -> c.getValue().overlayProperty());
        overlay.setCellFactory(CheckBoxTableCell.forTableColumn(overlay));
        overlay.setEditable(true);
        overlay.setSortable(false);
        overlay.setPrefWidth(48);

        TableColumn<RunRow, Integer> number = new TableColumn<>("#");
        number.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().record().number()));
        number.setPrefWidth(40);

        getColumns().addAll(java.util.List.of(overlay, number,
                text("Model", 200, RunRecord::summary),
                text("Dataset", 110, RunRecord::dataset),
                text("Variant", 90, r -> r.variant().name().toLowerCase(Locale.ROOT)),
                text("Loss", 60, r -> r.loss().displayName()),
                epochs(),
                value("Train loss", RunRecord::finalTrainLoss, RunFormat::loss),
                value("Val. loss", RunRecord::finalValidationLoss, RunFormat::loss),
                value("Test loss", RunRecord::testLoss, RunFormat::loss),
                value("Time", RunRecord::trainSeconds, RunFormat::seconds),
                text("Status", 150, RunTable::status)));
        setId("runTable");
    }

    private static String status(RunRecord r) {
        return r.continuations() == 0 ? r.status().text()
                : r.status().text() + ", continued " + (r.continuations() == 1 ? "once" : r.continuations() + " times");
    }

    private static TableColumn<RunRow, String> text(String title, double width, Function<RunRecord, String> of) {
        TableColumn<RunRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(of.apply(row.getValue().record())));
        c.setPrefWidth(width);
        c.setEditable(false);
        return c;
    }

    private static TableColumn<RunRow, Integer> epochs() {
        TableColumn<RunRow, Integer> c = new TableColumn<>("Epochs");
        c.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().record().epochCount()));
        c.setPrefWidth(60);
        c.setEditable(false);
        return c;
    }

    private static TableColumn<RunRow, Double> value(String title, ToDoubleFunction<RunRecord> of,
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
        c.setPrefWidth(80);
        c.setEditable(false);
        return c;
    }
}
