package workbench.app;

import java.nio.file.Path;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import workbench.app.layout.FigureMaximiser;
import workbench.app.layout.SettingsColumn;
import workbench.app.layout.WindowMemory;
import workbench.app.viewmodel.RunViewModel;
import workbench.app.viewmodel.WorkbenchViewModel;

/**
 * The one main window: the experiment panel on the left (behind a splitter, and folding away),
 * the loss, reconstructions and latent space together on the right, the run's toolbar on top and
 * its status at the bottom. Any figure can be maximised over the work area or the screen.
 */
public final class MainWindow {
    /**
     * Below this size the window's content scrolls rather than being squeezed until it clips
     * (a 1280x720 projector still fits without scrolling).
     */
    static final double MIN_CONTENT_WIDTH = 1000;
    static final double MIN_CONTENT_HEIGHT = 600;
    /** The stage's own minimum: smaller than this is no use even with scrolling. */
    static final double MIN_STAGE_WIDTH = 640;
    static final double MIN_STAGE_HEIGHT = 480;

    private final WorkbenchViewModel vm;
    private final Parent root;
    private final OutputArea outputs;
    private final RunToolbar toolbar;
    private final MainMenus menus;
    private final SettingsColumn settings;
    private final FigureMaximiser maximiser;
    private Stage stage;

    public MainWindow(WorkbenchViewModel vm) {
        this.vm = vm;
        this.maximiser = new FigureMaximiser(() -> stage);
        this.outputs = new OutputArea(vm, maximiser);
        this.toolbar = new RunToolbar(vm);
        this.menus = new MainMenus(vm, outputs, () -> stage);

        SettingsPanel scroll = new SettingsPanel(vm);
        scroll.setId("settingsScroll");
        scroll.setMinWidth(300);
        settings = new SettingsColumn(scroll, maximiser.overWorkArea(outputs));

        BorderPane body = new BorderPane(settings.node());
        body.setTop(toolbar);
        body.setBottom(new StatusBar(vm));
        body.setMinSize(MIN_CONTENT_WIDTH, MIN_CONTENT_HEIGHT);
        ScrollPane small = new ScrollPane(body);
        small.setId("windowScroll");
        small.setFitToWidth(true);
        small.setFitToHeight(true);
        small.getStyleClass().add("edge-to-edge");
        MenuBar menuBar = menus.create();
        ViewMenu.addWindowItems(menuBar, settings, maximiser, () -> stage == null ? null : stage.getScene());
        BorderPane window = new BorderPane(small);
        window.setTop(menuBar);
        root = maximiser.overWindow(window);
        PresenterLook.follow(vm.view(), root, settings);
        vm.run().stateProperty().addListener((o, was, now) -> {
            if (now == RunViewModel.State.FAILED) {
                menus.tell("Training stopped", vm.run().messageProperty().get());
            }
        });
        vm.dataset().problemProperty().addListener((o, was, now) -> {
            if (!now.isEmpty()) {
                menus.tell("The dataset could not be opened", now);
            }
        });
    }

    Scene createScene() {
        Scene scene = new Scene(root);
        HiddenControls.install(scene, vm.view());
        maximiser.install(scene);
        accelerate(scene, new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN), toolbar.train::fire);
        accelerate(scene, new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), toolbar.pause::fire);
        accelerate(scene, new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN), toolbar.stepBatch::fire);
        accelerate(scene, new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), toolbar.stepEpoch::fire);
        accelerate(scene, new KeyCodeCombination(KeyCode.PERIOD, KeyCombination.SHORTCUT_DOWN), toolbar.stop::fire);
        accelerate(scene, new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), toolbar.reset::fire);
        // a second key for the settings column beside the View menu's F9, for keyboards whose F keys need Fn
        accelerate(scene, new KeyCodeCombination(KeyCode.BACK_SLASH, KeyCombination.SHORTCUT_DOWN), settings::toggle);
        return scene;
    }

    /**
     * Shows the window where {@code placement} remembers it (within the screen's visible bounds),
     * laid out before it appears, so that it never shows blank.
     */
    public void show(Stage s, WindowMemory.Store placement) {
        this.stage = s;
        s.setTitle("Autoencoder Workbench");
        s.setMinWidth(MIN_STAGE_WIDTH);
        s.setMinHeight(MIN_STAGE_HEIGHT);
        WindowMemory.place(s, placement);
        Scene scene = createScene();
        s.setScene(scene);
        menus.guardClose(s); // the close button asks before unsaved runs are lost, as Quit does
        // the first CSS and layout pass of this scene is long (every tab's content, on a cold JIT):
        // done here, it is over before the window appears rather than while it shows white
        root.applyCss();
        root.resize(s.getWidth(), s.getHeight());
        root.layout();
        s.show();
    }

    public OutputArea outputs() {
        return outputs;
    }

    SettingsColumn settings() {
        return settings;
    }

    FigureMaximiser maximiser() {
        return maximiser;
    }

    private static void accelerate(Scene scene, KeyCombination keys, Runnable action) {
        scene.getAccelerators().put(keys, action);
    }

    /** Runs a file action as the menus do; a failure is shown in words. */
    void perform(MainMenus.FileAction action, Path file) {
        menus.perform(action, file);
    }
}
