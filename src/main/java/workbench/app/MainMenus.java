package workbench.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import workbench.app.viewmodel.DesignerViewModel;
import workbench.app.viewmodel.WorkbenchViewModel;
import workbench.session.ModelExports;
import workbench.session.Preset;
import workbench.session.Presets;

/**
 * The window's menu bar (File, Edit, View, Presets, Export) and the file dialogs behind it. Every
 * file written is confirmed in the status bar with its name; a failure is shown in words, never as
 * a stack trace. Quitting with runs not saved asks first.
 */
final class MainMenus {
    private final WorkbenchViewModel vm;
    private final OutputArea outputs;
    /** Gives null until the window is shown. */
    private final Supplier<Stage> stage;
    /** Where the last file was opened or saved, offered first by the next dialog. */
    private File lastDirectory;

    MainMenus(WorkbenchViewModel vm, OutputArea outputs, Supplier<Stage> stage) {
        this.vm = vm;
        this.outputs = outputs;
        this.stage = stage;
    }

    MenuBar create() {
        Menu file = new Menu("File");
        file.getItems().addAll(
                item("Open model...", "Shortcut+O", () -> open("Open a model", "Models", "*.npz", vm::openModel)),
                item("Save model...", "Shortcut+S", () -> save("Save the model", vm.suggestedModelFileName(),
                        "the model", vm::saveModel, false)),
                new SeparatorMenuItem(),
                item("Open experiment...", "Shortcut+Shift+O",
                        () -> open("Open an experiment", "Experiments", "*.json", vm::openExperiment)),
                item("Save experiment...", "Shortcut+Shift+S", () -> save("Save the experiment",
                        vm.suggestedExperimentFileName(), "the experiment", vm::saveExperiment, false)),
                new SeparatorMenuItem(),
                item("Quit", "Shortcut+Q", () -> {
                    Stage s = stage.get();
                    if (s != null && mayQuit()) {
                        s.close();
                    }
                }));
        Menu export = new Menu("Export");
        OutputExports out = outputs.exports();
        export.getItems().addAll(
                export("Loss chart as PNG...", "the loss chart", "loss.png", out::exportLossPng),
                export("Loss chart as SVG...", "the loss chart", "loss.svg", out::exportLossSvg),
                export("Loss chart as PDF...", "the loss chart", "loss.pdf", out::exportLossPdf),
                export("Latent space as PNG...", "the latent plot", "latent.png", out::exportLatentPng),
                export("Latent space as SVG...", "the latent plot", "latent.svg", out::exportLatentSvg),
                export("Latent space as PDF...", "the latent plot", "latent.pdf", out::exportLatentPdf),
                export("Reconstructions as PNG...", "the reconstructions", "reconstructions.png",
                        out::exportReconstructionsPng),
                new SeparatorMenuItem(),
                export("Codes as CSV...", "the test codes", "codes.csv", out::exportCodesCsv),
                export("History as CSV...", "the loss history", "history.csv", out::exportHistoryCsv),
                new SeparatorMenuItem(),
                modelExport("Model as ONNX...", ModelExports.Format.ONNX),
                modelExport("Model as a PyTorch script...", ModelExports.Format.PYTORCH),
                modelExport("Codes for the Embedding Projector...", ModelExports.Format.PROJECTOR),
                new SeparatorMenuItem(),
                // the report is written in the background: the status bar says it has begun, then that it
                // was saved, or a failure follows
                item("Report as HTML...", null, () -> save("Export a report of the run", "report.html",
                        "the report", target -> out.exportReport(target,
                                () -> vm.tell("Saved the report to " + target),
                                message -> tell("The report was not written", message)), true)));
        Menu presets = new Menu("Presets");
        for (Preset p : Presets.all()) {
            presets.getItems().add(presetItem(p));
        }
        MenuBar bar = new MenuBar(file, edit(vm.designer()), ViewMenu.create(vm.view(), stage), presets, export);
        // Ctrl+Y redoes too, as on Windows; a menu item has one accelerator, so this one goes on the scene
        bar.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN),
                        vm.designer()::redo);
            }
        });
        return bar;
    }

    /** Undo and redo of the designer's changes (a text field's own Ctrl+Z undoes its typing first). */
    private static Menu edit(DesignerViewModel designer) {
        MenuItem undo = item("Undo design change", "Shortcut+Z", designer::undo);
        undo.setId("undoDesign");
        undo.disableProperty().bind(designer.canUndoProperty().not());
        MenuItem redo = item("Redo design change", "Shortcut+Shift+Z", designer::redo);
        redo.setId("redoDesign");
        redo.disableProperty().bind(designer.canRedoProperty().not());
        return new Menu("Edit", null, undo, redo);
    }

    /** A preset with its first sentence under the title, and the whole explanation as a tooltip, before it is loaded. */
    private MenuItem presetItem(Preset p) {
        Label title = new Label(p.title());
        // a menu's own item text colour does not reach a custom item's labels: set it here
        title.setStyle("-fx-text-fill: #1a1a1a; -fx-font-weight: bold;");
        Label first = new Label(firstSentence(p.explanation()));
        first.setStyle("-fx-text-fill: #555; -fx-font-size: 0.85em;");
        first.setWrapText(true);
        first.setMaxWidth(Math.max(title.getFont().getSize() * 32, 1));
        VBox content = new VBox(1, title, first);
        Tooltip explanation = new Tooltip(p.explanation());
        explanation.setWrapText(true);
        explanation.setMaxWidth(first.getMaxWidth() * 1.2);
        Tooltip.install(content, explanation);
        CustomMenuItem item = new CustomMenuItem(content);
        item.setOnAction(e -> vm.loadPreset(p));
        return item;
    }

    /** The text up to the first full stop followed by a space, or the whole text. */
    static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }

    /** The quit question's words, e.g. "Quit and lose 5 unsaved runs?". */
    static String quitQuestion(int unsaved) {
        return String.format(Locale.ROOT, "Quit and lose %d unsaved run%s?", unsaved, unsaved == 1 ? "" : "s");
    }

    /**
     * From now on the window's close button asks before quitting with unsaved runs, as File > Quit
     * and Ctrl+Q do. The window calls this once it is shown.
     */
    void guardClose(Stage s) {
        s.setOnCloseRequest(e -> {
            if (!mayQuit()) {
                e.consume();
            }
        });
    }

    /** True when there is nothing unsaved, or the user chose to lose it; Cancel is the default. */
    private boolean mayQuit() {
        int unsaved = vm.unsavedRunCount();
        if (unsaved == 0) {
            return true;
        }
        return confirm("Quit", quitQuestion(unsaved), "A run counts as saved once its model or experiment is saved"
                + " after its training. Cancel, then File > Save model, to keep the current one.");
    }

    /** A question with {@code action} and Cancel, Cancel the default: true when the user chose the action. */
    private boolean confirm(String action, String header, String content) {
        ButtonType yes = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", yes, ButtonType.CANCEL);
        if (stage.get() != null) {
            alert.initOwner(stage.get());
            alert.getDialogPane().setStyle(stage.get().getScene().getRoot().getStyle());
        }
        alert.setTitle("Autoencoder Workbench");
        alert.setHeaderText(header);
        alert.setContentText(content);
        ((Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        return alert.showAndWait().orElse(ButtonType.CANCEL) == yes;
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

    private MenuItem export(String text, String what, String suggested, FileAction action) {
        return item(text, null, () -> save("Export " + what, suggested, what, action, false));
    }

    /** An export of the model shown into a folder the user picks. */
    private MenuItem modelExport(String text, ModelExports.Format format) {
        return item(text, null, () -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Export the model (" + format.title() + ") into a folder");
            File start = lastDirectory != null && lastDirectory.isDirectory() ? lastDirectory
                    : new File(System.getProperty("user.home"));
            if (start.isDirectory()) {
                chooser.setInitialDirectory(start);
            }
            File folder = chooser.showDialog(stage.get());
            if (folder != null) {
                lastDirectory = folder;
                exportInto(format, folder.toPath());
            }
        });
    }

    /**
     * Exports the model shown into {@code folder}, asking first when it holds files of the same
     * names; the status bar names the files written, a failure is shown in words.
     */
    void exportInto(ModelExports.Format format, Path folder) {
        List<String> taken;
        try {
            taken = vm.exportClashes(format, folder);
        } catch (IOException e) {
            tell("The model was not exported", e.getMessage());
            return;
        }
        if (!taken.isEmpty() && !mayReplace(folder, taken)) {
            return;
        }
        perform(target -> vm.exportModel(format, target, !taken.isEmpty()), folder);
    }

    /** Whether the user agrees to replace {@code taken} in {@code folder}; Cancel is the default. */
    private boolean mayReplace(Path folder, List<String> taken) {
        return confirm("Replace", "Replace " + String.join(", ", taken) + "?", folder + " already holds "
                + (taken.size() == 1 ? "a file" : "files") + " of the same name. Replace, or Cancel and choose"
                + " another folder.");
    }

    interface FileAction {
        void run(Path file) throws IOException;
    }

    private void open(String title, String what, String pattern, FileAction action) {
        FileChooser chooser = chooser(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(what, pattern),
                new FileChooser.ExtensionFilter("All files", "*"));
        File file = chooser.showOpenDialog(stage.get());
        if (file != null) {
            perform(action, file.toPath());
        }
    }

    /**
     * A save dialog offering {@code suggested} in the last directory; a file written is confirmed as
     * "Saved {@code what} to FILE" ({@code begun}: "Writing ... to FILE", for work that goes on).
     */
    private void save(String title, String suggested, String what, FileAction action, boolean begun) {
        FileChooser chooser = chooser(title);
        chooser.setInitialFileName(suggested);
        int dot = suggested.lastIndexOf('.');
        if (dot > 0) {
            // GTK's dialog keeps the name's extension in view with a filter of that kind
            String extension = suggested.substring(dot);
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(
                            extension.substring(1).toUpperCase(Locale.ROOT) + " files", "*" + extension),
                    new FileChooser.ExtensionFilter("All files", "*"));
        }
        File file = chooser.showSaveDialog(stage.get());
        if (file != null) {
            write(file.toPath(), what, action, begun);
        }
    }

    /** Writes {@code what} to {@code file} and confirms it in the status bar; a failure is shown in words. */
    void write(Path file, String what, FileAction action, boolean begun) {
        if (perform(action, file)) {
            vm.tell((begun ? "Writing " : "Saved ") + what + " to " + file + (begun ? "..." : ""));
        }
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        File start = lastDirectory != null && lastDirectory.isDirectory() ? lastDirectory
                : new File(System.getProperty("user.home"));
        if (start.isDirectory()) {
            chooser.setInitialDirectory(start);
        }
        return chooser;
    }

    /** Runs a file action; a failure is shown in words, never as a stack trace. True when it worked. */
    boolean perform(FileAction action, Path file) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            lastDirectory = parent.toFile();
        }
        try {
            action.run(file);
            return true;
        } catch (IOException | RuntimeException e) {
            tell("That did not work", e.getMessage() == null ? e.toString() : e.getMessage());
            return false;
        }
    }
}
