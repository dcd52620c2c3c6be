package workbench.app;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import workbench.app.viewmodel.LayerRow;
import workbench.engine.ActivationFunction;
import workbench.engine.LayerSpec;

/**
 * An editable layer stack: one line per layer with its type, units, activation and dropout, and
 * buttons to move or remove it. Rows are rebuilt only when layers are added, removed or moved, so
 * typing in a field keeps its focus.
 */
final class LayerStackEditor extends VBox {
    private final ObservableList<LayerRow> rows;
    private final String stackName;
    private final ReadOnlyStringProperty problemField;

    LayerStackEditor(String stackName, ObservableList<LayerRow> rows, ReadOnlyStringProperty problemField) {
        this.rows = rows;
        this.stackName = stackName;
        this.problemField = problemField;
        setSpacing(4);
        rows.addListener((ListChangeListener<LayerRow>) c -> {
            while (c.next()) {
                if (c.wasAdded() || c.wasRemoved() || c.wasPermutated() || c.wasReplaced()) {
                    rebuild();
                    return;
                }
            }
        });
        problemField.addListener((o, was, now) -> highlight());
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        Label header = new Label("      type          units        activation      dropout / rate");
        header.setStyle("-fx-text-fill: #555; -fx-font-size: 11px;");
        getChildren().add(header);
        for (int i = 0; i < rows.size(); i++) {
            getChildren().add(line(i, rows.get(i)));
        }
        Button add = new Button("+ Add layer");
        add.setId(stackName + "AddLayer");
        add.setOnAction(e -> rows.add(LayerRow.dense(16, ActivationFunction.RELU)));
        getChildren().add(add);
        highlight();
    }

    private HBox line(int index, LayerRow row) {
        Label number = new Label((index + 1) + ".");
        number.setMinWidth(22);
        ChoiceBox<LayerSpec.Kind> kind = Controls.choice(row.kindProperty(), LayerSpec.Kind.values());
        var units = Controls.intSpinner(row.unitsProperty(), 0, 1_000_000, 8);
        units.setId(stackName + "Units" + index);
        units.setPrefWidth(105);
        units.setTooltip(new Tooltip("Units of this dense layer"));
        ChoiceBox<ActivationFunction> activation = Controls.choice(row.activationProperty(), ActivationFunction.values());
        var rate = Controls.numberField(row.rateProperty(), 0, 10, null);
        rate.setPrefColumnCount(4);
        rate.setTooltip(new Tooltip("Dropout after a dense layer, a dropout layer's rate, or a noise layer's deviation"));
        Runnable showFields = () -> {
            boolean dense = row.kindProperty().get() == LayerSpec.Kind.DENSE;
            units.setVisible(dense);
            units.setManaged(dense);
            activation.setVisible(dense);
            activation.setManaged(dense);
        };
        row.kindProperty().addListener((o, was, now) -> showFields.run());
        showFields.run();
        Button up = small("\u2191", "Move up", () -> move(index, -1));
        up.setDisable(index == 0);
        Button down = small("\u2193", "Move down", () -> move(index, +1));
        down.setDisable(index == rows.size() - 1);
        Button remove = small("\u2715", "Remove this layer", () -> rows.remove(index));
        remove.setId(stackName + "Remove" + index);
        HBox line = new HBox(4, number, kind, units, activation, rate, up, down, remove);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private static Button small(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    private void move(int index, int delta) {
        int target = index + delta;
        if (target < 0 || target >= rows.size()) {
            return;
        }
        LayerRow row = rows.remove(index);
        rows.add(target, row);
    }

    /** Marks the row that the designer's problem names. */
    private void highlight() {
        String field = problemField.get();
        for (int i = 0; i < rows.size() && i + 1 < getChildren().size(); i++) {
            boolean faulty = field.equals(stackName + "." + i);
            getChildren().get(i + 1).setStyle(faulty ? "-fx-border-color: #d55e00; -fx-border-width: 2; -fx-padding: 2;" : "");
        }
    }
}
