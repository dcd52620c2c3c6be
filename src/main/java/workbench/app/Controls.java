package workbench.app;

import java.util.Locale;
import java.util.function.DoubleConsumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** Small builders for the experiment panel's fields, each bound both ways to a view-model property. */
final class Controls {
    private Controls() {
    }

    /** Key of a field's name in its properties, for the words of a refusal. */
    private static final Object NAME = new Object();

    /**
     * An integer spinner bound to {@code property}; typing commits on Enter or on leaving the field.
     * A number out of range is not taken silently: the field says why next to it, and the status bar
     * repeats it ({@link #refuse}). Its width follows its largest value and the font.
     */
    static Spinner<Integer> intSpinner(IntegerProperty property, int min, int max, int step) {
        Spinner<Integer> spinner = new Spinner<>(min, max, property.get(), step);
        spinner.setEditable(true);
        // room for the largest value's digits, in the field's own font, so that 256 never reads "25"
        // (a column is as wide as a "W", a digit about two thirds of that; the skin takes the arrows'
        // width out of the editor's, so two more columns make room for them)
        spinner.getEditor().setPrefColumnCount((int) Math.ceil(String.valueOf(max).length() * 0.65) + 2);
        var factory = spinner.getValueFactory();
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : value.toString();
            }

            @Override
            public Integer fromString(String text) {
                Integer kept = factory.getValue();
                try {
                    long typed = Long.parseLong(text.trim());
                    if (typed < min || typed > max) {
                        int nearest = (int) Math.max(min, Math.min(max, typed));
                        refuse(spinner, String.format(Locale.ROOT, "%s: %d is %s; it can be %,d to %,d, so it is %,d.",
                                nameOf(spinner), typed, typed < min ? "too small" : "too large", min, max, nearest));
                        return nearest;
                    }
                    accept(spinner);
                    return (int) typed;
                } catch (NumberFormatException e) {
                    refuse(spinner, String.format(Locale.ROOT, "%s: \"%s\" is not a whole number; kept %s.",
                            nameOf(spinner), text.trim(), kept));
                    return kept;
                }
            }
        });
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

    /** Names a field for the words of a refusal, e.g. "Kernel"; a form row names its field after its label. */
    static <N extends Node> N named(N field, String name) {
        field.getProperties().put(NAME, name);
        return field;
    }

    private static String nameOf(Node field) {
        Object name = field.getProperties().get(NAME);
        return name == null ? "This field" : name.toString();
    }

    /**
     * Explains a refused value where it was typed (a red outline and a tooltip shown at once) and in
     * the status bar (see {@link RefusedValue}).
     */
    static void refuse(Control field, String why) {
        field.setStyle("-fx-border-color: #d55e00; -fx-border-width: 2;");
        Tooltip tip = new Tooltip(why);
        tip.setWrapText(true);
        tip.setStyle("-fx-background-color: #fff3e6; -fx-text-fill: #8a2f00;");
        field.setTooltip(tip);
        RefusedValue.fire(field, why);
        Window window = field.getScene() == null ? null : field.getScene().getWindow();
        if (window != null && window.isShowing()) {
            Bounds b = field.localToScreen(field.getBoundsInLocal());
            if (b != null) {
                tip.setAutoHide(true);
                tip.show(field, b.getMinX(), b.getMaxY() + 2);
            }
        }
    }

    /** Clears a refusal's marks once a good value is typed. */
    static void accept(Control field) {
        if (field.getTooltip() != null && field.getTooltip().isShowing()) {
            field.getTooltip().hide();
        }
        field.setStyle("");
    }

    /**
     * A number field for values such as learning rates (1e-3): it accepts any decimal or scientific
     * notation, marks a bad entry in red with a tooltip, and keeps the last good value.
     */
    static TextField numberField(DoubleProperty property, double min, double max, DoubleConsumer onCommit) {
        TextField field = new TextField(format(property.get()));
        // as wide as its longest usual value (0.0001, 1e-12) in the field's own font
        field.setPrefColumnCount(6);
        Runnable commit = () -> {
            try {
                double v = Double.parseDouble(field.getText().trim());
                if (!(v >= min && v <= max)) {
                    throw new NumberFormatException();
                }
                accept(field);
                property.set(v);
                if (onCommit != null) {
                    onCommit.accept(v);
                }
            } catch (NumberFormatException e) {
                refuse(field, String.format(Locale.ROOT, "%s: \"%s\" is not a number from %s to %s; kept %s.",
                        nameOf(field), field.getText().trim(), format(min), format(max), format(property.get())));
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

    /** A two-column form that stacks each label over its field when narrow (see {@link Form}). */
    static Form form() {
        Form grid = new Form();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(4));
        return grid;
    }

    static Label row(GridPane grid, String label, Node field) {
        Label l = new Label(label);
        l.setLabelFor(field);
        if (!field.getProperties().containsKey(NAME)) {
            named(field, label);
        }
        ((Form) grid).addRow(l, field);
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
