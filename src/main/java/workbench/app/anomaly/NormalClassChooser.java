package workbench.app.anomaly;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import workbench.analysis.NormalClasses;

/**
 * Which classes count as normal, one check box per class: the model trains on the checked classes
 * and every unchecked one is an anomaly. A choice of none or of all has no anomalies to find, so the
 * property is then null and a line says why; the boxes stay free, so that swapping the two classes
 * of a two-class dataset remains possible through the in-between state.
 */
public final class NormalClassChooser extends FlowPane {
    private final ReadOnlyObjectWrapper<NormalClasses> normal = new ReadOnlyObjectWrapper<>(this, "normalClasses");
    private final List<CheckBox> boxes = new ArrayList<>();
    private final Label caption = new Label("Normal (train on):");
    private final Label problem = new Label();

    public NormalClassChooser() {
        setId("normalClasses");
        setHgap(10);
        setVgap(4);
        setAlignment(Pos.CENTER_LEFT);
        problem.setId("normalClassesProblem");
        problem.setStyle("-fx-text-fill: #B00020;");
        problem.managedProperty().bind(problem.visibleProperty());
        setClasses(List.of(), null);
    }

    /**
     * One box per class, {@code selected} checked (none when null).
     */
    public void setClasses(List<String> classNames, NormalClasses selected) {
        boxes.clear();
        for (int c = 0; c < classNames.size(); c++) {
            CheckBox box = new CheckBox(classNames.get(c));
            box.setId("normalClass" + c);
            box.setSelected(selected != null && selected.isNormal(c));
            box.selectedProperty().addListener((o, was, now) -> update());
            boxes.add(box);
        }
        getChildren().setAll(caption);
        getChildren().addAll(boxes);
        getChildren().add(problem);
        update();
    }

    /** The checked classes, or null while the choice leaves no normal or no anomalous class. */
    public ReadOnlyObjectProperty<NormalClasses> normalClassesProperty() {
        return normal.getReadOnlyProperty();
    }

    public NormalClasses getNormalClasses() {
        return normal.get();
    }

    private void update() {
        TreeSet<Integer> checked = new TreeSet<>();
        for (int c = 0; c < boxes.size(); c++) {
            if (boxes.get(c).isSelected()) {
                checked.add(c);
            }
        }
        String why = boxes.size() < 2 ? "Anomaly detection needs a dataset with at least two classes."
                : checked.isEmpty() ? "Check at least one class to train on."
                : checked.size() == boxes.size() ? "Leave at least one class unchecked: those are the anomalies."
                : "";
        problem.setText(why);
        problem.setVisible(!why.isEmpty());
        normal.set(why.isEmpty() ? NormalClasses.of(checked) : null);
    }
}
