package workbench.app.layout;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Remembers the main window's size and place between launches, in a store the caller chooses:
 * the user's preferences for the app, a store in memory for tests (which must never move the
 * user's window).
 */
public final class WindowMemory {
    /** Where the bounds are kept. */
    public interface Store {
        Optional<WindowPlacement.Bounds> load();

        void save(WindowPlacement.Bounds bounds);
    }

    private WindowMemory() {
    }

    /** The user's preferences (java.util.prefs), under this package's node. */
    public static Store userPreferences() {
        return new PreferencesStore(Preferences.userNodeForPackage(WindowMemory.class).node("mainWindow"));
    }

    /** A store that forgets when the program ends, starting with {@code initial} (may be null). */
    public static Store inMemory(WindowPlacement.Bounds initial) {
        AtomicReference<WindowPlacement.Bounds> kept = new AtomicReference<>(initial);
        return new Store() {
            @Override
            public Optional<WindowPlacement.Bounds> load() {
                return Optional.ofNullable(kept.get());
            }

            @Override
            public void save(WindowPlacement.Bounds bounds) {
                kept.set(bounds);
            }
        };
    }

    /** Places the stage (call before it is shown) and saves its bounds when it is hidden. */
    public static void place(Stage stage, Store store) {
        List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        WindowPlacement.Bounds b = WindowPlacement.choose(store.load(), screens, Screen.getPrimary().getVisualBounds());
        stage.setX(b.x());
        stage.setY(b.y());
        stage.setWidth(b.width());
        stage.setHeight(b.height());
        stage.setMaximized(b.maximized());
        stage.setOnHidden(e -> {
            if (!stage.isFullScreen()) { // the screen's size is no place to come back to
                store.save(current(stage));
            }
        });
    }

    /** The stage's bounds now. */
    static WindowPlacement.Bounds current(Stage stage) {
        return new WindowPlacement.Bounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized());
    }

    private record PreferencesStore(Preferences node) implements Store {
        @Override
        public Optional<WindowPlacement.Bounds> load() {
            double w = node.getDouble("width", -1);
            double h = node.getDouble("height", -1);
            if (w <= 0 || h <= 0) {
                return Optional.empty();
            }
            return Optional.of(new WindowPlacement.Bounds(node.getDouble("x", 0), node.getDouble("y", 0), w, h,
                    node.getBoolean("maximized", false)));
        }

        @Override
        public void save(WindowPlacement.Bounds b) {
            node.putDouble("x", b.x());
            node.putDouble("y", b.y());
            node.putDouble("width", b.width());
            node.putDouble("height", b.height());
            node.putBoolean("maximized", b.maximized());
            try {
                node.flush();
            } catch (BackingStoreException e) {
                // the window opens centred next time: nothing the user needs to act on
            }
        }
    }
}
