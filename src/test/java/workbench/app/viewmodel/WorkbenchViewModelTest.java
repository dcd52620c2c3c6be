package workbench.app.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbench.app.viewmodel.RunViewModel.State;
import workbench.data.DatasetRegistry;
import workbench.engine.ActivationFunction;
import workbench.engine.VariantSpec;

/** The window's logic without a window: the user's path through the view-models. */
class WorkbenchViewModelTest {
    @TempDir
    Path dir;

    private final UiQueue ui = new UiQueue();
    private WorkbenchViewModel vm;
    private final List<Double> batchLosses = new ArrayList<>();

    @BeforeEach
    void open() {
        vm = new WorkbenchViewModel(new DatasetRegistry(), ui);
        vm.run().setBatchSink(chunk -> {
            for (int i = 0; i < chunk.count(); i++) {
                batchLosses.add(chunk.losses()[i]);
            }
        });
        vm.openDefault();
        ui.until(() -> vm.run().stateProperty().get() == State.READY, () -> { });
    }

    private State state() {
        return vm.run().stateProperty().get();
    }

    /** The optimizer steps the shown model has taken over its whole training. */
    private long steps() {
        return vm.run().runProperty().get().state().optimizerSteps();
    }

    private void until(State expected) {
        ui.until(() -> state() == expected, vm.run()::tick);
    }

    @Test
    void opensOnABundledDatasetReadyToTrain() {
        assertEquals("digits-8x8", vm.dataset().sourceProperty().get());
        assertNotNull(vm.designer().specProperty().get());
        assertTrue(vm.designer().summaryProperty().get().startsWith("64-32-16-[2]-16-32-64"),
                vm.designer().summaryProperty().get());
        assertTrue(vm.designer().summaryProperty().get().contains("compression 32.0 : 1"));
        assertTrue(vm.dataset().available().size() >= 6);
    }

    @Test
    void anInvalidDesignIsExplainedAndBlocksTraining() {
        vm.designer().encoder().get(1).unitsProperty().set(0);
        assertNull(vm.designer().specProperty().get());
        assertEquals("encoder.1", vm.designer().problemFieldProperty().get());
        assertTrue(vm.designer().problemProperty().get().contains("at least 1 unit"),
                vm.designer().problemProperty().get());
        assertEquals(State.NOT_READY, state());
        vm.designer().encoder().get(1).unitsProperty().set(8);
        assertEquals(State.READY, state());
        vm.designer().variantProperty().set(VariantSpec.Kind.SPARSE);
        vm.designer().sparsityProperty().set(VariantSpec.Sparsity.KL);
        assertEquals("model", vm.designer().problemFieldProperty().get());
        assertTrue(vm.designer().problemProperty().get().contains("sigmoid"), vm.designer().problemProperty().get());
        vm.designer().codeActivationProperty().set(ActivationFunction.SIGMOID);
        assertEquals(State.READY, state());
    }

    @Test
    void trainsAndPublishesHistoryCodesAndReconstructions() {
        vm.training().epochsProperty().set(2);
        vm.train();
        until(State.FINISHED);
        assertEquals(2, vm.run().history().size());
        assertEquals(2 * 21, batchLosses.size(), "1294 training rows in batches of 64, two epochs");
        var snapshot = vm.run().snapshotProperty().get();
        assertEquals(359, snapshot.codes().numRows);
        assertEquals(2, snapshot.codes().numCols);
        assertEquals(16, snapshot.galleryReconstructions().numRows);
    }

    @Test
    void pauseStepResumeStop() {
        vm.training().epochsProperty().set(500);
        vm.stepBatch();
        until(State.PAUSED);
        ui.until(() -> batchLosses.size() == 1, vm.run()::tick);
        vm.stepEpoch();
        ui.until(() -> batchLosses.size() == 21 && state() == State.PAUSED, vm.run()::tick);
        vm.train();
        // the state follows the host: RUNNING once the trainer has left its hold, PAUSED once it is held
        until(State.RUNNING);
        ui.until(() -> batchLosses.size() > 60, vm.run()::tick);
        vm.run().pause();
        until(State.PAUSED);
        vm.run().stop();
        until(State.FINISHED);
        assertTrue(vm.run().messageProperty().get().startsWith("Training was stopped"));
    }

