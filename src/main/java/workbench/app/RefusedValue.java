package workbench.app;

import javafx.event.Event;
import javafx.event.EventType;
import javafx.scene.Node;

/**
 * A value the user typed that a field did not take (out of range, not a number), with why in words.
 * The field fires it, so that it bubbles up to the scene, where the status bar repeats it: the
 * fields need not know the status bar, and the explanation is seen where the user looks.
 */
final class RefusedValue extends Event {
    static final EventType<RefusedValue> REFUSED = new EventType<>(Event.ANY, "REFUSED_VALUE");

    private final String message;

    private RefusedValue(String message) {
        super(REFUSED);
        this.message = message;
    }

    String message() {
        return message;
    }

    /** Tells {@code field}'s scene that it refused a value, and why. */
    static void fire(Node field, String message) {
        field.fireEvent(new RefusedValue(message));
    }
}
