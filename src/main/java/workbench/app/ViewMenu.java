package workbench.app;

import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import workbench.app.layout.FigureMaximiser;
import workbench.app.layout.SettingsColumn;
import workbench.app.viewmodel.ViewSettingsViewModel;

/**
 * The View menu: presenter mode (F5) and what it hides, full screen (F11; Esc leaves it, as JavaFX
 * does), the settings column (F9) and maximising a figure (Shortcut+M).
 */
final class ViewMenu {
    static final String ID = "viewMenu";

    private ViewMenu() {
    }

    /**
     * Adds what arranges the window to the bar's View menu: folding the settings column away (F9)
     * and maximising the figure under the pointer (Shortcut+M: the work area, again: the screen,
     * again: back).
     */
    static void addWindowItems(MenuBar bar, SettingsColumn settings, FigureMaximiser maximiser, Supplier<Scene> scene) {
        Menu menu = bar.getMenus().stream().filter(m -> ID.equals(m.getId())).findFirst().orElseThrow(
                () -> new IllegalStateException("the menu bar has no View menu to add the window's items to"));
        CheckMenuItem hideSettings = toggle("Hide the settings column", "hideSettings", KeyCode.F9,
                settings.collapsedProperty());
        MenuItem maximise = new MenuItem("Maximise the figure under the pointer");
        maximise.setId("maximiseFigure");
        maximise.setAccelerator(new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN));
        maximise.setOnAction(e -> {
            if (scene.get() != null) {
                maximiser.step(scene.get());
            }
        });
        menu.getItems().addAll(new SeparatorMenuItem(), hideSettings, maximise);
    }

    /** A ticked item that follows {@code state} both ways, on a function key. */
    private static CheckMenuItem toggle(String text, String id, KeyCode key, BooleanProperty state) {
        CheckMenuItem item = new CheckMenuItem(text);
        item.setId(id);
        item.setAccelerator(new KeyCodeCombination(key));
        item.selectedProperty().bindBidirectional(state);
        return item;
    }

    /** {@code stage} may give null until the window is shown. */
    static Menu create(ViewSettingsViewModel view, Supplier<Stage> stage) {
        CheckMenuItem presenter = toggle("Presenter mode", "presenterMode", KeyCode.F5, view.presenterModeProperty());

        MenuItem choose = new MenuItem("Choose what presenter mode hides...");
        choose.setId("choosePresenterHides");
        choose.setOnAction(e -> HiddenControlsDialog.open(view, stage.get()));

        CheckMenuItem fullScreen = new CheckMenuItem("Full screen");
        fullScreen.setId("fullScreen");
        fullScreen.setAccelerator(new KeyCodeCombination(KeyCode.F11));
        fullScreen.setOnAction(e -> {
            Stage s = stage.get();
            if (s != null) {
                // from the stage's state, not the tick: Esc may have left full screen behind the menu's back
                s.setFullScreen(!s.isFullScreen());
                fullScreen.setSelected(s.isFullScreen());
            }
        });

        Menu menu = new Menu("View", null, presenter, choose, new SeparatorMenuItem(), fullScreen);
        menu.setId(ID);
        menu.setOnShowing(e -> fullScreen.setSelected(stage.get() != null && stage.get().isFullScreen()));
        return menu;
    }
}
