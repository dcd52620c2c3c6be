package workbench.app;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import workbench.app.viewmodel.DesignerViewModel;
import workbench.app.viewmodel.LayerRow;
import workbench.engine.ActivationFunction;
import workbench.engine.LayerKind;
import workbench.engine.LayerKind.Field;
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
    /** The design's problem in words, shared with the rest of the designer: it goes where the fault is. */
    private final Label problem;

    LayerStackEditor(String stackName, ObservableList<LayerRow> rows, ReadOnlyStringProperty problemField,
                     Label problem) {
        this.rows = rows;
        this.problem = problem;
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
        for (int i = 0; i < rows.size(); i++) {
            getChildren().add(line(i, rows.get(i)));
        }
        Button add = new Button("+ Add layer");
        add.setId(stackName + "AddLayer");
        add.setOnAction(e -> rows.add(LayerRow.dense(16, ActivationFunction.RELU)));
        getChildren().add(add);
        highlight();
    }

    /**
     * One layer as a flow of small groups (number and type, units, activation, dropout, geometry,
     * buttons), each a label with its field: a wide column shows a layer on one line, a narrow one
     * (presenter mode's larger text) wraps whole groups onto the next, so no field is ever squeezed
     * below its text.
     */
    private VBox line(int index, LayerRow row) {
        Label number = new Label((index + 1) + ".");
        ChoiceBox<LayerKind> kind = Controls.choice(row.kindProperty(), LayerKind.values());
        kind.setId(stackName + "Kind" + index);
        Label unitsLabel = new Label();
        var units = Controls.named(Controls.intSpinner(row.unitsProperty(), 0, 1_000_000, 8), "Units");
        units.setId(stackName + "Units" + index);
        units.setTooltip(new Tooltip("Units of a dense layer, or filters of a convolution"));
        ChoiceBox<ActivationFunction> activation = Controls.choice(row.activationProperty(), ActivationFunction.values());
        activation.setId(stackName + "Activation" + index);
        Label rateLabel = new Label();
        var rate = Controls.named(Controls.numberField(row.rateProperty(), 0, 10, null), "Rate");
        rate.setPrefColumnCount(4);
        rate.setTooltip(new Tooltip("Dropout after a dense layer, a dropout layer's rate, or a noise layer's deviation"));
        Label kernelLabel = new Label("kernel");
        var kernel = Controls.named(Controls.intSpinner(row.kernelProperty(), 1, 64, 1), "Kernel");
        kernel.setId(stackName + "Kernel" + index);
        kernel.setTooltip(new Tooltip("Kernel size of a convolution, window of a pooling, factor of an upsampling"));
        Label strideLabel = new Label("stride");
        var stride = Controls.named(Controls.intSpinner(row.strideProperty(), 1, 64, 1), "Stride");
        stride.setTooltip(new Tooltip("Stride: how far the kernel or window moves"));
        ChoiceBox<Padding> padding = Controls.choice(row.paddingProperty(), Padding.values());
        padding.setTooltip(new Tooltip("Same: the output keeps height and width (divided by the stride);"
                + " valid: no padding, so the output shrinks by the kernel size minus one"));
        TextField shape = shapeField(row);
        shape.setId(stackName + "Shape" + index);
        HBox unitsGroup = group(unitsLabel, units);
        HBox rateGroup = group(rateLabel, rate);
        HBox kernelGroup = group(kernelLabel, kernel);
        HBox strideGroup = group(strideLabel, stride);
        Map<Field, Node> fieldNodes = new EnumMap<>(Map.of(Field.UNITS, unitsGroup, Field.ACTIVATION, activation,
                Field.RATE, rateGroup, Field.KERNEL, kernelGroup, Field.STRIDE, strideGroup, Field.PADDING, padding,
                Field.SHAPE, shape));
        Map<Field, Label> fieldLabels = Map.of(Field.UNITS, unitsLabel, Field.RATE, rateLabel,
                Field.KERNEL, kernelLabel, Field.STRIDE, strideLabel);
        Runnable showFields = () -> {
            LayerKind k = row.kindProperty().get();
            List<Field> shown = k.shownFields(row.shapeProperty().get() != null);
            fieldNodes.forEach((field, node) -> show(node, shown.contains(field)));
            fieldLabels.forEach((field, label) -> {
                if (k.fieldName(field) != null) {
                    label.setText(k.fieldName(field));
                }
            });
        };
        row.kindProperty().addListener((o, was, now) -> showFields.run());
        row.shapeProperty().addListener((o, was, now) -> showFields.run());
        showFields.run();
        Button up = small("\u2191", "Move up", () -> DesignerViewModel.move(rows, index, -1));
        up.setDisable(index == 0);
        Button down = small("\u2193", "Move down", () -> DesignerViewModel.move(rows, index, +1));
        down.setDisable(index == rows.size() - 1);
        Button remove = small("\u2715", "Remove this layer", () -> rows.remove(index));
        remove.setId(stackName + "Remove" + index);
        FlowPane fields = new FlowPane(6, 4, group(number, kind), unitsGroup, shape, activation, rateGroup,
                kernelGroup, strideGroup, padding, group(up, down, remove));
        fields.setAlignment(Pos.CENTER_LEFT);
        fields.setRowValignment(VPos.CENTER);
        VBox line = new VBox(2, fields);
        line.setPadding(new Insets(2));
        return line;
    }

    /** Items that wrap together, as a label and its field. */
    private static HBox group(Node... nodes) {
        HBox box = new HBox(3, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }

    private static void show(Node node, boolean visible) {
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
            if (field.getText().isBlank()) {
                return; // nothing typed yet: the design's problem says a reshape needs a shape
            }
            String[] parts = field.getText().trim().toLowerCase(Locale.ROOT).split("x");
            try {
                int[] n = Arrays.stream(parts).mapToInt(p -> Integer.parseInt(p.trim())).toArray();
                if (n.length == 3) {
                    row.shapeProperty().set(Shape.image(n[0], n[1], n[2]));
                } else if (n.length == 2) {
                    row.shapeProperty().set(Shape.image(1, n[0], n[1]));
                } else {
                    throw new IllegalArgumentException("two or three sizes");
                }
                Controls.accept(field);
            } catch (IllegalArgumentException e) {
                String kept = row.shapeProperty().get() == null ? "" : text(row);
                Controls.refuse(field, "Shape: \"" + field.getText().trim() + "\" is not a shape such as 8x4x4"
                        + " (channels x height x width) or 14x14 (height x width)"
                        + (kept.isEmpty() ? "." : "; kept " + kept + "."));
                field.setText(kept);
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
        return row.kindProperty().get() == LayerKind.UPSAMPLE ? s.height() + "x" + s.width() : s.toString();
    }

    private static Button small(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    /**
     * Marks the row that the designer's problem names, and puts the problem's words under it, where
     * the user looks when mending it.
     */
    private void highlight() {
        String field = problemField.get();
        for (int i = 0; i < rows.size() && i < getChildren().size() - 1; i++) {
            boolean faulty = field.equals(stackName + "." + i);
            VBox line = (VBox) getChildren().get(i);
            line.setStyle(faulty ? "-fx-border-color: #d55e00; -fx-border-width: 2;" : "");
            if (faulty && !line.getChildren().contains(problem)) {
                line.getChildren().add(problem);
            }
        }
    }
}
