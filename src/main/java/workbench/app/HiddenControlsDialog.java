package workbench.app;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import workbench.app.viewmodel.ViewSettingsViewModel;

/** "Choose what presenter mode hides": a check box per advanced control, ticked when it is hidden. */
final class HiddenControlsDialog extends Dialog<Set<String>> {
    private final Map<AdvancedControl, CheckBox> boxes = new EnumMap<>(AdvancedControl.class);

    HiddenControlsDialog(Set<String> hidden) {
        setTitle("Autoencoder Workbench");
        setHeaderText("Choose what presenter mode hides");
        Label note = new Label("Ticked controls are hidden while presenter mode is on."
                + " The choice is saved with the experiment.");
        note.setWrapText(true);
        VBox list = new VBox(6);
        for (AdvancedControl control : AdvancedControl.values()) {
            CheckBox box = new CheckBox(control.words());
            box.setId("hide-" + control.id());
            box.setSelected(hidden.contains(control.id()));
            boxes.put(control, box);
            list.getChildren().add(box);
        }
        Button defaults = new Button("Defaults");
        defaults.setOnAction(e -> boxes.forEach((control, box) -> box.setSelected(control.hiddenByDefault())));
        VBox content = new VBox(10, note, list, defaults);
        content.setMaxWidth(460);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        setResultConverter(button -> button == ButtonType.OK ? chosen(hidden) : null);
    }

    /** The ticked controls; ids this version does not know (from a newer file) stay as they were. */
    Set<String> chosen(Set<String> before) {
        Set<String> out = new TreeSet<>(before);
        boxes.forEach((control, box) -> {
            if (box.isSelected()) {
                out.add(control.id());
            } else {
                out.remove(control.id());
            }
        });
        return Collections.unmodifiableSet(out);
    }

    CheckBox box(AdvancedControl control) {
        return boxes.get(control);
    }

    /** Opens the dialog without blocking the window; OK replaces the hidden set. */
    static HiddenControlsDialog open(ViewSettingsViewModel view, Window owner) {
        HiddenControlsDialog dialog = new HiddenControlsDialog(view.hiddenProperty().get());
        if (owner != null) {
            dialog.initOwner(owner);
            // at the projector the dialog is read from afar too
            dialog.getDialogPane().setStyle(owner.getScene().getRoot().getStyle());
        }
        dialog.setOnHidden(e -> {
            if (dialog.getResult() != null) {
                view.hiddenProperty().set(dialog.getResult());
            }
        });
        dialog.show();
        return dialog;
    }
}
