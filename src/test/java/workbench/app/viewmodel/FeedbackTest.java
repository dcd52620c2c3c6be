package workbench.app.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.app.viewmodel.RunViewModel.State;
import workbench.data.DatasetRegistry;
import workbench.data.Normalization;
import workbench.engine.ActivationFunction;
import workbench.engine.LossFunction;
import workbench.session.Preset;
import workbench.session.Presets;

/** What the window tells the user, without a window: new data's defaults, commands, stale words, unsaved runs. */
class FeedbackTest {
    @TempDir
    Path dir;

    private final UiQueue ui = new UiQueue();
    private WorkbenchViewModel vm;

    @BeforeEach
    void open() {
        vm = new WorkbenchViewModel(new DatasetRegistry(), ui);
        vm.openDefault();
        ui.until(() -> state() == State.READY, () -> { });
    }

    private State state() {
        return vm.run().stateProperty().get();
    }

    private void until(State expected) {
        ui.until(() -> state() == expected, vm.run()::tick);
    }

    private static Preset preset(String title) {
        return Presets.all().stream().filter(p -> p.title().equals(title)).findFirst().orElseThrow();
    }

    private void choose(String dataset) {
        vm.dataset().choose(dataset);
        ui.until(() -> !vm.dataset().loadingProperty().get(), () -> { });
    }

    @Test
    void aTableAfterAnImagePresetGetsTheTablesDefaultsAndSaysSo() {
        vm.loadPreset(preset("Linear autoencoder = PCA"));
        ui.until(() -> state() == State.READY, () -> { });
        vm.designer().codeActivationProperty().set(ActivationFunction.RELU);
        assertEquals(Normalization.Kind.NONE, vm.dataset().normalizationProperty().get(), "the preset's own setting");

        choose("breast-cancer");
        assertNull(vm.dataset().normalizationProperty().get(), "automatic: min-max on a table");
        assertEquals(ActivationFunction.LINEAR, vm.designer().outputActivationProperty().get());
        assertEquals(LossFunction.MSE, vm.designer().lossProperty().get());
        assertEquals(ActivationFunction.LINEAR, vm.designer().codeActivationProperty().get());
        assertEquals("New data: a table; normalisation min-max, linear output, MSE, linear code",
                vm.noticeProperty().get());
        assertTrue(vm.commandsProperty().get().train(), "a valid design on loaded data trains");
        assertEquals("Ready to train", vm.positionProperty().get());
    }

    @Test
    void anExperimentThatStatesItsSettingsKeepsThemOnAnotherKindOfData() {
        Preset anomaly = Presets.anomalyDetection();
        vm.loadPreset(anomaly);
        ui.until(() -> state() == State.READY && !vm.dataset().loadingProperty().get(), () -> { });
        assertEquals(Normalization.Kind.Z_SCORE, vm.dataset().normalizationProperty().get());
        assertEquals(anomaly.experiment().model().outputActivation(), vm.designer().outputActivationProperty().get());
    }

    @Test
    void dataOfTheSameKindKeepsTheUsersSettings() {
        vm.designer().lossProperty().set(LossFunction.MAE);
        choose("digits-8x8");
        assertEquals(LossFunction.MAE, vm.designer().lossProperty().get());
    }

    @Test
    void thePresetsExplanationGoesWithAnEditOfTheDesignOrAnotherPreset() {
        vm.loadPreset(preset("Linear autoencoder = PCA"));
        ui.until(() -> state() == State.READY, () -> { });
        assertTrue(vm.presetExplanationProperty().get().startsWith("Linear autoencoder = PCA"));
        vm.training().epochsProperty().set(3);
        assertFalse(vm.presetExplanationProperty().get().isEmpty(), "the training settings are not the design");
        vm.designer().latentSizeProperty().set(3);
        assertEquals("", vm.presetExplanationProperty().get());
    }

    @Test
    void anOpenedModelClearsThePresetsExplanation() throws Exception {
        vm.training().epochsProperty().set(1);
        vm.train();
        until(State.FINISHED);
        Path file = dir.resolve("m.npz");
        vm.saveModel(file);
        vm.loadPreset(preset("Linear autoencoder = PCA"));
        vm.openModel(file);
        assertEquals("", vm.presetExplanationProperty().get());
    }

    @Test
    void trainMoreIsRefusedOnAnInvalidDesignAndReadyAgainWhenMended() {
        vm.training().epochsProperty().set(1);
        vm.train();
        until(State.FINISHED);
        assertEquals("Train more", vm.trainLabelProperty().get());
        vm.designer().encoder().get(0).unitsProperty().set(0);
        assertFalse(vm.commandsProperty().get().train());
        assertEquals("Cannot train: the design has a problem", vm.positionProperty().get());
        assertTrue(vm.noticeProperty().get().startsWith("Design: "), vm.noticeProperty().get());
        assertEquals(State.NOT_READY, state(), "the trained model is put aside while the design is not its own");
        vm.train();
        assertEquals(State.NOT_READY, state(), "Train did nothing");
        vm.designer().encoder().get(0).unitsProperty().set(32);
        assertTrue(vm.commandsProperty().get().train());
        assertEquals(State.FINISHED, state(), "mended, the model is back as it ended");
        assertEquals("Train more", vm.trainLabelProperty().get(), "the same network again");
    }

    @Test
    void whileLoadingNothingStartsAndTheStatusSaysWhatLoads() {
        vm.dataset().choose("breast-cancer");
        assertFalse(vm.commandsProperty().get().train());
        assertFalse(vm.commandsProperty().get().step());
        assertEquals("Loading breast-cancer...", vm.positionProperty().get());
        ui.until(() -> !vm.dataset().loadingProperty().get(), () -> { });
        assertTrue(vm.commandsProperty().get().train());
    }

    @Test
    void aPausedRunSaysWhereItStoppedWithoutSpeedOrTimeLeft() {
        vm.training().epochsProperty().set(5);
        vm.stepBatch();
        until(State.PAUSED);
        ui.until(() -> vm.run().progressProperty().get() != null, vm.run()::tick);
        assertEquals("Paused at epoch 1, batch 1", vm.positionProperty().get());
        assertEquals("Resume", vm.trainLabelProperty().get());
        vm.run().stop();
        until(State.FINISHED);
    }

    @Test
    void runsTrainedSinceTheyWereSavedAreCountedForTheQuitQuestion() throws Exception {
        assertEquals(0, vm.unsavedRunCount());
        vm.training().epochsProperty().set(1);
        vm.train();
        until(State.FINISHED);
        assertEquals(1, vm.unsavedRunCount());
        vm.saveModel(dir.resolve("m.npz"));
        assertEquals(0, vm.unsavedRunCount());
        vm.train(); // Train more: the saved model has grown since
        ui.until(() -> state() == State.FINISHED && vm.run().history().size() == 2, vm.run()::tick);
        assertEquals(1, vm.unsavedRunCount());
        vm.saveExperiment(dir.resolve("e.json"));
        assertEquals(0, vm.unsavedRunCount());
        vm.designer().latentSizeProperty().set(3);
        vm.train();
        ui.until(() -> state() == State.FINISHED && vm.run().runs().size() == 2, vm.run()::tick);
        assertEquals(1, vm.unsavedRunCount(), "the new model, not the saved one");
    }

    @Test
    void theSuggestedFileNameNamesTheDataAndTheDesign() {
        assertEquals("digits-8x8-64-32-16-2-16-32-64.npz", vm.suggestedModelFileName());
        assertEquals("digits-8x8-64-32-16-2-16-32-64.json", vm.suggestedExperimentFileName());
    }
}
