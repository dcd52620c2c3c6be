package workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static workbench.app.WindowHarness.fx;
import static workbench.app.WindowHarness.onFx;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import workbench.app.health.HealthTab;
import workbench.app.viewmodel.RunViewModel.State;
import workbench.engine.LossFunction;
import workbench.engine.OptimizerKind;

/**
 * The training doctor in the window: what it finds reaches the status bar and the Health tab (whose
 * name counts the findings) while the run trains, a dead network ends the run as a failure, and a
 * finding's link shows its epoch on the time slider.
 */
@ExtendWith(ApplicationExtension.class)
class HealthTabTest {
    private WindowHarness w;

    @Start
    void start(Stage stage) {
        w = new WindowHarness(stage);
    }

    private Tab healthTab() {
        return onFx(() -> w.window.outputs().exploreTabs().getTabs().stream().filter(t -> t instanceof HealthTab)
                .findFirst().orElseThrow());
    }

    private List<String> texts(String styleClass) {
        return onFx(() -> healthTab().getContent().lookupAll("." + styleClass).stream()
                .map(n -> ((javafx.scene.control.Labeled) n).getText()).toList());
    }

    /** Its cards are inside a scroll pane, whose content is in the scene once the tab has been shown. */
    private void showHealth() {
        fx(() -> w.window.outputs().exploreTabs().getSelectionModel().select(healthTab()));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    private void train(OptimizerKind optimizer, double rate, int epochs) {
        w.until(State.READY); // the default dataset is loading
        fx(() -> {
            w.vm.training().optimizerProperty().set(optimizer);
            w.vm.training().learningRateProperty().set(rate);
            w.vm.training().epochsProperty().set(epochs);
            w.vm.train();
        });
        w.until(() -> {
            State s = w.vm.run().stateProperty().get();
            return (s == State.FINISHED || s == State.FAILED) && w.vm.run().runProperty().get() != null;
        });
    }

    @Test
    void aDeadNetworkEndsTheRunAndIsShownWithWhatToTry() {
        // the command in the window: with MSE the sigmoid output saturates before any NaN (BCE turns NaN first)
        w.until(State.READY);
        fx(() -> w.vm.designer().lossProperty().set(LossFunction.MSE));
        w.until(State.READY);
        fx(() -> {
            w.vm.training().optimizerProperty().set(OptimizerKind.SGD);
            w.vm.training().learningRateProperty().set(1e9);
            w.vm.training().epochsProperty().set(3);
            w.vm.train();
        });
        // from the host's diagnosis at the epoch's end to the status bar's words, polled every millisecond;
        // reported, not asserted: a busy machine may take longer
        long found = 0;
        long said = 0;
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (said == 0 && System.nanoTime() < deadline) {
            workbench.session.ModelHost host = w.vm.run().runProperty().get();
            if (found == 0 && host != null && !host.diagnoses().isEmpty()) {
                found = System.nanoTime();
            }
            if (found != 0 && w.vm.noticeProperty().get().contains("Dead network")) {
                said = System.nanoTime();
            }
            sleepAMillisecond();
        }
        System.out.printf(java.util.Locale.ROOT, "dead network: in the status bar %.0f ms after the doctor found it%n",
                (said - found) / 1e6);
        w.until(() -> w.vm.run().stateProperty().get() == State.FAILED);
        assertEquals(State.FAILED, w.state(), "a dead network fails the run, as a NaN does");
        String notice = onFx(() -> w.vm.noticeProperty().get());
        assertEquals("Training stopped: Dead network at epoch 1, the output layer (Dense(64, Sigmoid)). What to try"
                + " is in the Health tab.", notice);
        assertTrue(onFx(() -> healthTab().getGraphic() != null && healthTab().getGraphic().isVisible()),
                "the tab's dot says something was found");
        showHealth();
        List<String> titles = texts("diagnosis-title");
        assertTrue(titles.contains("Dead network (the run was ended)"), titles.toString());
        assertTrue(texts("diagnosis-advice").stream().anyMatch(a -> a.contains("Try a learning rate of 0.01")),
                texts("diagnosis-advice").toString());
    }

    private static void sleepAMillisecond() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aWarningReachesTheStatusBarAndItsLinkShowsItsEpoch() {
        // Adam at a ten-thousandth of its usual rate: the loss barely moves while the gradients are sound
        train(OptimizerKind.ADAM, 1e-7, 4);
        assertEquals(State.FINISHED, w.state(), "a warning does not end the run");
        String notice = onFx(() -> w.vm.noticeProperty().get());
        assertTrue(notice.startsWith("Trained 4 epochs.") && notice.contains("Warning: Learning rate too low (Health tab)."), notice);
        showHealth();
        List<String> titles = texts("diagnosis-title");
        assertTrue(titles.contains("Learning rate too low"), titles.toString());
        Hyperlink link = onFx(() -> (Hyperlink) healthTab().getContent().lookupAll(".diagnosis-epoch").stream()
                .findFirst().orElseThrow());
        assertEquals("show epoch 3", onFx(link::getText));
        fx(link::fire);
        Node caption = onFx(() -> w.window.outputs().lookup("#epochCaption"));
        assertEquals("epoch 3 of 4", onFx(() -> ((Label) caption).getText()));
    }

    @Test
    void beforeAnyTrainingTheTabClaimsNoFinding() {
        w.until(State.READY);
        showHealth();
        assertTrue(onFx(() -> ((Label) healthTab().getContent().lookup("#healthAllClear")).getText())
                .startsWith("Nothing trained yet."), "not 'no problems found' of a design never watched");
    }

    @Test
    void aHealthyRunSaysWhatWasWatched() {
        train(OptimizerKind.ADAM, 1e-3, 2);
        assertEquals(null, onFx(() -> healthTab().getGraphic()), "no dot");
        assertEquals(0, onFx(() -> w.vm.run().diagnoses().size()));
        assertTrue(onFx(() -> healthTab().getContent().lookup("#healthAllClear").isVisible()));
        assertTrue(onFx(() -> ((Label) healthTab().getContent().lookup("#healthAllClear")).getText())
                .startsWith("No problems found."), "said once a run was watched");
        // every layer of the 64-32-16-[2]-16-32-64 design, with parameters, each with both heat-maps
        showHealth();
        int layers = onFx(() -> w.vm.run().healthProperty().get().get(2).layers().size());
        assertEquals(6, layers, "six weighted layers");
        assertEquals(2 * layers, (int) onFx(() -> healthTab().getContent().lookup("#layerHealth")
                .lookupAll(".histogram-strip").size()), "outputs and gradients, a strip each");
        assertEquals(List.of(0, 1, 2), onFx(() -> w.vm.run().healthProperty().get().stream()
                .map(workbench.session.doctor.HealthRecord::epoch).toList()), "a record before training and per epoch");
        // the first layer's 32 units drawn as 8x8 pictures
        assertEquals(32, (int) onFx(() -> healthTab().getContent().lookup("#learnedFeatures")
                .lookupAll(".learned-feature").size()));
    }
}
