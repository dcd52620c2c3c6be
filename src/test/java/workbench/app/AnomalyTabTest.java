package workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import workbench.app.layout.FigureMaximiser;
import workbench.app.anomaly.AnomalyTab;
import workbench.app.viewmodel.RunViewModel.State;
import workbench.app.viewmodel.WorkbenchViewModel;
import workbench.data.DatasetRegistry;
import workbench.session.Presets;
import workbench.session.ModelHost;

/**
 * The Anomalies tab beside the dataset section, on a real view-model, headless: the breast-cancer
 * preset trains on benign tumours and the tab scores the test split.
 */
@ExtendWith(ApplicationExtension.class)
class AnomalyTabTest {
    /**
     * The preset's test AUC, measured over seeds 1-10 with the same experiment on the command line
     * (README, "Anomaly detection", with --patience 5): 0.942, 0.967, 0.953, 0.961, 0.939, 0.956,
     * 0.953, 0.962, 0.953, 0.946; the preset's seed is 1. The floor leaves 0.039 below the lowest.
     */
    private static final double AUC_FLOOR = 0.90;

    private WorkbenchViewModel vm;
    private AnomalyTab tab;
    private AnimationTimer frames;

    @Start
    void start(Stage stage) {
        vm = new WorkbenchViewModel(new DatasetRegistry(), Platform::runLater);
        tab = new AnomalyTab(vm, new FigureMaximiser(() -> null));
        TabPane tabs = new TabPane(tab);
        ScrollPane dataset = new ScrollPane(new DatasetPane(vm.dataset(), vm.training()));
        dataset.setFitToWidth(true);
        SplitPane root = new SplitPane(dataset, tabs);
        root.setDividerPositions(0.3);
        stage.setScene(new Scene(root, 1260, 780));
        stage.show();
        frames = WorkbenchApp.frameLoop(vm);
        frames.start();
        vm.openDefault();
    }

    @AfterEach
    void stop() {
        WindowHarness.fx(() -> {
            frames.stop();
            vm.run().stop();
        });
    }

