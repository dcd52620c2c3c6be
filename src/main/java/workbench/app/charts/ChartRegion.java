package workbench.app.charts;

import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * A region filled by one chart viewer: the layout every chart of the window shares, so that each
 * chart class holds only what it draws. Subclasses add their viewer as the only child.
 */
public abstract class ChartRegion extends Region {
    private final double preferredWidth;
    private final double preferredHeight;

    protected ChartRegion(double preferredWidth, double preferredHeight) {
        this.preferredWidth = preferredWidth;
        this.preferredHeight = preferredHeight;
    }

    @Override
    protected void layoutChildren() {
        for (Node child : getChildren()) {
            child.resizeRelocate(0, 0, getWidth(), getHeight());
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return preferredWidth;
    }

    @Override
    protected double computePrefHeight(double width) {
        return preferredHeight;
    }
}
