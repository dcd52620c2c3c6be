package workbench.app;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import workbench.app.viewmodel.WorkbenchViewModel;

/**
 * What the settings column holds: the loaded preset's explanation, then the Dataset,
 * Model and Training sections, scrolling when taller than the window. Every control in it shows its
 * text whole from {@link #MIN_WIDTH} px at the platform's font, and from {@link #MIN_PRESENTER_WIDTH}
 * px at presenter mode's 1.5 times larger one (SettingsColumnFitTest).
 */
final class SettingsPanel extends ScrollPane {
    static final double MIN_WIDTH = 320;
    static final double MIN_PRESENTER_WIDTH = 360;

    SettingsPanel(WorkbenchViewModel vm) {
        Label preset = new Label();
        preset.setId("presetExplanation");
        preset.setWrapText(true);
        preset.setPadding(new Insets(6));
        preset.setStyle("-fx-background-color: #eef5fb; -fx-border-color: #0072b2; -fx-border-width: 0 0 0 4;");
        preset.textProperty().bind(vm.presetExplanationProperty());
        preset.visibleProperty().bind(vm.presetExplanationProperty().isNotEmpty());
        preset.managedProperty().bind(preset.visibleProperty());
        TitledPane dataset = new TitledPane("Dataset", new DatasetPane(vm.dataset(), vm.training()));
        TitledPane model = new TitledPane("Model", new DesignerPane(vm.designer()));
        TitledPane training = new TitledPane("Training", new TrainingPane(vm.training(), vm.run()));
        setContent(new VBox(preset, dataset, model, training));
        setFitToWidth(true);
        // no sideways scrolling: the sections reflow to the column's width instead
        setHbarPolicy(ScrollBarPolicy.NEVER);
    }
}
