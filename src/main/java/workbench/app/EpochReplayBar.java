package workbench.app;

import java.util.function.IntConsumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import workbench.app.layout.WholeText;

/**
 * The time slider: drag it back to see the latent space and the reconstructions as they were at
 * the end of an earlier epoch; "Live" (or dragging to the end) follows training again.
 */
final class EpochReplayBar extends HBox {
    private final Slider slider = new Slider(1, 1, 1);
    private final ToggleButton live = new ToggleButton("Live");
    private final Label caption = new Label("epoch -");
    private IntConsumer onEpoch = e -> { };
    private Runnable onLive = () -> { };
    private boolean updating;

    EpochReplayBar() {
        super(6);
        setAlignment(Pos.CENTER_LEFT);
        slider.setId("epochSlider");
        slider.setBlockIncrement(1);
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setSnapToTicks(true);
        slider.setPrefWidth(160);
        HBox.setHgrow(slider, Priority.ALWAYS);
        slider.setMaxWidth(Double.MAX_VALUE);
        slider.setTooltip(new Tooltip("Replay: the latent space and the reconstructions at the end of each epoch"));
        live.setId("epochLive");
        live.setSelected(true);
        live.setTooltip(new Tooltip("Follow training as it happens"));
        caption.setId("epochCaption");
        caption.setMinWidth(Label.USE_PREF_SIZE);
        slider.valueProperty().addListener((o, was, now) -> {
            if (updating) {
                return;
            }
            int epoch = (int) Math.round(now.doubleValue());
            boolean atEnd = epoch >= (int) Math.round(slider.getMax());
            live.setSelected(atEnd);
            showCaption(epoch);
            if (atEnd) {
                onLive.run();
            } else {
                onEpoch.accept(epoch);
            }
        });
        live.setOnAction(e -> {
            if (live.isSelected()) {
                moveQuietly(slider.getMax());
                showCaption((int) slider.getMax());
                onLive.run();
            } else {
                live.setSelected(true); // leaving live is done by dragging back, not by this button
            }
        });
        // no "Epoch" label: the caption says "epoch 3 of 12", and the bar must fit presenter mode's larger text
        getChildren().addAll(slider, caption, live);
        slider.setMinWidth(60);
        WholeText.keep(caption, live);
        setDisable(true);
    }

    void setOnEpoch(IntConsumer action) {
        onEpoch = action;
    }

    void setOnLive(Runnable action) {
        onLive = action;
    }

    boolean isLive() {
        return live.isSelected();
    }

    /** New epochs were kept: the slider reaches them, and follows them when live. */
    void setLastEpoch(int lastEpoch) {
        setDisable(lastEpoch < 2);
        updating = true;
        try {
            slider.setMax(Math.max(1, lastEpoch));
            if (live.isSelected()) {
                slider.setValue(slider.getMax());
                showCaption(lastEpoch);
            }
        } finally {
            updating = false;
        }
    }

    /** Back to live with nothing to replay, for a new run. */
    void reset() {
        live.setSelected(true);
        setLastEpoch(1);
        caption.setText("epoch -");
    }

    /** For tests and keyboard users: show this epoch as if the slider had been dragged there. */
    void choose(int epoch) {
        slider.setValue(epoch);
    }

    private void moveQuietly(double value) {
        updating = true;
        try {
            slider.setValue(value);
        } finally {
            updating = false;
        }
    }

    private void showCaption(int epoch) {
        caption.setText("epoch " + epoch + " of " + (int) Math.round(slider.getMax()));
    }
}
