package workbench.app.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import workbench.app.viewmodel.RunViewModel.State;
import workbench.data.DatasetRegistry;
import workbench.engine.VariantSpec;
import workbench.session.RunRecord;

/** Runs land in the session's history as they end, once per model, and come back into the panel. */
class RunRecordingTest {
    private final UiQueue ui = new UiQueue();
    private WorkbenchViewModel vm;

    @BeforeEach
    void open() {
        vm = new WorkbenchViewModel(new DatasetRegistry(), ui);
        vm.openDefault();
        ui.until(() -> state() == State.READY, () -> { });
        vm.training().epochsProperty().set(2);
    }

    private State state() {
        return vm.run().stateProperty().get();
    }

    private List<RunRecord> records() {
        return vm.run().runs().records();
    }

    private void trainUntil(int records, int epochsOfLast) {
        vm.train();
        ui.until(() -> state() == State.FINISHED && records().size() == records
                && records().get(records - 1).epochCount() == epochsOfLast, vm.run()::tick);
    }

    @Test
    void recordsEachModelOnceAndContinuesItsRecord() {
        trainUntil(1, 2);
        RunRecord first = records().get(0);
        assertEquals(1, first.number());
        assertEquals(RunRecord.Status.FINISHED, first.status());
        assertEquals("digits-8x8", first.dataset());
        assertTrue(first.summary().startsWith("64-32-16-[2]"), first.summary());
        assertTrue(Double.isFinite(first.testLoss()), "the test loss is measured as training ends");
        assertEquals(vm.run().history().get(1).validation().objective(), first.finalValidationLoss());

        trainUntil(1, 4); // Train again on the same network continues it
        assertEquals(1, records().get(0).continuations());

        vm.designer().latentSizeProperty().set(3);
        trainUntil(2, 2);
        assertEquals(3, records().get(1).experiment().model().latentSize());
    }

    @Test
    void aStoppedRunIsRecordedWithItsStatus() {
        vm.training().epochsProperty().set(100_000);
        vm.train();
        ui.until(() -> vm.run().history().size() >= 1, vm.run()::tick);
        vm.run().stop();
        ui.until(() -> state() == State.FINISHED, vm.run()::tick);
        assertEquals(1, records().size());
        assertEquals(RunRecord.Status.STOPPED, records().get(0).status());
        assertEquals(vm.run().history().size(), records().get(0).epochCount());
    }

    @Test
    void restorePutsARunsSetupBackInThePanel() {
        vm.designer().variantProperty().set(VariantSpec.Kind.DENOISING);
        vm.training().seedProperty().set(7);
        trainUntil(1, 2);
        vm.designer().variantProperty().set(VariantSpec.Kind.PLAIN);
        vm.designer().latentSizeProperty().set(5);
        vm.training().seedProperty().set(1);
        trainUntil(2, 2);

        vm.restore(records().get(0));
        ui.until(() -> state() == State.READY && !vm.dataset().loadingProperty().get(), vm.run()::tick);
        assertEquals(VariantSpec.Kind.DENOISING, vm.designer().variantProperty().get());
        assertEquals(2, vm.designer().latentSizeProperty().get());
        assertEquals(7, vm.training().seedProperty().get());
        assertEquals(2, vm.training().epochsProperty().get());
        assertTrue(vm.run().history().isEmpty(), "a restored run trains afresh");
        assertTrue(vm.noticeProperty().get().startsWith("Restored run #1"), vm.noticeProperty().get());
        assertEquals(2, records().size(), "restoring keeps the history");
    }
}
