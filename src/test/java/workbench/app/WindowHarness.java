package workbench.app;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;
import workbench.app.layout.WindowMemory;
import workbench.app.viewmodel.RunViewModel;
import workbench.app.viewmodel.WorkbenchViewModel;
import workbench.data.DatasetRegistry;

/** The real window on its real view-model, as the app builds it, for TestFX tests and screenshots. */
final class WindowHarness {
    final WorkbenchViewModel vm;
    final MainWindow window;
    private final AnimationTimer frames;

    WindowHarness(Stage stage) {
        vm = new WorkbenchViewModel(new DatasetRegistry(), Platform::runLater);
        window = new MainWindow(vm);
        // never the user's remembered place: a store of the test's own, starting empty
        window.show(stage, WindowMemory.inMemory(null));
        // TestFX shares one stage between test classes: leave no minimum size for the next one
        stage.setMinWidth(0);
        stage.setMinHeight(0);
        frames = WorkbenchApp.frameLoop(vm);
        frames.start();
        vm.openDefault();
    }

    /**
     * Sizes the window as a screen of that size would. Monocle's headless renderer fails (a buffer
     * overflow on its render thread, after which no frame is drawn) when a window grows while a
     * frame is in flight, so a window that grows is hidden while it does.
     */
    void resize(Stage stage, double width, double height) {
        fx(() -> {
            boolean grows = width > stage.getWidth() || height > stage.getHeight();
            if (grows) {
                stage.hide();
            }
            stage.setWidth(width);
            stage.setHeight(height);
            if (grows) {
                stage.show();
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    RunViewModel.State state() {
        return onFx(() -> vm.run().stateProperty().get());
    }

    /** Waits (up to 60 s) for a condition read on the FX thread. */
    void until(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(condition::getAsBoolean));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the window did not reach the expected state in 60 s (state " + state() + ")");
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    void until(RunViewModel.State expected) {
        until(() -> vm.run().stateProperty().get() == expected);
    }

    /** Scrolls the experiment panel so that {@code node} is in view, as a user would. */
    static void reveal(javafx.scene.Node node) {
        javafx.scene.Node n = node;
        while (n != null && !(n instanceof javafx.scene.control.ScrollPane)) {
            n = n.getParent();
        }
        if (n instanceof javafx.scene.control.ScrollPane scroll) {
            javafx.scene.Node content = scroll.getContent();
            double contentHeight = content.getBoundsInLocal().getHeight();
            double viewport = scroll.getViewportBounds().getHeight();
            double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
            if (contentHeight > viewport) {
                scroll.setVvalue(Math.max(0, Math.min(1, (y - viewport / 3) / (contentHeight - viewport))));
            }
            scroll.layout();
        }
    }

    static <T> T onFx(Callable<T> read) {
        return FxThread.onFx(read);
    }

    static void fx(Runnable action) {
        FxThread.fx(action);
    }
}
