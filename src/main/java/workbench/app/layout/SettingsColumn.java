package workbench.app.layout;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The settings column beside the work area, behind a splitter, with a width kept in pixels (a share
 * of the window would make it wider on a larger screen, where the figures need the room) and a
 * button at its edge that folds it away to a thin strip, whose own button brings it back.
 */
public final class SettingsColumn {
    /** The column's usual width is this share of the window's, within the bounds below. */
    static final double SHARE = 0.3;
    public static final double MIN_WIDTH = 340;
    public static final double MAX_WIDTH = 460;
    static final String COLLAPSE_TIP = "Hide the settings, to give the figures the room (F9)";

    private final Region column;
    private final Node workArea;
    private final SplitPane split = new SplitPane();
    private final BorderPane host = new BorderPane(split);
    private final VBox strip;
    private final BooleanProperty collapsed = new SimpleBooleanProperty(this, "collapsed");
    /** The width to give the column at the next layout, in pixels; NaN when it has one. */
    private double pendingWidth = Double.NaN;
    /** The width the column had before it was folded away. */
    private double widthBeforeCollapse = Double.NaN;

    public SettingsColumn(Region settings, Node workArea) {
        this.workArea = workArea;
        Button fold = edgeButton("\u2039", COLLAPSE_TIP);
        fold.setId("collapseSettings");
        fold.setOnAction(e -> setCollapsed(true));
        VBox edge = new VBox(fold);
        edge.setAlignment(Pos.TOP_CENTER);
        edge.setStyle("-fx-padding: 2 1 2 1;");
        BorderPane withEdge = new BorderPane(settings);
        withEdge.setRight(edge);
        withEdge.setMinWidth(0);
        column = withEdge;
        column.setId("settingsColumn");
        Button unfold = edgeButton("\u203a", "Show the settings again (F9)");
        unfold.setId("expandSettings");
        unfold.setOnAction(e -> setCollapsed(false));
        strip = new VBox(unfold);
        strip.setId("settingsStrip");
        strip.setAlignment(Pos.TOP_CENTER);
        strip.setStyle("-fx-padding: 2 1 2 1; -fx-border-color: transparent #c8c8c8 transparent transparent;");
        split.getItems().setAll(column, workArea);
        SplitPane.setResizableWithParent(column, false); // a larger window gives its room to the figures
        split.widthProperty().addListener((o, was, now) -> {
            if (now.doubleValue() > 0 && Double.isNaN(pendingWidth) && Double.isNaN(widthBeforeCollapse)
                    && was.doubleValue() == 0) {
                pendingWidth = usualWidth(now.doubleValue());
            }
            applyPendingWidth();
        });
        collapsed.addListener((o, was, now) -> fold(now));
    }

    private static Button edgeButton(String text, String tip) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.setStyle("-fx-padding: 1 3 1 3; -fx-font-size: 1.1em;");
        return b;
    }

    /** The usual column width for a window this wide. */
    public static double usualWidth(double windowWidth) {
        return Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, SHARE * windowWidth));
    }

    public Node node() {
        return host;
    }

    public SplitPane split() {
        return split;
    }

    public BooleanProperty collapsedProperty() {
        return collapsed;
    }

    public boolean isCollapsed() {
        return collapsed.get();
    }

    public void setCollapsed(boolean on) {
        collapsed.set(on);
    }

    public void toggle() {
        collapsed.set(!collapsed.get());
    }

    private void fold(boolean away) {
        if (away) {
            widthBeforeCollapse = width();
            split.getItems().setAll(workArea);
            host.setLeft(strip);
        } else {
            host.setLeft(null);
            split.getItems().setAll(column, workArea);
            SplitPane.setResizableWithParent(column, false);
            setWidth(widthBeforeCollapse);
            widthBeforeCollapse = Double.NaN;
        }
    }

    /** The column's width in pixels now (the width it will have, before the first layout). */
    public double width() {
        if (!Double.isNaN(pendingWidth)) {
            return pendingWidth;
        }
        if (collapsed.get()) {
            return widthBeforeCollapse;
        }
        return split.getDividers().isEmpty() ? 0 : split.getDividerPositions()[0] * split.getWidth();
    }

    /** Gives the column this width in pixels (at the next layout, before the first); the column's minimum holds. */
    public void setWidth(double px) {
        if (Double.isNaN(px)) {
            return;
        }
        if (collapsed.get()) {
            widthBeforeCollapse = px;
            return;
        }
        pendingWidth = px;
        applyPendingWidth();
    }

    private void applyPendingWidth() {
        double w = split.getWidth();
        if (Double.isNaN(pendingWidth) || w <= 0 || split.getDividers().isEmpty()) {
            return;
        }
        split.setDividerPositions(Math.min(0.9, pendingWidth / w));
        pendingWidth = Double.NaN;
    }
}
