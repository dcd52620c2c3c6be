package workbench.app.latent;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/**
 * Draws what surrounds the points: background and grid underneath them, frame, ticks, tick labels,
 * axis labels and title on top. Split in two calls so the point image lies between the grid and
 * the frame.
 */
final class AxesPainter {

    /** Room kept between the last tick label shown and an x-axis label in the tick row. */
    private static final double TICK_LABEL_CLEARANCE = 10;

    private AxesPainter() {
    }

    /** White background and grid lines at the ticks, confined to the plot area. */
    static void paintBackground(GraphicsContext gc, PlotLayout layout, double width, double height) {
        Projection p = layout.projection();
        gc.setFill(ScatterStyle.BACKGROUND);
        gc.fillRect(0, 0, width, height);
        gc.setStroke(ScatterStyle.GRID);
        gc.setLineWidth(1);
        for (double t : layout.xTicks()) {
            double x = crisp(p.toX(t));
            gc.strokeLine(x, p.top(), x, p.top() + p.height());
        }
        for (double t : layout.yTicks()) {
            double y = crisp(p.toY(t));
            gc.strokeLine(p.left(), y, p.left() + p.width(), y);
        }
    }

    /** Frame, ticks and their labels, axis labels and title. */
    static void paintFrame(GraphicsContext gc, PlotLayout layout, String xLabel, String yLabel, String title) {
        Projection p = layout.projection();
        double bottom = p.top() + p.height();
        double tick = PlotLayout.tickLength();
        double gap = PlotLayout.tickGap();
        gc.setStroke(ScatterStyle.FRAME);
        gc.setLineWidth(1);
        gc.strokeRect(crisp(p.left()), crisp(p.top()), Math.round(p.width()), Math.round(p.height()));
        gc.setFill(ScatterStyle.TEXT);
        gc.setFont(ScatterStyle.TICK_LABEL);

        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.TOP);
        // a label in the tick row takes its right end: the tick labels it would cover are left out
        double labelStart = layout.xLabelInTickRow() && !xLabel.isEmpty()
                ? p.left() + p.width() - ScatterStyle.textWidth(xLabel, ScatterStyle.AXIS_LABEL) - TICK_LABEL_CLEARANCE
                : Double.POSITIVE_INFINITY;
        for (double t : layout.xTicks()) {
            double x = crisp(p.toX(t));
            gc.strokeLine(x, bottom, x, bottom + tick);
            String text = NiceTicks.format(t, layout.xStep());
            if (x + ScatterStyle.textWidth(text, ScatterStyle.TICK_LABEL) / 2 < labelStart) {
                gc.fillText(text, x, layout.xTickLabelTop());
            }
        }
        gc.setTextAlign(TextAlignment.RIGHT);
        gc.setTextBaseline(VPos.CENTER);
        for (double t : layout.yTicks()) {
            double y = crisp(p.toY(t));
            gc.strokeLine(p.left() - tick, y, p.left(), y);
            if (layout.labelsYTick(t)) {
                gc.fillText(NiceTicks.format(t, layout.yStep()), p.left() - tick - gap, y);
            }
        }

        gc.setFont(ScatterStyle.AXIS_LABEL);
        if (!xLabel.isEmpty() && layout.xLabelInTickRow()) {
            gc.setTextAlign(TextAlignment.RIGHT);
            gc.setTextBaseline(VPos.TOP);
            gc.fillText(xLabel, p.left() + p.width(), layout.xTickLabelTop());
        } else if (!xLabel.isEmpty()) {
            gc.setTextAlign(TextAlignment.CENTER);
            gc.setTextBaseline(VPos.BOTTOM);
            gc.fillText(xLabel, p.left() + p.width() / 2, layout.xAxisLabelBottom());
        }
        if (!yLabel.isEmpty()) {
            gc.save();
            gc.translate(layout.yAxisLabelLeft(), p.top() + p.height() / 2);
            gc.rotate(-90);
            gc.setTextAlign(TextAlignment.CENTER);
            gc.setTextBaseline(VPos.TOP);
            gc.fillText(yLabel, 0, 0);
            gc.restore();
        }
        if (!title.isEmpty()) {
            gc.setFont(ScatterStyle.TITLE);
            gc.setTextAlign(TextAlignment.CENTER);
            gc.setTextBaseline(VPos.TOP);
            gc.fillText(title, p.left() + p.width() / 2, layout.titleTop());
        }
    }

    /** Centre of the pixel at {@code v}, so 1 px lines stay sharp instead of smearing over two. */
    private static double crisp(double v) {
        return Math.floor(v) + 0.5;
    }
}
