package workbench.app;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import workbench.app.viewmodel.WorkbenchViewModel;

/**
 * The one main window: the experiment panel on the left, the loss, reconstructions and latent
 * space together on the right, the run's toolbar on top and its status at the bottom.
 */
public final class MainWindow {
    public static final double WIDTH = 1280;
    public static final double HEIGHT = 800;

    private final WorkbenchViewModel vm;
    private final BorderPane root = new BorderPane();
    private final OutputArea outputs;
    private final RunToolbar toolbar;
    private final MainMenus menus;
    private Stage stage;

    public MainWindow(WorkbenchViewModel vm) {
        this.vm = vm;
        this.outputs = new OutputArea(vm);
        this.toolbar = new RunToolbar(vm);
        this.menus = new MainMenus(vm, outputs, () -> stage);

        TitledPane dataset = new TitledPane("Dataset", new DatasetPane(vm.dataset(), vm.training()));
        TitledPane model = new TitledPane("Model", new DesignerPane(vm.designer()));
        TitledPane training = new TitledPane("Training", new TrainingPane(vm.training(), vm.run()));
        javafx.scene.control.Label preset = new javafx.scene.control.Label();
        preset.setId("presetExplanation");
        preset.setWrapText(true);
        preset.setPadding(new javafx.geometry.Insets(6));
        preset.setStyle("-fx-background-color: #eef5fb; -fx-border-color: #0072b2; -fx-border-width: 0 0 0 4;");
        preset.textProperty().bind(vm.presetExplanationProperty());
        preset.visibleProperty().bind(vm.presetExplanationProperty().isNotEmpty());
        preset.managedProperty().bind(preset.visibleProperty());
        VBox panel = new VBox(preset, dataset, model, training);
        ScrollPane scroll = new ScrollPane(panel);
        scroll.setFitToWidth(true);
        scroll.setPrefWidth(430);
        scroll.setMinWidth(330);

        SplitPane split = new SplitPane(scroll, outputs);
        split.setDividerPositions(0.34);
        SplitPane.setResizableWithParent(scroll, false);
        PresenterLook.follow(vm.view(), root, split, outputs);
        root.setTop(new VBox(menus.create(), toolbar));
        root.setCenter(split);
        root.setBottom(new StatusBar(vm));
        vm.run().stateProperty().addListener((o, was, now) -> {
            if (now == workbench.app.viewmodel.RunViewModel.State.FAILED) {
                menus.tell("Training stopped", vm.run().messageProperty().get());
            }
        });
        vm.dataset().problemProperty().addListener((o, was, now) -> {
            if (!now.isEmpty()) {
                menus.tell("The dataset could not be opened", now);
            }
        });
    }

    public Scene createScene() {
        Scene scene = new Scene(root, WIDTH, HEIGHT);
        HiddenControls.install(scene, vm.view());
        accelerate(scene, new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN), toolbar.train::fire);
        accelerate(scene, new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), toolbar.pause::fire);
        accelerate(scene, new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN), toolbar.stepBatch::fire);
        accelerate(scene, new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), toolbar.stepEpoch::fire);
        accelerate(scene, new KeyCodeCombination(KeyCode.PERIOD, KeyCombination.SHORTCUT_DOWN), toolbar.stop::fire);
        accelerate(scene, new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), toolbar.reset::fire);
        return scene;
    }

    public void show(Stage s) {
        this.stage = s;
        s.setTitle("Autoencoder Workbench");
        s.setScene(createScene());
        s.setMinWidth(1024);
        s.setMinHeight(700);
        s.show();
    }

    public OutputArea outputs() {
        return outputs;
    }

    private static void accelerate(Scene scene, KeyCombination keys, Runnable action) {
        scene.getAccelerators().put(keys, action);
    }

    /** Runs a file action as the menus do; a failure is shown in words. */
    void perform(MainMenus.FileAction action, Path file) {
        menus.perform(action, file);
    }
}
