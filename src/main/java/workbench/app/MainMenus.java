package workbench.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import workbench.app.viewmodel.WorkbenchViewModel;

/**
 * The window's menu bar (File, View, Presets, Export) and the file dialogs behind it; a file
 * action's failure is shown in words, never as a stack trace.
 */
final class MainMenus {
    private final WorkbenchViewModel vm;
    private final OutputArea outputs;
    /** Gives null until the window is shown. */
    private final Supplier<Stage> stage;

    MainMenus(WorkbenchViewModel vm, OutputArea outputs, Supplier<Stage> stage) {
        this.vm = vm;
        this.outputs = outputs;
        this.stage = stage;
    }

    MenuBar create() {
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
                    if (stage.get() != null) {
                        stage.get().close();
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
        return new MenuBar(file, ViewMenu.create(vm.view(), stage), presets, export);
    }

    /** A message in words, in a dialog that does not block the window. */
    void tell(String header, String message) {
        Alert alert = new Alert(Alert.AlertType.WARNING);
        if (stage.get() != null) {
            alert.initOwner(stage.get());
        }
        alert.setTitle("Autoencoder Workbench");
        alert.setHeaderText(header);
        alert.setContentText(message);
        alert.show();
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
        File file = chooser.showOpenDialog(stage.get());
        if (file != null) {
            perform(action, file.toPath());
        }
    }

    private void save(String title, String suggested, FileAction action) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggested);
        File file = chooser.showSaveDialog(stage.get());
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
