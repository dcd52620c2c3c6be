package workbench.app;

import javafx.scene.control.Button;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import workbench.app.viewmodel.RunViewModel.State;
import workbench.app.viewmodel.WorkbenchViewModel;

/** Train, Pause, Step (batch or epoch), Stop and Reset, enabled as the run's state allows. */
final class RunToolbar extends ToolBar {
    final Button train = button("train", "\u25B6 Train", "Train, or resume a paused run (Ctrl+Enter)");
    final Button pause = button("pause", "Pause", "Pause between batches (Ctrl+P)");
    final Button stepBatch = button("stepBatch", "Step batch", "Train one batch, then pause (Ctrl+B)");
    final Button stepEpoch = button("stepEpoch", "Step epoch", "Train to the end of the epoch, then pause (Ctrl+E)");
    final Button stop = button("stop", "\u25A0 Stop", "Stop training and keep the model (Ctrl+.)");
    final Button reset = button("reset", "\u21BA Reset", "Forget the trained model and start afresh (Ctrl+R)");

    RunToolbar(WorkbenchViewModel vm) {
        getItems().addAll(train, pause, stepBatch, stepEpoch, stop, reset);
        train.setOnAction(e -> vm.train());
        pause.setOnAction(e -> vm.run().pause());
        stepBatch.setOnAction(e -> vm.stepBatch());
        stepEpoch.setOnAction(e -> vm.stepEpoch());
        stop.setOnAction(e -> vm.run().stop());
        reset.setOnAction(e -> vm.reset());
        vm.run().stateProperty().addListener((o, was, now) -> enable(now));
        enable(vm.run().stateProperty().get());
    }

    private void enable(State s) {
        boolean canStart = s == State.READY || s == State.FINISHED || s == State.PAUSED || s == State.FAILED;
        train.setDisable(!canStart);
        train.setText(s == State.PAUSED ? "\u25B6 Resume" : s == State.FINISHED ? "\u25B6 Train more" : "\u25B6 Train");
        pause.setDisable(s != State.RUNNING);
        stepBatch.setDisable(!canStart);
        stepEpoch.setDisable(!canStart);
        stop.setDisable(s != State.RUNNING && s != State.PAUSED);
        reset.setDisable(s == State.NOT_READY || s == State.STARTING);
    }

    private static Button button(String id, String text, String tip) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        return b;
    }
}
