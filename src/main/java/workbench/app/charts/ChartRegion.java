package workbench.app.charts;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.Shape;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.fx.FXHints;

/**
 * A region filled by one chart viewer: the layout and the presenter mode every chart of the
 * window shares, so that each chart class holds only what it draws. Subclasses build their chart
 * and hand it to {@link #show(JFreeChart)}; anything they style after that goes through
 * {@link #scaled(Font)} and {@link #scaled(BasicStroke)}, so it comes in presenter size too.
 */
public abstract class ChartRegion extends Region implements Presentable {
    /** Text, lines and points in presenter mode, relative to the usual look. */
    public static final double PRESENTATION_SCALE = 1.25;

    private final double preferredWidth;
    private final double preferredHeight;
    private JFreeChart shown;
    private double scale = 1;

    protected ChartRegion(double preferredWidth, double preferredHeight) {
        this.preferredWidth = preferredWidth;
        this.preferredHeight = preferredHeight;
    }

    /** Puts {@code chart} on screen in a viewer (zoom, pan and a context menu come with it). */
    protected final ChartViewer show(JFreeChart chart) {
        shown = chart;
        // Measure text as JavaFX draws it: with AWT's metrics (the default) the labels fitted to
        // the plot come out wider on screen than measured, and run past it.
        RenderingHints hints = chart.getRenderingHints();
        hints.put(FXHints.KEY_USE_FX_FONT_METRICS, Boolean.TRUE);
        chart.setRenderingHints(hints);
        ChartViewer viewer = new ChartViewer(chart, true);
        getChildren().setAll(viewer);
        return viewer;
    }

    /** Larger text, lines, points and markers for a projector, or exactly the usual look again. */
    @Override
    public void setPresentation(boolean on) {
        double next = on ? PRESENTATION_SCALE : 1;
        if (next != scale && shown != null) {
            ChartScale.rescale(shown, next / scale);
            scale = next;
        }
    }

    @Override
    public boolean isPresentation() {
        return scale != 1;
    }

    /** The ratio things are drawn at now: 1, or {@link #PRESENTATION_SCALE}. */
    protected final double scale() {
        return scale;
    }

    /** {@code font} at the size presenter mode wants now. */
    protected final Font scaled(Font font) {
        return scale == 1 ? font : ChartScale.scale(font, scale);
    }

    /** {@code stroke} as wide as presenter mode wants now. */
    protected final BasicStroke scaled(BasicStroke stroke) {
        return scale == 1 ? stroke : ChartScale.scale(stroke, scale);
    }

    /** A point mark's {@code shape} as large as presenter mode wants now. */
    protected final Shape scaled(Shape shape) {
        return scale == 1 ? shape : ChartScale.scale(shape, scale);
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
