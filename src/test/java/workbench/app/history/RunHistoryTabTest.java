package workbench.app.history;

import static workbench.app.FxThread.fx;
import static workbench.app.FxThread.onFx;
import static workbench.app.FxThread.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import workbench.app.layout.FigureMaximiser;
import workbench.app.viewmodel.RunViewModel.State;
import workbench.app.viewmodel.WorkbenchViewModel;
import workbench.data.DatasetRegistry;
import workbench.engine.LossFunction;

/** The Runs tab on a real view-model, headless: two short runs, their overlay, restore and remove. */
@ExtendWith(ApplicationExtension.class)
class RunHistoryTabTest {
    private WorkbenchViewModel vm;
    private RunHistoryTab tab;

    @Start
    void start(Stage stage) {
        vm = new WorkbenchViewModel(new DatasetRegistry(), Platform::runLater);
        tab = new RunHistoryTab(vm, new FigureMaximiser(() -> null));
        stage.setScene(new Scene(new TabPane(tab), 1200, 800));
        stage.show();
        vm.openDefault();
    }

    private State state() {
        return vm.run().stateProperty().get();
    }

    private void trainTwoEpochs(int expectedRuns) {
        fx(() -> {
            vm.training().epochsProperty().set(2);
            vm.train();
        });
        until(() -> state() == State.FINISHED && tab.rows().size() == expectedRuns);
    }

    /** The check box on the table line of run {@code number}, as a user finds it. */
    private static Node checkBoxOfRun(FxRobot robot, int number) {
        for (Node box : robot.lookup("#runTable .check-box").queryAll()) {
            Node n = box;
            while (n != null && !(n instanceof TableRow<?>)) {
                n = n.getParent();
            }
            if (n instanceof TableRow<?> row && row.getItem() instanceof RunRow r && r.record().number() == number) {
                return box;
            }
        }
        throw new AssertionError("no check box for run #" + number);
    }

    private List<String> series() {
        return onFx(() -> tab.overlay().seriesNames());
    }

    @Test
    void recordsRunsOverlaysTheTickedOnesAndRestoresADesign(FxRobot robot) {
        until(() -> state() == State.READY);
        trainTwoEpochs(1);
        fx(() -> {
            vm.designer().latentSizeProperty().set(3);
            vm.designer().encoder().get(0).unitsProperty().set(24);
            vm.designer().lossProperty().set(LossFunction.MSE);
        });
        trainTwoEpochs(2);

        assertEquals(2, (int) onFx(() -> tab.table().getItems().size()));
        assertEquals(List.of("#1 64-32-16-[2]-16-32-64", "#1 64-32-16-[2]-16-32-64" + RunOverlayChart.VALIDATION_SUFFIX,
                "#2 64-24-16-[3]-16-24-64", "#2 64-24-16-[3]-16-24-64" + RunOverlayChart.VALIDATION_SUFFIX), series(),
                "a new run comes ticked: both runs drawn, training and validation");
        String subtitle = onFx(() -> tab.overlay().subtitle());
        assertTrue(subtitle.contains("different losses"), subtitle);
        assertEquals("Loss (mixed units)", onFx(() -> tab.overlay().rangeLabel()));

        // untick run #2 with its check box: only #1 is left, in one unit
        Node box = onFx(() -> checkBoxOfRun(robot, 2));
        robot.clickOn(box);
        until(() -> tab.overlay().seriesNames().size() == 2);
        assertTrue(series().get(0).startsWith("#1 "));
        assertFalse(onFx(() -> tab.overlay().subtitle()).contains("different losses"));
        assertEquals("Loss (BCE, mean per element)", onFx(() -> tab.overlay().rangeLabel()));
        robot.clickOn(box);
        until(() -> tab.overlay().seriesNames().size() == 4);

        // cheap: choosing a row redraws nothing; the log scale does
        int rebuilds = onFx(() -> tab.overlay().rebuilds());
        fx(() -> tab.table().getSelectionModel().select(1));
        assertEquals(rebuilds, (int) onFx(() -> tab.overlay().rebuilds()));
        robot.clickOn("#runLogScale");
        until(() -> tab.overlay().rangeLabel().endsWith("log scale"));
        assertEquals(rebuilds + 1, (int) onFx(() -> tab.overlay().rebuilds()));
        assertTrue(onFx(() -> robot.lookup("#runLogScale").queryAs(CheckBox.class).isSelected()));

        // restore run #1: its design and loss come back into the designer
        fx(() -> tab.table().getSelectionModel().select(0));
        robot.clickOn("#restoreRun");
        until(() -> state() == State.READY && !vm.dataset().loadingProperty().get());
        assertEquals(2, (int) onFx(() -> vm.designer().latentSizeProperty().get()));
        assertEquals(List.of(32, 16), onFx(() -> vm.designer().encoder().stream()
                .map(r -> r.unitsProperty().get()).toList()));
        assertEquals(LossFunction.BCE, onFx(() -> vm.designer().lossProperty().get()));
        assertEquals(2, (int) onFx(() -> tab.rows().size()), "restoring keeps the runs");

        // remove run #2: its row and its curves go
        fx(() -> tab.table().getSelectionModel().select(1));
        robot.clickOn("#removeRun");
        until(() -> tab.rows().size() == 1);
        assertEquals(List.of(1), onFx(() -> vm.run().runs().records().stream().map(r -> r.number()).toList()));
        until(() -> tab.overlay().seriesNames().size() == 2);
    }
}
