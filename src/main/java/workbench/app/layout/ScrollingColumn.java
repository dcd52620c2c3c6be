package workbench.app.layout;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/**
 * A column of a view that scrolls up and down when the view is too short for it, instead of
 * squeezing what it holds (a table down to its header), and that is never narrower than its
 * content: a plain scroll pane's least width is its scroll bar's, so a splitter would cut the
 * column's text. Its content fills the height there is, and grows its own elastic parts into it.
 */
public final class ScrollingColumn extends ScrollPane {
    public ScrollingColumn(Region content) {
        super(content);
        setFitToWidth(true);
        setFitToHeight(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setVbarPolicy(ScrollBarPolicy.AS_NEEDED);
        getStyleClass().add("edge-to-edge");
        setStyle("-fx-background-color: transparent;");
        setMinHeight(0);
    }

    @Override
    protected double computeMinWidth(double height) {
        // the bar's room is kept even while it is hidden: the content must fit beside it when it comes
        return snappedLeftInset() + getContent().minWidth(-1) + verticalBarWidth() + snappedRightInset();
    }

    private double verticalBarWidth() {
        for (Node n : getChildrenUnmodifiable()) { // the skin's own bars, not those of a table inside
            if (n instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL) {
                return bar.prefWidth(-1);
            }
        }
        return 0;
    }
}
