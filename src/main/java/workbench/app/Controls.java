package workbench.app;

import java.util.Locale;
import java.util.function.DoubleConsumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;

/** Small builders for the experiment panel's fields, each bound both ways to a view-model property. */
final class Controls {
    private Controls() {
    }

    /** An integer spinner bound to {@code property}; typing commits on Enter or on leaving the field. */
    static Spinner<Integer> intSpinner(IntegerProperty property, int min, int max, int step) {
        Spinner<Integer> spinner = new Spinner<>(min, max, property.get(), step);
        spinner.setEditable(true);
        spinner.setPrefWidth(100);
        spinner.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                property.set(now);
            }
        });
        property.addListener((o, was, now) -> spinner.getValueFactory().setValue(now.intValue()));
        spinner.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                commit(spinner);
            }
        });
        return spinner;
    }

    private static void commit(Spinner<Integer> spinner) {
        try {
            spinner.increment(0);
        } catch (NumberFormatException e) {
            spinner.getEditor().setText(String.valueOf(spinner.getValue()));
        }
    }

    /**
     * A number field for values such as learning rates (1e-3): it accepts any decimal or scientific
     * notation, marks a bad entry in red with a tooltip, and keeps the last good value.
     */
    static TextField numberField(DoubleProperty property, double min, double max, DoubleConsumer onCommit) {
        TextField field = new TextField(format(property.get()));
        field.setPrefColumnCount(7);
        Runnable commit = () -> {
            try {
                double v = Double.parseDouble(field.getText().trim());
                if (!(v >= min && v <= max)) {
                    throw new NumberFormatException();
                }
                field.setStyle("");
                field.setTooltip(null);
                property.set(v);
                if (onCommit != null) {
                    onCommit.accept(v);
                }
            } catch (NumberFormatException e) {
                field.setStyle("-fx-border-color: #d55e00; -fx-border-width: 2;");
                field.setTooltip(new Tooltip("Enter a number from " + format(min) + " to " + format(max)
                        + "; kept " + format(property.get())));
            }
        };
        field.setOnAction(e -> commit.run());
        field.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                commit.run();
            }
        });
        property.addListener((o, was, now) -> {
            if (!field.isFocused()) {
                field.setText(format(now.doubleValue()));
            }
        });
        return field;
    }

    static String format(double v) {
        if (v != 0 && (Math.abs(v) < 1e-2 || Math.abs(v) >= 1e5)) {
            return String.format(Locale.ROOT, "%.3g", v).replaceAll("\\.?0+e", "e");
        }
        return String.format(Locale.ROOT, "%.4f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /** A choice of enum values shown with friendly names, bound both ways. */
    static <E extends Enum<E>> ChoiceBox<E> choice(ObjectProperty<E> property, E[] values) {
        ChoiceBox<E> box = new ChoiceBox<>();
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E e) {
                return e == null ? "" : friendly(e);
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        });
        box.valueProperty().bindBidirectional(property);
        return box;
    }

    static String friendly(Enum<?> e) {
        String name = e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return switch (name) {
            case "relu" -> "ReLU";
            case "leaky relu" -> "Leaky ReLU";
            case "elu" -> "ELU";
            case "mse" -> "MSE";
            case "mae" -> "MAE";
            case "bce" -> "Cross-entropy (BCE)";
            case "sgd" -> "SGD";
            case "rmsprop" -> "RMSProp";
            case "adam" -> "Adam";
            case "adamw" -> "AdamW";
            case "l1" -> "L1";
            case "kl" -> "KL divergence";
            case "min max" -> "min-max";
            case "z score" -> "z-score";
            default -> Character.toUpperCase(name.charAt(0)) + name.substring(1);
        };
    }

    /** A two-column form. */
    static GridPane form() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(4));
        return grid;
    }

    static Label row(GridPane grid, String label, Node field) {
        int r = grid.getRowCount();
        Label l = new Label(label);
        l.setLabelFor(field);
        grid.add(l, 0, r);
        grid.add(field, 1, r);
        GridPane.setHgrow(field, Priority.ALWAYS);
        return l;
    }

    /** A row presenter mode may hide, label and field together; the field takes the control's id if it has none. */
    static void row(GridPane grid, String label, Node field, AdvancedControl control) {
        if (field.getId() == null) {
            field.setId(control.id());
        }
        control.tag(row(grid, label, field), field);
    }
}