    private static void until(BooleanSupplier condition, String what) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WindowHarness.onFx(condition::getAsBoolean));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("not reached in 60 s: " + what);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private State state() {
        return vm.run().stateProperty().get();
    }

    private static boolean visible(FxRobot robot, String id) {
        return WindowHarness.onFx(() -> robot.lookup(id).query().isVisible());
    }

    @Test
    void theBreastCancerPresetScoresMalignantTumoursAboveTheFloor(FxRobot robot) {
        until(() -> state() == State.READY, "the default dataset");
        assertTrue(visible(robot, "#anomalyExplanation"), "every class trains: the tab explains instead");

        robot.clickOn("#anomalyExample");
        until(() -> "breast-cancer".equals(vm.dataset().sourceProperty().get()) && !vm.dataset().loadingProperty().get()
                && state() == State.READY, "the preset loaded");
        assertFalse(visible(robot, "#anomalyExplanation"));
        // the dataset section shows the preset's choice: benign (class 1) normal, malignant not
        assertTrue(WindowHarness.onFx(() -> robot.lookup("#trainOnNormalClasses").queryAs(CheckBox.class).isSelected()));
        assertTrue(WindowHarness.onFx(() -> robot.lookup("#normalClass1").queryAs(CheckBox.class).isSelected()));
        assertFalse(WindowHarness.onFx(() -> robot.lookup("#normalClass0").queryAs(CheckBox.class).isSelected()));
        assertEquals("benign", WindowHarness.onFx(() -> robot.lookup("#normalClass1").queryAs(CheckBox.class).getText()));

        // up to 100 epochs, under a second of training; early stopping ends seed 1 at epoch 69
        WindowHarness.fx(vm::train);
        until(() -> state() == State.FINISHED || state() == State.FAILED, "training finished");
        assertEquals(State.FINISHED, state(), WindowHarness.onFx(() -> vm.run().messageProperty().get()));
        ModelHost run = WindowHarness.onFx(() -> vm.run().runProperty().get());
        int epochs = run.epochsDone();
        assertEquals(69, epochs, "stopped early, as on the command line with --patience 5 (README)");
        assertTrue(java.util.Arrays.stream(run.data().train().labels()).allMatch(l -> l == 1), "benign only");
        assertEquals(113, run.data().test().size(), "the whole test split");

        until(() -> tab.view().report() != null
                && robot.lookup("#anomalyStatus").queryAs(Label.class).getText().contains(epochs + " epochs"),
                "the final report");
        double auc = WindowHarness.onFx(() -> tab.view().report().scores().auc());
        System.out.printf(Locale.ROOT, "anomaly preset, seed 1: test AUC %.4f%n", auc);
        assertTrue(auc > AUC_FLOOR, "AUC " + auc);
        String shown = WindowHarness.onFx(() -> robot.lookup("#anomalyAuc").queryAs(Label.class).getText());
        assertEquals(String.format(Locale.ROOT, "AUC %.3f", auc), shown);
        String summary = WindowHarness.onFx(() -> robot.lookup("#anomalySummary").queryAs(Label.class).getText());
        assertTrue(summary.contains("71 normal (benign)") && summary.contains("42 anomalous (malignant)"), summary);
        // the default threshold flags 4 of the 71 benign samples (their 95th percentile)
        assertEquals("4", WindowHarness.onFx(() -> robot.lookup("#anomalyFlaggedNormal").queryAs(Label.class).getText()));
    }

    @Test
    void theCheckBoxesOfTheDatasetSectionGoIntoTheExperiment(FxRobot robot) {
        until(() -> state() == State.READY, "the default dataset");
        WindowHarness.fx(() -> vm.dataset().choose("iris"));
        until(() -> !vm.dataset().loadingProperty().get() && vm.dataset().loadedProperty().get() != null
                && vm.dataset().loadedProperty().get().train().name().startsWith("iris"), "iris");
        assertNull(WindowHarness.onFx(() -> vm.experiment().dataset().normalClasses()), "off by default");
        List<String> classes = WindowHarness.onFx(() -> vm.dataset().loadedProperty().get().train().classNames());

        robot.clickOn("#trainOnNormalClasses");
        assertNull(WindowHarness.onFx(() -> vm.dataset().normalClassesProperty().get()), "nothing checked yet");
        assertTrue(visible(robot, "#normalClassesProblem"));
        robot.clickOn("#normalClass0");
        robot.clickOn("#normalClass2");
        assertEquals(List.of(classes.get(0), classes.get(2)),
                WindowHarness.onFx(() -> vm.experiment().dataset().normalClasses()));
        assertFalse(visible(robot, "#anomalyExplanation"), "the tab waits for training instead of explaining");

        robot.clickOn("#trainOnNormalClasses");
        assertNull(WindowHarness.onFx(() -> vm.experiment().dataset().normalClasses()), "off again: every class");
        assertTrue(visible(robot, "#anomalyExplanation"));
    }

    @Test
    void whileTrainingTheReportFollowsTheModel(FxRobot robot) {
        until(() -> state() == State.READY, "the default dataset");
        WindowHarness.fx(() -> {
            vm.dataset().normalClassesProperty().set(List.of("0", "1"));
            vm.training().epochsProperty().set(100_000);
            vm.train();
        });
        until(() -> robot.lookup("#anomalyStatus").queryAs(Label.class).getText().contains("updates while training"),
                "a report while training");
        assertEquals(State.RUNNING, WindowHarness.onFx(this::state));
        assertEquals(List.of(0, 1), List.copyOf(WindowHarness.onFx(
                () -> tab.view().report().scores().normalClasses().classes())));
        WindowHarness.fx(vm.run()::stop);
        until(() -> state() == State.FINISHED
                && !robot.lookup("#anomalyStatus").queryAs(Label.class).getText().contains("while training"),
                "the final report after Stop");
    }
}
