package workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static workbench.app.FxThread.fx;
import static workbench.app.FxThread.onFx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import workbench.app.viewmodel.WorkbenchViewModel;
import workbench.data.DatasetRegistry;
import workbench.session.Preset;
import workbench.session.Presets;

/**
 * The settings column at its narrowest, at the desk's font and presenter mode's, with a dense, a
 * convolutional and a variational design: no label, button or choice shows an ellipsis or text
 * wider than itself, and no text field shows less than its content.
 */
@ExtendWith(ApplicationExtension.class)
class SettingsColumnFitTest {
    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
    }

    @ParameterizedTest(name = "{0} at {1} px, font x{2}")
    @CsvSource({
            "2-D latent for plotting, 320, 1.0",
            "2-D latent for plotting, 360, 1.5",
            "Convolutional (Keras blog), 320, 1.0",
            "Convolutional (Keras blog), 360, 1.5",
            "'Variational, 2-D', 320, 1.0",
            "'Variational, 2-D', 360, 1.5",
            // presenter mode narrows the column to 85% of its pixels: a 360 px column becomes 306
            "2-D latent for plotting, 300, 1.5",
            "Convolutional (Keras blog), 300, 1.5",
            "'Variational, 2-D', 300, 1.5"})
    void everyControlShowsItsTextWhole(String presetTitle, double width, double fontScale) {
        WorkbenchViewModel vm = new WorkbenchViewModel(new DatasetRegistry(), Platform::runLater);
        Preset preset = Presets.all().stream().filter(p -> p.title().equals(presetTitle)).findFirst().orElseThrow();
        fx(() -> {
            vm.dataset().refresh();
            vm.loadPreset(preset);
        });
        FxThread.until(() -> vm.dataset().loadedProperty().get() != null && !vm.dataset().loadingProperty().get(),
                "loading " + presetTitle);
        List<String> clipped = onFx(() -> {
            SettingsPanel column = new SettingsPanel(vm);
            column.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", Font.getDefault().getSize() * fontScale));
            stage.setScene(new Scene(column, width, 700));
            stage.show();
            // every section open, the variant's and the decoder's rows too
            column.lookupAll(".titled-pane").forEach(n -> ((TitledPane) n).setExpanded(true));
            column.applyCss();
            column.layout();
            List<String> found = new ArrayList<>();
            check(column, found);
            return found;
        });
        assertEquals(List.of(), clipped, presetTitle + " at " + width + " px");
    }

    private static void check(Node node, List<String> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            Text shown = labeledText(labeled);
            if (shown != null && !shown.getText().equals(labeled.getText()) && shown.getText().endsWith("...")) {
                found.add(describe(labeled) + " shows \"" + shown.getText() + "\"");
            }
        }
        if (node instanceof TextField field) {
            String content = field.getText() == null || field.getText().isEmpty() ? field.getPromptText() : field.getText();
            if (content != null && !content.isEmpty()) {
                Text text = new Text(content);
                text.setFont(field.getFont());
                double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
                if (text.getLayoutBounds().getWidth() > room + 0.5) {
                    found.add(String.format(Locale.ROOT, "%s shows less than \"%s\" (%.0f px of %.0f)", describe(field),
                            content, room, text.getLayoutBounds().getWidth()));
                }
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                check(child, found);
            }
        }
    }

    /** The text the skin draws for a labeled control. */
    private static Text labeledText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text) {
                return text;
            }
        }
        return null;
    }

    private static String describe(Node node) {
        Node n = node;
        while (n != null && n.getId() == null) {
            n = n.getParent();
        }
        return node.getClass().getSimpleName() + (n == null ? "" : " in #" + n.getId())
                + (node instanceof Labeled l ? " \"" + l.getText() + "\"" : "");
    }
}
