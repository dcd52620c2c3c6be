package workbench.app.layout;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;

/**
 * Keeps the text of controls in a row whole: a row squeezed by a narrow window (or presenter mode's
 * larger text) shrinks its elastic parts, a slider or a gap, instead of cutting "Live" to "...".
 */
public final class WholeText {
    private WholeText() {
    }

    /** Each labelled control (buttons, labels, check boxes) is never narrower than its text; other nodes are left as they are. */
    public static void keep(Node... nodes) {
        for (Node n : nodes) {
            if (n instanceof Labeled labeled) {
                labeled.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
    }
}