    @Test
    void savedModelOpensWithItsDesignAndHistoryAndTrainsOn() throws Exception {
        vm.designer().latentSizeProperty().set(3);
        vm.training().epochsProperty().set(2);
        vm.train();
        until(State.FINISHED);
        Path file = dir.resolve("m.npz");
        vm.saveModel(file);

        WorkbenchViewModel other = new WorkbenchViewModel(new DatasetRegistry(), ui);
        other.openModel(file);
        ui.until(() -> other.run().stateProperty().get() == State.READY, () -> { });
        assertEquals(3, other.designer().latentSizeProperty().get());
        assertEquals(2, other.run().history().size());
        assertNotNull(other.openedModel());
        other.train();
        ui.until(() -> other.run().stateProperty().get() == State.FINISHED, other.run()::tick);
        assertEquals(4, other.run().history().size(), "two more epochs after the two saved");
        assertEquals(3, other.run().history().get(2).epoch());
        assertEquals(4 * 21, other.run().runProperty().get().state().optimizerSteps(),
                "Adam goes on from the moments and steps the file kept");
    }

    @Test
    void aVersion1ModelSaysItsTrainingStartsAFreshOptimizer() throws Exception {
        Path v1 = Path.of(getClass().getResource("/formats/v1/dense-model.npz").toURI());
        vm.openModel(v1);
        assertEquals("Opened " + v1 + " (2 epochs trained; the file keeps no optimizer state, so Train more starts"
                + " a fresh optimizer)", vm.noticeProperty().get());
    }

    @Test
    void trainMoreContinuesButAChangedDesignStartsAfresh() {
        vm.training().epochsProperty().set(2);
        vm.train();
        until(State.FINISHED);
        assertEquals(2 * 21, steps(), "Adam took a step per batch: 21 batches an epoch");
        vm.train();
        ui.until(() -> state() == State.FINISHED && vm.run().history().size() == 4, vm.run()::tick);
        assertEquals(3, vm.run().history().get(2).epoch(), "Train more continues the same model");
        assertEquals(4 * 21, steps(), "and the same optimizer: Adam's step count goes on, it does not restart");
        vm.designer().latentSizeProperty().set(3);
        vm.train();
        ui.until(() -> state() == State.FINISHED && vm.run().history().size() == 2, vm.run()::tick);
        assertEquals(1, vm.run().history().get(0).epoch(), "a new model starts at epoch 1");
        assertEquals(2 * 21, steps(), "with an optimizer of its own");
    }

    @Test
    void everyPresetLoadsAndTrains() {
        for (workbench.session.Preset preset : workbench.session.Presets.all()) {
            vm.loadPreset(preset);
            ui.until(() -> state() == State.READY, () -> { });
            assertEquals(preset.experiment().model().loss(), vm.designer().lossProperty().get(), preset.title());
            assertEquals(preset.experiment().model().latentSize(), vm.designer().latentSizeProperty().get());
            assertTrue(vm.presetExplanationProperty().get().startsWith(preset.title()));
            if (preset.experiment().model().isConvolutional()) {
                // an epoch of a convolutional preset takes 3-8 s on two idle cores (8,000 mnist
                // images): two batches prove it builds and trains, at a fraction of the suite's time
                int before = batchLosses.size();
                // a step is taken once the trainer is held again (the state says PAUSED only then)
                vm.stepBatch();
                ui.until(() -> batchLosses.size() == before + 1 && state() == State.PAUSED, vm.run()::tick, 60);
                vm.stepBatch();
                ui.until(() -> batchLosses.size() == before + 2 && state() == State.PAUSED, vm.run()::tick, 60);
                assertTrue(Double.isFinite(batchLosses.get(before + 1)), preset.title());
                vm.run().stop();
                ui.until(() -> state() == State.FINISHED || state() == State.FAILED, vm.run()::tick, 60);
                assertEquals(State.FINISHED, state(), preset.title() + ": " + vm.run().messageProperty().get());
                vm.reset();
                continue;
            }
            vm.training().epochsProperty().set(1);
            vm.train();
            ui.until(() -> state() == State.FINISHED || state() == State.FAILED, vm.run()::tick, 20);
            assertEquals(State.FINISHED, state(), preset.title() + ": " + vm.run().messageProperty().get());
            assertEquals(1, vm.run().history().size(), preset.title());
            assertTrue(Double.isFinite(vm.run().history().get(0).train().objective()), preset.title());
        }
    }
}
