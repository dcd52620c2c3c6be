package workbench.app.layout;

import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;

/**
 * Keeps a splitter's dividers at shares of its length. JavaFX moves a divider for good when a
 * narrow moment (the first layout, presenter mode's larger text, a small window) pushes it against
 * a pane's least size, so a view squeezed once stays lopsided when the room comes back. Here every
 * change of length puts the dividers back at the shares wanted (while room is short, the least sizes
 * still win); a divider the user drags sets the new share.
 */
public final class ProportionalDividers {
    private static final String DIVIDER_STYLE = "split-pane-divider";

    private ProportionalDividers() {
    }

    /** Puts {@code split}'s dividers at {@code shares} (one per divider, 0 to 1) and keeps them there. */
    public static void keep(SplitPane split, double... shares) {
        if (shares.length != split.getItems().size() - 1) {
            throw new IllegalArgumentException(shares.length + " shares for " + (split.getItems().size() - 1)
                    + " dividers");
        }
        double[] wanted = shares.clone();
        split.setDividerPositions(wanted);
        ObservableValue<Number> length = split.getOrientation() == Orientation.HORIZONTAL
                ? split.widthProperty() : split.heightProperty();
        // after the layout under way: while it runs, the skin spreads the change of length over the panes in
        // its own way, which would undo the shares set now; set afterwards, they are where the next layout
        // starts from, and the end depends only on the shares, the length and the least sizes
        length.addListener((o, was, now) -> Platform.runLater(() -> split.setDividerPositions(wanted)));
        boolean[] dragging = {false};
        split.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> dragging[0] = onDivider(e));
        split.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (dragging[0]) {
                double[] now = split.getDividerPositions();
                System.arraycopy(now, 0, wanted, 0, wanted.length);
            }
            dragging[0] = false;
        });
    }

    private static boolean onDivider(MouseEvent e) {
        for (Object t = e.getTarget(); t instanceof Node n; t = n.getParent()) {
            if (n.getStyleClass().contains(DIVIDER_STYLE)) {
                return true;
            }
        }
        return false;
    }
}
