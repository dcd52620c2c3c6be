package workbench.app;

import javafx.beans.property.LongProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import workbench.app.viewmodel.RunViewModel;
import workbench.app.viewmodel.TrainingSettingsViewModel;
import workbench.engine.OptimizerKind;

/** The Training section. The learning rate may be changed while training runs: it applies at the next batch. */
final class TrainingPane extends VBox {

    TrainingPane(TrainingSettingsViewModel vm, RunViewModel run) {
        GridPane form = Controls.form();
        Controls.row(form, "Optimizer", Controls.choice(vm.optimizerProperty(), OptimizerKind.values()),
                AdvancedControl.OPTIMIZER);
        var lr = Controls.numberField(vm.learningRateProperty(), 1e-12, 1e3, run::changeLearningRate);
        lr.setId("learningRate");
        Controls.row(form, "Learning rate", lr);
        Controls.row(form, "Batch size", Controls.intSpinner(vm.batchSizeProperty(), 1, 1_000_000, 16),
                AdvancedControl.BATCH_SIZE);
        var epochs = Controls.intSpinner(vm.epochsProperty(), 1, 1_000_000, 1);
        epochs.setId("epochs");
        Controls.row(form, "Epochs", epochs);
        Controls.row(form, "Seed", new SeedField(vm.seedProperty()), AdvancedControl.SEED);
        Controls.row(form, "Early stopping patience", Controls.intSpinner(vm.patienceProperty(), 0, 10_000, 1),
                AdvancedControl.PATIENCE);
        Label hint = new Label("Patience 0 trains every epoch. The learning rate can be changed while training.");
        hint.setWrapText(true);
        hint.setStyle("-fx-text-fill: #555;");
        AdvancedControl.PATIENCE.tag(hint); // it explains patience, and goes with it
        getChildren().addAll(form, hint);
    }

    /** A whole-number field for the seed. */
    private static final class SeedField extends TextField {
        SeedField(LongProperty seed) {
            super(Long.toString(seed.get()));
            setPrefColumnCount(7);
            Runnable commit = () -> {
                try {
                    seed.set(Long.parseLong(getText().trim()));
                    Controls.accept(this);
                } catch (NumberFormatException e) {
                    Controls.refuse(this, "Seed: \"" + getText().trim() + "\" is not a whole number; kept "
                            + seed.get() + ".");
                }
            };
            setOnAction(e -> commit.run());
            focusedProperty().addListener((o, was, f) -> {
                if (!f) {
                    commit.run();
                }
            });
            seed.addListener((o, was, now) -> setText(Long.toString(now.longValue())));
        }
    }
}
