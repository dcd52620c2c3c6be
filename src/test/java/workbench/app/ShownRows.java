package workbench.app;

import javafx.geometry.Bounds;
import javafx.geometry.BoundingBox;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/**
 * How many rows of a table a user sees whole: rows that hold an item and lie inside the table's
 * own clip (its rows' viewport, under the header) and inside the clip of every ancestor (a column
 * that scrolls, a splitter's pane) and the window. Call on the FX thread, after a layout.
 */
final class ShownRows {
    private ShownRows() {
    }

    static int of(TableView<?> table) {
        int shown = 0;
        for (Node n : table.lookupAll(".table-row-cell")) {
            if (n instanceof TableRow<?> row && !row.isEmpty() && row.isVisible() && row.getItem() != null
                    && inView(row)) {
                shown++;
            }
        }
        return shown;
    }

    /**
     * Scrolls the nearest scroll pane around {@code node} so that the node's bottom (or, when it is
     * taller than the view, its top) is in view, as a user who wants to see it would. Nothing when no
     * scroll pane holds it.
     */
    static void scrollTo(Node node) {
        Node n = node.getParent();
        while (n != null && !(n instanceof ScrollPane)) {
            n = n.getParent();
        }
        if (n instanceof ScrollPane scroll && scroll.getContent() != null) {
            Node content = scroll.getContent();
            double contentHeight = content.getLayoutBounds().getHeight();
            double viewport = scroll.getViewportBounds().getHeight();
            Bounds b = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
            double top = b.getHeight() > viewport ? b.getMinY() : b.getMaxY() - viewport;
            if (contentHeight > viewport) {
                scroll.setVvalue(Math.max(0, Math.min(1, top / (contentHeight - viewport))));
            }
            scroll.layout();
        }
    }

    private static boolean inView(Node node) {
        Bounds own = node.localToScene(node.getBoundsInLocal());
        Bounds view = new BoundingBox(0, 0, node.getScene().getWidth(), node.getScene().getHeight());
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n.getClip() != null) {
                Bounds clip = n.localToScene(n.getClip().getBoundsInParent());
                view = intersect(view, clip);
            }
        }
        return own.getMinY() >= view.getMinY() - 0.5 && own.getMaxY() <= view.getMaxY() + 0.5 && own.getHeight() > 0;
    }

    private static Bounds intersect(Bounds a, Bounds b) {
        double minX = Math.max(a.getMinX(), b.getMinX());
        double minY = Math.max(a.getMinY(), b.getMinY());
        double maxX = Math.min(a.getMaxX(), b.getMaxX());
        double maxY = Math.min(a.getMaxY(), b.getMaxY());
        return new BoundingBox(minX, minY, Math.max(0, maxX - minX), Math.max(0, maxY - minY));
    }
}
