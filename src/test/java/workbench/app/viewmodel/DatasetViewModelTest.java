package workbench.app.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;
import workbench.data.DatasetRegistry;

/** Listing and loading happen on the background executor, and a newer choice wins over an older one. */
class DatasetViewModelTest {
    private final Queue<Runnable> background = new ArrayDeque<>();
    private final Queue<Runnable> ui = new ArrayDeque<>();
    private final DatasetViewModel vm = new DatasetViewModel(new DatasetRegistry(), background::add, ui::add);

    private static void drain(Queue<Runnable> queue) {
        while (!queue.isEmpty()) {
            queue.poll().run();
        }
    }

    @Test
    void theListingIsReadInTheBackgroundAndShownOnTheUiExecutor() {
        vm.refresh();
        assertTrue(vm.available().isEmpty(), "nothing read on the caller's thread");
        drain(background);
        assertTrue(vm.available().isEmpty(), "nothing shown off the UI executor");
        drain(ui);
        assertTrue(vm.available().size() >= 6, "the bundled datasets: " + vm.names());
    }

    @Test
    void aNewerChoiceDropsTheLoadOfAnOlderOne() {
        List<Integer> shown = new ArrayList<>();
        vm.loadedProperty().addListener((o, before, after) -> shown.add(after.train().featureCount()));
        vm.choose("iris");
        vm.choose("digits-8x8");
        drain(background);
        drain(ui);
        assertEquals(List.of(64), shown, "iris was never shown");
        assertNotNull(vm.loadedProperty().get());
        assertEquals("digits-8x8", vm.sourceProperty().get());
        assertEquals(64, vm.loadedProperty().get().train().featureCount(), "the digits, not iris");
        assertFalse(vm.loadingProperty().get());
    }

    @Test
    void aDatasetThatCannotBeOpenedIsSaidInWords() {
        vm.choose("no-such-dataset");
        drain(background);
        drain(ui);
        assertTrue(vm.problemProperty().get().startsWith("Could not open no-such-dataset: "),
                vm.problemProperty().get());
        assertFalse(vm.problemProperty().get().contains("Exception"), vm.problemProperty().get());
    }
}
