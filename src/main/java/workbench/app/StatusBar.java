package workbench.app;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import workbench.app.viewmodel.WorkbenchViewModel;

/**
 * Messages on the left (a file saved, a value refused, the design's problem, new data's defaults);
 * on the right where the run is (epoch, batch, speed and time left, or paused, or why it cannot
 * train) and a progress bar.
 */
final class StatusBar extends HBox {
    private final Label message = new Label();
    private final Label position = new Label();
    private final ProgressBar bar = new ProgressBar(0);

    StatusBar(WorkbenchViewModel vm) {
        setSpacing(16);
        setPadding(new Insets(4, 8, 4, 8));
        setAlignment(Pos.CENTER_LEFT);
        setStyle("-fx-background-color: #f2f2f2; -fx-border-color: #d0d0d0 transparent transparent transparent;");
        message.setId("statusMessage");
        position.setId("statusPosition");
        message.setMaxWidth(Double.MAX_VALUE);
        // a long message (a design problem) takes a second line rather than losing its end
        message.setWrapText(true);
        message.setMinWidth(0);
        position.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(message, Priority.ALWAYS);
        bar.setPrefWidth(180);
        bar.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(message, position, bar);
        message.textProperty().bind(vm.noticeProperty());
        position.textProperty().bind(vm.positionProperty());
        vm.run().progressProperty().addListener((o, was, p) -> bar.setProgress(p == null ? 0 : p.fraction()));
        // a field that refused a value says so here too (see RefusedValue)
        sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                scene.addEventHandler(RefusedValue.REFUSED, e -> vm.tell(e.message()));
            }
        });
    }
}
