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
 * still win); a divider the user drags sets the new share. The shares wanted are the splitter's own,
 * kept with it, so that whoever else places its dividers (a tab's own position, presenter mode
 * leaving) works with them rather than with where a squeeze left the dividers.
 */
public final class ProportionalDividers {
    private static final String DIVIDER_STYLE = "split-pane-divider";
    /** The key of the shares wanted among the splitter's properties. */
    private static final String SHARES = ProportionalDividers.class.getName() + ".shares";

    private ProportionalDividers() {
    }

    /** Puts {@code split}'s dividers at {@code shares} (one per divider, 0 to 1) and keeps them there. */
    public static void keep(SplitPane split, double... shares) {
        if (shares.length != split.getItems().size() - 1) {
            throw new IllegalArgumentException(shares.length + " shares for " + (split.getItems().size() - 1)
                    + " dividers");
        }
        double[] wanted = shares.clone();
        split.getProperties().put(SHARES, wanted);
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

    /** True when {@link #keep} keeps {@code split}'s shares. */
    public static boolean keeps(SplitPane split) {
        return split.getProperties().get(SHARES) instanceof double[];
    }

    /** The shares {@code split} keeps: those given, or the user's last drag. */
    public static double[] shares(SplitPane split) {
        return wanted(split).clone();
    }

    /** Keeps {@code split} at other shares from now on (as a drag would), and puts its dividers there. */
    public static void setShares(SplitPane split, double... shares) {
        double[] wanted = wanted(split);
        if (shares.length != wanted.length) {
            throw new IllegalArgumentException(shares.length + " shares for " + wanted.length + " dividers");
        }
        System.arraycopy(shares, 0, wanted, 0, wanted.length);
        split.setDividerPositions(wanted);
    }

    /** Puts {@code split}'s dividers back at its shares, after something else has moved them. */
    public static void restore(SplitPane split) {
        split.setDividerPositions(wanted(split));
    }

    private static double[] wanted(SplitPane split) {
        if (!(split.getProperties().get(SHARES) instanceof double[] wanted)) {
            throw new IllegalStateException("the splitter's shares are not kept: call keep first");
        }
        return wanted;
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
