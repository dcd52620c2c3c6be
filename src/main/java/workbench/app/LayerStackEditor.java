package workbench.app;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import workbench.app.viewmodel.LayerRow;
import workbench.engine.ActivationFunction;
import workbench.engine.LayerSpec;
import workbench.engine.Padding;
import workbench.engine.Shape;

/**
 * An editable layer stack: one line per layer with its type and the fields that type has (units,
 * filters, kernel, stride, padding, activation, dropout, target shape), and buttons to move or
 * remove it. Rows are rebuilt only when layers are added, removed or moved, so
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
        Label header = new Label("      type          units / filters, kernel, stride, padding, activation, dropout / rate");
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

    private VBox line(int index, LayerRow row) {
        Label number = new Label((index + 1) + ".");
        number.setMinWidth(22);
        ChoiceBox<LayerSpec.Kind> kind = Controls.choice(row.kindProperty(), LayerSpec.Kind.values());
        Label kernelLabel = new Label();
        Label strideLabel = new Label();
        var units = Controls.intSpinner(row.unitsProperty(), 0, 1_000_000, 8);
        units.setId(stackName + "Units" + index);
        units.setPrefWidth(105);
        units.setTooltip(new Tooltip("Units of a dense layer, or filters of a convolution"));
        ChoiceBox<ActivationFunction> activation = Controls.choice(row.activationProperty(), ActivationFunction.values());
        var rate = Controls.numberField(row.rateProperty(), 0, 10, null);
        rate.setPrefColumnCount(4);
        rate.setTooltip(new Tooltip("Dropout after a dense layer, a dropout layer's rate, or a noise layer's deviation"));
        var kernel = Controls.intSpinner(row.kernelProperty(), 1, 64, 1);
        kernelLabel.setText("kernel");
        kernel.setId(stackName + "Kernel" + index);
        kernel.setPrefWidth(72);
        kernel.setTooltip(new Tooltip("Kernel size of a convolution, window of a pooling, factor of an upsampling"));
        var stride = Controls.intSpinner(row.strideProperty(), 1, 64, 1);
        stride.setPrefWidth(72);
        stride.setTooltip(new Tooltip("Stride: how far the kernel or window moves"));
        ChoiceBox<Padding> padding = Controls.choice(row.paddingProperty(), Padding.values());
        padding.setTooltip(new Tooltip("Same: the output keeps height and width (divided by the stride);"
                + " valid: no padding, so the output shrinks by the kernel size minus one"));
        TextField shape = shapeField(row);
        shape.setId(stackName + "Shape" + index);
        strideLabel.setText("stride");
        Runnable showFields = () -> {
            LayerSpec.Kind k = row.kindProperty().get();
            boolean weighted = k.hasWeights();
            boolean conv = k == LayerSpec.Kind.CONV || k == LayerSpec.Kind.CONV_TRANSPOSE;
            boolean pool = k == LayerSpec.Kind.MAX_POOL || k == LayerSpec.Kind.AVG_POOL;
            show(units, weighted);
            show(activation, weighted);
            show(rate, k == LayerSpec.Kind.DENSE || k == LayerSpec.Kind.DROPOUT || k == LayerSpec.Kind.GAUSSIAN_NOISE);
            show(kernelLabel, conv || pool || k == LayerSpec.Kind.UPSAMPLE && row.shapeProperty().get() == null);
            show(kernel, kernelLabel.isVisible());
            show(strideLabel, conv || pool);
            show(stride, conv || pool);
            show(padding, conv || pool);
            show(shape, k == LayerSpec.Kind.RESHAPE || k == LayerSpec.Kind.UPSAMPLE && row.shapeProperty().get() != null);
        };
        row.kindProperty().addListener((o, was, now) -> showFields.run());
        showFields.run();
        Button up = small("\u2191", "Move up", () -> move(index, -1));
        up.setDisable(index == 0);
        Button down = small("\u2193", "Move down", () -> move(index, +1));
        down.setDisable(index == rows.size() - 1);
        Button remove = small("\u2715", "Remove this layer", () -> rows.remove(index));
        remove.setId(stackName + "Remove" + index);
        HBox line = new HBox(4, number, kind, units, shape, activation, rate, up, down, remove);
        line.setAlignment(Pos.CENTER_LEFT);
        // a convolution's or pooling's geometry goes on a second line, so that the row fits the
        // settings column instead of squeezing every field to an unreadable width
        Region indent = new Region();
        indent.setMinWidth(26);
        HBox geometry = new HBox(4, indent, kernelLabel, kernel, strideLabel, stride, padding);
        geometry.setAlignment(Pos.CENTER_LEFT);
        geometry.visibleProperty().bind(kernelLabel.visibleProperty().or(padding.visibleProperty()));
        geometry.managedProperty().bind(geometry.visibleProperty());
        return new VBox(2, line, geometry);
    }

    private static void show(javafx.scene.Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    /** A reshape's target typed as CxHxW (8x4x4), or an upsampling's exact size as HxW. */
    private static TextField shapeField(LayerRow row) {
        TextField field = new TextField(row.shapeProperty().get() == null ? "" : text(row));
        field.setPrefColumnCount(6);
        field.setPromptText("8x4x4");
        field.setTooltip(new Tooltip("Target shape: channels x height x width (an upsampling's: height x width)"));
        Runnable commit = () -> {
            String[] parts = field.getText().trim().toLowerCase(java.util.Locale.ROOT).split("x");
            try {
                int[] n = java.util.Arrays.stream(parts).mapToInt(p -> Integer.parseInt(p.trim())).toArray();
                if (n.length == 3) {
                    row.shapeProperty().set(Shape.image(n[0], n[1], n[2]));
                } else if (n.length == 2) {
                    row.shapeProperty().set(Shape.image(1, n[0], n[1]));
                }
            } catch (IllegalArgumentException e) {
                field.setText(row.shapeProperty().get() == null ? "" : text(row));
            }
        };
        field.setOnAction(e -> commit.run());
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit.run();
            }
        });
        return field;
    }

    private static String text(LayerRow row) {
        Shape s = row.shapeProperty().get();
        return row.kindProperty().get() == LayerSpec.Kind.UPSAMPLE ? s.height() + "x" + s.width() : s.toString();
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
