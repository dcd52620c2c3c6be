package workbench.app;

import java.util.function.Supplier;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.stage.Stage;
import workbench.app.viewmodel.ViewSettingsViewModel;

/** The View menu: presenter mode (F5) and what it hides, and full screen (F11; Esc leaves it, as JavaFX does). */
final class ViewMenu {
    private ViewMenu() {
    }

    /** {@code stage} may give null until the window is shown. */
    static Menu create(ViewSettingsViewModel view, Supplier<Stage> stage) {
        CheckMenuItem presenter = new CheckMenuItem("Presenter mode");
        presenter.setId("presenterMode");
        presenter.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        presenter.selectedProperty().bindBidirectional(view.presenterModeProperty());

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
        menu.setOnShowing(e -> fullScreen.setSelected(stage.get() != null && stage.get().isFullScreen()));
        return menu;
    }
}
