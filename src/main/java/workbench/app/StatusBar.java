package workbench.app;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import workbench.app.viewmodel.WorkbenchViewModel;
import workbench.session.Progress;

/** Epoch, batch, samples per second, time left and a progress bar; messages on the left. */
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
        HBox.setHgrow(message, Priority.ALWAYS);
        bar.setPrefWidth(180);
        Region gap = new Region();
        getChildren().addAll(message, gap, position, bar);
        vm.run().progressProperty().addListener((o, was, p) -> show(p));
        vm.run().messageProperty().addListener((o, was, now) -> message.setText(now));
        vm.noticeProperty().addListener((o, was, now) -> message.setText(now));
        vm.run().stateProperty().addListener((o, was, now) -> {
            if (now == workbench.app.viewmodel.RunViewModel.State.READY) {
                position.setText("Ready to train");
                bar.setProgress(0);
            }
        });
    }

    private void show(Progress p) {
        if (p == null) {
            position.setText("");
            bar.setProgress(0);
            return;
        }
        String speed = Double.isNaN(p.samplesPerSecond()) ? "" : String.format(Locale.ROOT, "   %,.0f samples/s   ETA %s",
                p.samplesPerSecond(), eta(p.etaSeconds()));
        position.setText(String.format(Locale.ROOT, "Epoch %d/%d   batch %d/%d%s", p.epoch(), p.totalEpochs(), p.batch(),
                p.batchesPerEpoch(), speed));
        bar.setProgress(p.fraction());
    }

    private static String eta(double seconds) {
        if (!Double.isFinite(seconds)) {
            return "-";
        }
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
