package workbench.app.layout;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;

/**
 * A splitter that keeps its intended shares while the window changes size, until the user drags
 * a divider. A SplitPane moves its dividers for good when a narrow window (or presenter mode's
 * larger text) pushes against a pane's least width, so without this a figure squeezed once stays
 * squeezed at every size after. Once the user drags, the user's place is kept instead.
 */
public final class KeptShares {
    private KeptShares() {
    }

    /** Places the dividers at {@code shares} (0 left, 1 right), now and again at every width until a divider is dragged. */
    public static void install(SplitPane split, double... shares) {
        double[] kept = shares.clone();
        split.setDividerPositions(kept);
        boolean[] dragged = {false};
        split.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getTarget() instanceof Node target && onDivider(target, split)) {
                dragged[0] = true;
            }
        });
        // after the splitter's own layout at the new width, which moves the dividers where the panes' least
        // widths say (set during it, the shares would be overridden)
        split.widthProperty().addListener((o, was, now) -> Platform.runLater(() -> {
            if (!dragged[0]) {
                split.setDividerPositions(kept);
            }
        }));
    }

    private static boolean onDivider(Node target, SplitPane split) {
        for (Node n = target; n != null && n != split; n = n.getParent()) {
            if (n.getStyleClass().contains("split-pane-divider")) {
                return true;
            }
        }
        return false;
    }
}
