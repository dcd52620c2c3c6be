package workbench.app;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;

/**
 * Finds text the window shows cut: a {@link Labeled} whose skin draws less than its text (the
 * skin's text ends with the ellipsis, or is wider than the room it has), a text field whose
 * text is wider than the field, and a label or field that is whole but sticks out sideways past a
 * clip of an ancestor (a splitter's pane, a tab, a table, a scroll pane's view) or the window's edge,
 * so that the clip cuts it. Only what is on show counts: nodes whose every ancestor is visible.
 * Clipping above and below is not counted: a list or a column that scrolls up and down hides rows
 * on purpose; nor is a table's own clip, since a table whose columns do not all fit scrolls sideways
 * with its scroll bar on show (its columns are sized to their text, see {@code FittedTable}).
 */
final class TextFit {
    /** A cut text: the node, and what it shows of what it holds, where. */
    record Cut(Node node, String what) {
        @Override
        public String toString() {
            return what;
        }
    }

    private TextFit() {
    }

    /** Every cut text under {@code root}. Call on the FX thread. */
    static List<Cut> cutTexts(Parent root) {
        List<Cut> cut = new ArrayList<>();
        visit(root, cut);
        return cut;
    }

    private static void visit(Node node, List<Cut> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l) {
            check(l, cut);
            Text drawn = drawnText(l);
            if (drawn != null) {
                checkClipped(l, drawn, l.getText(), cut); // the text drawn, not the label, which may be stretched wider
            }
        } else if (node instanceof TextInputControl field) {
            check(field, cut);
            checkClipped(field, field, field.getText(), cut);
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                visit(child, cut);
            }
        }
    }

    private static void check(Labeled l, List<Cut> cut) {
        String full = l.getText();
        if (full == null || full.isBlank()) {
            return;
        }
        Text drawn = drawnText(l);
        if (drawn == null) {
            return; // not skinned: never laid out, so never on screen
        }
        String shown = drawn.getText();
        String ellipsis = l.getEllipsisString();
        boolean ellipsised = !ellipsis.isEmpty() && shown.endsWith(ellipsis) && !full.endsWith(ellipsis);
        Insets in = l.getInsets();
        double room = l.getWidth() - in.getLeft() - in.getRight();
        double graphic = l.getGraphic() != null && l.getGraphic().isVisible()
                ? l.getGraphic().getLayoutBounds().getWidth() + l.getGraphicTextGap() : 0;
        boolean wider = !l.isWrapText() && drawn.getLayoutBounds().getWidth() > room - graphic + 1;
        if (ellipsised || wider) {
            cut.add(new Cut(l, String.format("%s shows \"%s\" of \"%s\" (%.0f px wide)%s", where(l), shown, full, l.getWidth(),
                    wider && !ellipsised ? ", wider than its room" : "")));
        }
    }

    private static void check(TextInputControl field, List<Cut> cut) {
        String full = field.getText();
        if (full == null || full.isEmpty()) {
            return;
        }
        Text measure = new Text(full);
        measure.setFont(field.getFont());
        Insets in = field.getInsets();
        double room = field.getWidth() - in.getLeft() - in.getRight();
        if (field.getWidth() > 0 && measure.getLayoutBounds().getWidth() > room + 1) {
            cut.add(new Cut(field, String.format("%s holds \"%s\", %.0f px wide in %.0f px", where(field), full,
                    measure.getLayoutBounds().getWidth(), room)));
        }
    }

    /** A text sideways past the clip of an ancestor, or past the window's edge. */
    private static void checkClipped(Node control, Node shown, String text, List<Cut> cut) {
        if (text == null || text.isBlank() || shown.getLayoutBounds().getWidth() <= 0 || control.getScene() == null) {
            return;
        }
        Bounds own = shown.localToScene(shown.getLayoutBounds());
        double left = 0;
        double right = control.getScene().getWidth();
        for (Node n = control.getParent(); n != null; n = n.getParent()) {
            if (n instanceof TableView<?>) {
                return;
            }
            Node clip = n.getClip();
            if (clip != null) {
                Bounds b = n.localToScene(clip.getBoundsInParent());
                left = Math.max(left, b.getMinX());
                right = Math.min(right, b.getMaxX());
            }
        }
        if (own.getMaxX() < left || own.getMinX() > right) {
            return; // wholly outside: scrolled sideways out of view, not cut
        }
        if (own.getMinX() < left - 1 || own.getMaxX() > right + 1) {
            cut.add(new Cut(control, String.format("%s \"%s\" is cut by a clip: x %.0f-%.0f shown only within %.0f-%.0f",
                    where(control), text, own.getMinX(), own.getMaxX(), left, right)));
        }
    }

    /** The text the skin draws: its {@code LabeledText} child. */
    private static Text drawnText(Labeled l) {
        for (Node child : l.getChildrenUnmodifiable()) {
            if (child instanceof Text t) {
                return t;
            }
        }
        return null;
    }

    /** The node and its nearest ancestors with an id, so a failure says where to look. */
    static String where(Node node) {
        StringBuilder path = new StringBuilder(node.getClass().getSimpleName());
        if (node.getId() != null) {
            path.append('#').append(node.getId());
        }
        int ids = 0;
        for (Node n = node.getParent(); n != null && ids < 2; n = n.getParent()) {
            if (n.getId() != null) {
                path.append(" in #").append(n.getId());
                ids++;
            }
        }
        return path.toString();
    }

    /** True when {@code node} lies in the settings column, whose controls another part of the work makes fit. */
    static boolean inSettingsColumn(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if ("settingsColumn".equals(n.getId())) {
                return true;
            }
        }
        return false;
    }
}
