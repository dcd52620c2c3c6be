package workbench.app.viewmodel;

import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import workbench.session.ViewSettings;

/**
 * Presenter mode and the controls it hides, as the window's View menu changes them. The hidden
 * ids are one immutable set, replaced whole, so listeners see each choice once.
 */
public final class ViewSettingsViewModel {
    private final BooleanProperty presenterMode = new SimpleBooleanProperty(false);
    private final ObjectProperty<Set<String>> hidden = new SimpleObjectProperty<>(ViewSettings.DEFAULT_HIDDEN);

    public BooleanProperty presenterModeProperty() {
        return presenterMode;
    }

    /** Ids of the controls presenter mode hides (whether or not it is on). */
    public ObjectProperty<Set<String>> hiddenProperty() {
        return hidden;
    }

    /** Whether the control {@code id} is hidden now. */
    public boolean hides(String id) {
        return presenterMode.get() && hidden.get().contains(id);
    }

    public ViewSettings settings() {
        return new ViewSettings(presenterMode.get(), hidden.get());
    }

    public void load(ViewSettings settings) {
        hidden.set(settings.hidden());
        presenterMode.set(settings.presenterMode());
    }

    /** Called whenever presenter mode or the hidden set changes. */
    public void addListener(InvalidationListener listener) {
        presenterMode.addListener(listener);
        hidden.addListener(listener);
    }
}
