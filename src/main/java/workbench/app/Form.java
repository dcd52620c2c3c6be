package workbench.app;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * A form of labelled fields: labels in one column and fields in the next while both fit at their
 * preferred widths, each label above its field when the column is too narrow for that (presenter
 * mode's larger text in a narrower settings column), so that no label or choice is ever cut short.
 */
final class Form extends GridPane {
    private final List<Label> labels = new ArrayList<>();
    private final List<Node> fields = new ArrayList<>();
    private boolean stacked;

    void addRow(Label label, Node field) {
        label.setMinWidth(Region.USE_PREF_SIZE);
        labels.add(label);
        fields.add(field);
        GridPane.setHgrow(field, Priority.ALWAYS);
        place(label, field, labels.size() - 1);
        getChildren().addAll(label, field);
    }

    private void place(Label label, Node field, int i) {
        if (stacked) {
            GridPane.setConstraints(label, 0, 2 * i);
            GridPane.setConstraints(field, 0, 2 * i + 1);
        } else {
            GridPane.setConstraints(label, 0, i);
            GridPane.setConstraints(field, 1, i);
        }
    }

    /** The width that labels and fields side by side need. */
    private double sideBySideWidth() {
        double label = 0;
        double field = 0;
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i).isManaged()) {
                label = Math.max(label, labels.get(i).prefWidth(-1));
            }
            if (fields.get(i).isManaged()) {
                field = Math.max(field, fields.get(i).prefWidth(-1));
            }
        }
        return snappedLeftInset() + label + getHgap() + field + snappedRightInset();
    }

    @Override
    protected void layoutChildren() {
        boolean narrow = getWidth() > 0 && getWidth() < sideBySideWidth();
        if (narrow != stacked) {
            stacked = narrow;
            for (int i = 0; i < labels.size(); i++) {
                place(labels.get(i), fields.get(i), i);
            }
        }
        super.layoutChildren();
    }

    @Override
    protected double computeMinWidth(double height) {
        // stacked, the form needs only its widest label or field
        double widest = 0;
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i).isManaged()) {
                widest = Math.max(widest, labels.get(i).prefWidth(-1));
            }
            if (fields.get(i).isManaged()) {
                widest = Math.max(widest, fields.get(i).minWidth(-1));
            }
        }
        return snappedLeftInset() + widest + snappedRightInset();
    }
}
