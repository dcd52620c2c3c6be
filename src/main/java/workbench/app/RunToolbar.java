package workbench.app;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import workbench.app.viewmodel.RunCommands;
import workbench.app.viewmodel.RunViewModel.State;
import workbench.app.viewmodel.WorkbenchViewModel;

/**
 * Train, Pause, Step (batch or epoch), Stop and Reset, each enabled exactly when it can act (see
 * {@link RunCommands}). Pause stays pressed while the run is paused, so that the room sees it;
 * pressing it again resumes.
 */
final class RunToolbar extends ToolBar {
    final Button train = button(new Button(), "train", "\u25B6 Train", "Train, or resume a paused run (Ctrl+Enter)");
    final ToggleButton pause = button(new ToggleButton(), "pause", "Pause",
            "Pause between batches; press again to resume (Ctrl+P)");
    final Button stepBatch = button(new Button(), "stepBatch", "Step batch", "Train one batch, then pause (Ctrl+B)");
    final Button stepEpoch = button(new Button(), "stepEpoch", "Step epoch",
            "Train to the end of the epoch, then pause (Ctrl+E)");
    final Button stop = button(new Button(), "stop", "\u25A0 Stop", "Stop training and keep the model (Ctrl+.)");
    final Button reset = button(new Button(), "reset", "\u21BA Reset", "Forget the trained model and start afresh (Ctrl+R)");

    RunToolbar(WorkbenchViewModel vm) {
        getItems().addAll(train, pause, stepBatch, stepEpoch, stop, reset);
        train.setOnAction(e -> vm.train());
        pause.setOnAction(e -> {
            if (vm.run().stateProperty().get() == State.PAUSED) {
                vm.run().resume();
            } else {
                vm.run().pause();
            }
            showPaused(vm.run().stateProperty().get());
        });
        stepBatch.setOnAction(e -> vm.stepBatch());
        stepEpoch.setOnAction(e -> vm.stepEpoch());
        stop.setOnAction(e -> vm.run().stop());
        reset.setOnAction(e -> vm.reset());
        vm.commandsProperty().addListener((o, was, now) -> enable(now));
        enable(vm.commandsProperty().get());
        train.textProperty().bind(vm.trainLabelProperty().map(t -> "\u25B6 " + t));
        vm.run().stateProperty().addListener((o, was, now) -> showPaused(now));
        showPaused(vm.run().stateProperty().get());
    }

    private void enable(RunCommands can) {
        train.setDisable(!can.train());
        pause.setDisable(!can.pause());
        stepBatch.setDisable(!can.step());
        stepEpoch.setDisable(!can.step());
        stop.setDisable(!can.stop());
        reset.setDisable(!can.reset());
    }

    private void showPaused(State s) {
        boolean paused = s == State.PAUSED;
        pause.setSelected(paused);
        pause.setText(paused ? "Paused" : "Pause");
    }

    private static <B extends ButtonBase> B button(B b, String id, String text, String tip) {
        b.setId(id);
        b.setText(text);
        b.setTooltip(new Tooltip(tip));
        return b;
    }
}
