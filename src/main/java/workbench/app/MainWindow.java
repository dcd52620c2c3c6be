package workbench.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
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
    private Stage stage;

    public MainWindow(WorkbenchViewModel vm) {
        this.vm = vm;
        this.outputs = new OutputArea(vm);
        this.toolbar = new RunToolbar(vm);

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
        root.setTop(new VBox(menus(), toolbar));
        root.setCenter(split);
        root.setBottom(new StatusBar(vm));
        vm.run().stateProperty().addListener((o, was, now) -> {
            if (now == workbench.app.viewmodel.RunViewModel.State.FAILED) {
                tell("Training stopped", vm.run().messageProperty().get());
            }
        });
        vm.dataset().problemProperty().addListener((o, was, now) -> {
            if (!now.isEmpty()) {
                tell("The dataset could not be opened", now);
            }
        });
    }

    /** A message in words, in a dialog that does not block the window. */
    private void tell(String header, String message) {
        Alert alert = new Alert(Alert.AlertType.WARNING);
        if (stage != null) {
            alert.initOwner(stage);
        }
        alert.setTitle("Autoencoder Workbench");
        alert.setHeaderText(header);
        alert.setContentText(message);
        alert.show();
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

    private MenuBar menus() {
        Menu file = new Menu("File");
        file.getItems().addAll(
                item("Open model...", "Shortcut+O", () -> open("Open a model", "Models", "*.npz", vm::openModel)),
                item("Save model...", "Shortcut+S", () -> save("Save the model", "model.npz", vm::saveModel)),
                new SeparatorMenuItem(),
                item("Open experiment...", "Shortcut+Shift+O",
                        () -> open("Open an experiment", "Experiments", "*.json", vm::openExperiment)),
                item("Save experiment...", "Shortcut+Shift+S",
                        () -> save("Save the experiment", "experiment.json", vm::saveExperiment)),
                new SeparatorMenuItem(),
                item("Quit", "Shortcut+Q", () -> {
                    if (stage != null) {
                        stage.close();
                    }
                }));
        Menu export = new Menu("Export");
        export.getItems().addAll(
                item("Loss chart as PNG...", null, () -> save("Export the loss chart", "loss.png", outputs.exports()::exportLossPng)),
                item("Loss chart as SVG...", null, () -> save("Export the loss chart", "loss.svg", outputs.exports()::exportLossSvg)),
                item("Loss chart as PDF...", null, () -> save("Export the loss chart", "loss.pdf", outputs.exports()::exportLossPdf)),
                item("Latent space as PNG...", null, () -> save("Export the latent plot", "latent.png", outputs.exports()::exportLatentPng)),
                item("Latent space as SVG...", null, () -> save("Export the latent plot", "latent.svg", outputs.exports()::exportLatentSvg)),
                item("Latent space as PDF...", null, () -> save("Export the latent plot", "latent.pdf", outputs.exports()::exportLatentPdf)),
                item("Reconstructions as PNG...", null,
                        () -> save("Export the reconstructions", "reconstructions.png", outputs.exports()::exportReconstructionsPng)),
                new SeparatorMenuItem(),
                item("Codes as CSV...", null, () -> save("Export the test codes", "codes.csv", outputs.exports()::exportCodesCsv)),
                item("History as CSV...", null, () -> save("Export the loss history", "history.csv", outputs.exports()::exportHistoryCsv)),
                new SeparatorMenuItem(),
                item("Report as HTML...", null, () -> save("Export a report of the run", "report.html",
                        target -> outputs.exports().exportReport(target, message -> tell("The report was not written", message)))));
        Menu presets = new Menu("Presets");
        for (workbench.session.Preset p : workbench.session.Presets.all()) {
            presets.getItems().add(item(p.title(), null, () -> vm.loadPreset(p)));
        }
        return new MenuBar(file, ViewMenu.create(vm.view(), () -> stage), presets, export);
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    interface FileAction {
        void run(Path file) throws IOException;
    }

    private void open(String title, String what, String pattern, FileAction action) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(what, pattern),
                new FileChooser.ExtensionFilter("All files", "*"));
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            perform(action, file.toPath());
        }
    }

    private void save(String title, String suggested, FileAction action) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggested);
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            perform(action, file.toPath());
        }
    }

    /** Runs a file action; a failure is shown in words, never as a stack trace. */
    void perform(FileAction action, Path file) {
        try {
            action.run(file);
        } catch (IOException | RuntimeException e) {
            tell("That did not work", e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }
}
