package workbench.app;

import java.util.logging.Logger;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import workbench.app.layout.WindowMemory;
import workbench.app.viewmodel.WorkbenchViewModel;
import workbench.data.DatasetRegistry;

/**
 * The desktop application: builds the window on its view-model, opens a bundled dataset, and
 * pulls the training run's newest outputs once per frame.
 */
public final class WorkbenchApp extends Application {

    /**
     * JavaFX warns "Unsupported JavaFX configuration: classes were loaded from 'unnamed module'" at
     * every start from the class path, which is how this program runs on purpose (one jar for three
     * systems). That one record is dropped; every other JavaFX warning (CSS, say) still shows. Kept
     * strongly here, because java.util.logging holds its loggers weakly.
     */
    private static final Logger JAVAFX = Logger.getLogger("javafx");

    public static void launchApp(String[] args) {
        JAVAFX.setFilter(r -> r.getMessage() == null || !r.getMessage().startsWith("Unsupported JavaFX configuration"));
        Application.launch(WorkbenchApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        WorkbenchViewModel vm = new WorkbenchViewModel(new DatasetRegistry(), Platform::runLater);
        MainWindow window = new MainWindow(vm);
        // the default dataset starts loading before the window appears, not while it shows blank
        vm.openDefault();
        window.show(stage, WindowMemory.userPreferences());
        frameLoop(vm).start();
    }

    /** One tick per frame: the view-model takes what the trainer published, the views redraw. */
    static AnimationTimer frameLoop(WorkbenchViewModel vm) {
        return new AnimationTimer() {
            @Override
            public void handle(long now) {
                vm.run().tick();
            }
        };
    }
}
